/**
 * Stage 7, attack types: from the sentences that report the attack, weak words yielding to
 * specific ones across the article, with the fallbacks of a blast or an armed group's attack.
 */
import { ARTICLE_TYPE_YIELDS, ATTACK_TYPES, type AttackType } from '../../vocabulary.js';
import type { ActorCatalog } from '../actors.js';
import type { ResolvedActor } from '../analysis.js';
import { isPluralPerson } from '../casualties.js';
import { inReference } from '../clauses.js';
import { attackerAt, type SentenceCues } from '../lexicon.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import type { PlaceIndex } from '../places.js';
import { OTHER_TIME_FROM, yearsOf } from '../when.js';
import { WORDS } from '../words.js';
import { isDigest } from './casualties.js';
import { readsAsNonEvent, type SentenceReading } from './reading.js';
import { afterEarlierEvent, hasEventContext, namesOwnMeans, referredAt, type SentenceFacts } from './sentences.js';

/** Actor kinds whose attack with no weapon named is an armed assault ("an attack by al-Shabaab"). */
const NON_STATE_KINDS = new Set(['non_state_armed_group', 'militia', 'criminal_group']);

/** The attack types of an attack report (`facts` gains the airstrikes of "Israel strikes…" sentences). */
export function attackTypesOf(
  tokens: readonly Token[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  masked: Uint8Array,
  places: PlaceIndex,
  cues: SentenceCues,
  resolvedActors: readonly ResolvedActor[],
  actors: ActorCatalog,
  readings: readonly SentenceReading[],
): AttackType[] {
  const typeSet = new Set<AttackType>();
  // "Israel strikes Beirut", "US, Britain strike Houthi targets": a country striking is an airstrike
  // unless the sentence names the weapon.
  /** Sentences whose airstrike is only this guess from a country striking. */
  const nationGuess = new Set<number>();
  for (const s of nationStrikes(tokens, masked, places)) {
    const f = facts[s]!;
    if (![...f.types].some((t) => t !== 'armed_assault')) {
      f.types.add('airstrike');
      nationGuess.add(s);
    }
  }
  const strongSet = new Set<AttackType>();
  const attackersOnly = new Set<number>();
  /** The reporting sentences that gave each type, and those whose armed assault came from attackers acting. */
  const givenBy = new Map<AttackType, number[]>();
  const assaultCue = new Set<number>();
  /** Reporting sentences whose armed assault is only inferred from attackers killing, with no assault word. */
  const inferredAssault = new Set<number>();
  /** "type>other": a reporting sentence names `type` by a means of its own, apart from `other` ("gunfire" beside a bomb). */
  const apart = new Set<string>();
  /** Reporting sentences whose armed assault is named by a word of its own ("gunmen", "opened fire", "raid"). */
  const namedAssault = new Set<number>();
  // "Bunlar arasında 12 Ocak 2016'da … canlı bomba saldırısı": after the lead, a sentence set in a
  // year the title and lead do not name, with no recent time of its own, recalls another attack.
  const years = yearsOf(tokens, 0, facts[OTHER_TIME_FROM - 1]?.end ?? 0);
  const otherYear = (s: number) =>
    s >= OTHER_TIME_FROM && !readings[s]!.recentTime && [...yearsOf(tokens, facts[s]!.first, facts[s]!.end)].some((y) => !years.has(y));
  // "In a separate incident, gunmen killed a trader. The insurgents stormed an outpost…": the
  // other story's sentences; "the district has historically been the target of drone strikes": a habit.
  const otherStory = separateStoryFrom(tokens, facts);
  const habit = (s: number) => !facts[s]!.casualty && !readings[s]!.recentTime && (readings[s]!.cues.has('habitual') || readings[s]!.cues.has('trend'));
  const reporting = (s: number) =>
    evidence[s]! && !facts[s]!.background && !otherYear(s) && !habit(s) && !(s > otherStory && !namesThisEvent(tokens, facts[s]!));
  // A report whose every typed sentence also recalls the past ("the bomb attack in Bursa brought
  // back the attacks of recent years", then "one guard was killed by the blast") takes its types
  // from its title and lead all the same.
  const typed = (s: number) => facts[s]!.types.size > 0;
  const untyped = facts.some((_, s) => reporting(s)) && !facts.some((_, s) => reporting(s) && typed(s));
  // "A suspected attack targeted a ship … a missile splashed near the vessel, the captain said": an
  // attack told without its weapon takes the weapon the rest of this story names, in a sentence that
  // is no evidence on its own but tells no other time, campaign, habit, plan or look-alike.
  const account = (s: number) =>
    !evidence[s] &&
    typed(s) &&
    !facts[s]!.background &&
    !facts[s]!.suppressed &&
    !hasEventContext(facts[s]!) &&
    !readsAsNonEvent(readings[s]!) &&
    !otherYear(s) &&
    !habit(s) &&
    s < otherStory;
  const fromAccount = untyped && facts.some((_, s) => account(s));
  const fromLead = untyped && !fromAccount;
  // "A tanker with 19 crew was hijacked", "gunmen hijacked an airliner": the people aboard taken.
  const hijacked = facts.some((f, s) => reporting(s) && hijackedAboard(tokens, f));
  const kidnapped = hijacked || facts.some((f, s) => reporting(s) && f.types.has('kidnapping'));
  /** The first sentence after the title that is evidence of the attack. */
  const firstReport = evidence.findIndex((e, s) => e && s > 0);
  /** A reporting sentence names the attack from the air in a list of means ("air, drone and artillery attacks"). */
  let airListed = false;
  for (let s = 0; s < facts.length; s++) {
    if (!(reporting(s) || (fromLead && s < OTHER_TIME_FROM && evidence[s]) || (fromAccount && account(s)))) continue;
    const f = facts[s]!;
    // The bomber's shots, a killing by the forces, or shots fired into the air: no armed assault of this attack.
    const notAssault =
      bomberShooting(tokens, f, cues) || killedByForces(tokens, f) || (!f.casualty && warningShots(tokens, f)) || forcesOpenedFire(tokens, f, cues);
    // "drones dropped explosive devices on an army position": the charge is the drone's payload;
    // "the drone fired three missiles at the car": its munitions; "un drone russe kamikaze": its kind.
    const payload = dronePayload(tokens, f);
    const fired = droneFires(tokens, f);
    const fromAircraft = aircraftFires(tokens, f);
    const defence = defenceMissilesOnly(tokens, f);
    const droneKind = droneKindOnly(tokens, f);
    const corrected = correctedTypes(tokens, f);
    const namedForItsMeans = assaultNamedForOtherMeans(tokens, f);
    // "Tanks fired at the gunmen and air strikes began in the area": the forces' answer to the
    // attackers, told after a sentence of the text has reported the attack ("a drone fired a missile
    // at the militants", opening the report, is the attack itself).
    const answer = s > firstReport && firesAtAttackers(tokens, f, cues);
    const gives = (t: AttackType) =>
      !corrected.has(t) &&
      !onlyToStop(tokens, f, t) &&
      !(answer && t !== 'armed_assault') &&
      !((notAssault || namedForItsMeans) && t === 'armed_assault') &&
      !(payload && t === 'ied') &&
      !((fired || fromAircraft) && (t === 'missile' || t === 'rocket')) &&
      !(defence && t === 'missile') &&
      !(droneKind && t === 'suicide_attack');
    const give = (t: AttackType) => {
      typeSet.add(t);
      givenBy.set(t, [...(givenBy.get(t) ?? []), s]);
    };
    for (const t of f.types) if (gives(t)) give(t);
    for (const t of f.types) if (gives(t)) for (const o of namesOwnMeans(tokens, f, t)) apart.add(`${t}>${o}`);
    if (gives('armed_assault') && f.typeWordAt.some((w) => w.type === 'armed_assault')) namedAssault.add(s);
    else if (f.killCue && f.types.has('armed_assault')) inferredAssault.add(s);
    for (const t of f.strongTypes) if (gives(t)) strongSet.add(t);
    const listsAir = airInList(tokens, f);
    if (listsAir) airListed = true;
    if (fromAircraft || listsAir) {
      give('airstrike');
      strongSet.add('airstrike');
    }
    // "Two pupils were hurt when the kidnappers fired at random": kidnappers who shot or wounded
    // someone assaulted too.
    // Pirates who shoot at a ship with rifles before boarding it are kidnappers firing guns too.
    const gunsFired = f.types.has('armed_assault') && gives('armed_assault') && firedGuns(tokens, f, cues);
    if (kidnapped && !f.blast && !notAssault && (woundedByAttackers(tokens, f, cues) || gunsFired)) {
      typeSet.add('armed_assault');
      strongSet.add('armed_assault');
    }
    const assault = assaultByAttackers(tokens, f, cues);
    if (assault || f.killCue || f.attackersAct) assaultCue.add(s);
    if (assault) typeSet.add('armed_assault');
    if (assault === 'kill' && !namedAssault.has(s)) inferredAssault.add(s);
    if (assault === 'kill') strongSet.add('armed_assault');
    else if (assault === 'attack') attackersOnly.add(s);
  }
  const toldOfThis = (s: number) => !facts[s]!.background && !facts[s]!.suppressed && !otherYear(s) && !habit(s) && s < otherStory;
  // "The gunmen broke into the site and headed for the workers' housing", "bandits invaded the
  // village": kidnappers who forced their way into a place raided it, in a sentence of this story
  // that is no evidence on its own as much (labelling rule; a vessel boarded stays the kidnapping, below).
  if (kidnapped && facts.some((f, s) => toldOfThis(s) && !readsAsNonEvent(readings[s]!) && brokeIn(tokens, f, cues))) {
    typeSet.add('armed_assault');
    strongSet.add('armed_assault');
  }
  // "Pirates stormed a tanker and abducted eight crew", "gunmen hijacked a bulk carrier, holding its
  // crew hostage": boarding a vessel to take its crew is the kidnapping, not an assault of its own,
  // unless someone was shot, killed or wounded (labelling rule). So is ambushing or stopping a road
  // vehicle to take its passengers ("bandits intercepted the bus and marched the travellers into the
  // bush"), when no sentence of this story tells anyone harmed.
  const reportingSentences = facts.map((_, s) => s).filter((s) => reporting(s));
  const crewHeld = facts.some((f) => !f.background && !f.suppressed && names(f, 'kidnapping') && tokensOf(tokens, f).some((t) => WORDS.crew_words.has(t.norm)));
  const nobodyHarmed = facts.every((f) => f.background || f.suppressed || !harmedSomeone(tokens, f, cues));
  const seized = (f: SentenceFacts) => namesVessel(tokens, f) || hijackedAboard(tokens, f) || (kidnapped && nobodyHarmed && namesSeizedVehicle(tokens, f));
  if (hijacked) {
    typeSet.add('kidnapping');
    strongSet.add('kidnapping');
  }
  if (
    typeSet.has('armed_assault') &&
    (kidnapped || crewHeld) &&
    reportingSentences.some((s) => seized(facts[s]!)) &&
    reportingSentences.every((s) => !facts[s]!.types.has('armed_assault') || (seized(facts[s]!) && !harmedSomeone(tokens, facts[s]!, cues)))
  ) {
    typeSet.delete('armed_assault');
    strongSet.delete('armed_assault');
    typeSet.add('kidnapping');
    strongSet.add('kidnapping');
  }
  // "An attack by Houthi rebels struck a ship … struck by a missile": attackers who only attack
  // ("rebels attacked") name no weapon; one named elsewhere in the article is how they attacked.
  const otherAssault = facts.some((f, s) => reporting(s) && f.types.has('armed_assault') && !bomberShooting(tokens, f, cues));
  // "A cargo ship was attacked by Houthi fighters": at a ship, attackers who only attack and harm
  // nobody name no means either (ships are struck by missiles, drones and boats as often as boarded).
  const atShipOnly = [...attackersOnly].every((s) => namesVessel(tokens, facts[s]!) && !harmedSomeone(tokens, facts[s]!, cues));
  if (
    attackersOnly.size > 0 &&
    !otherAssault &&
    !strongSet.has('armed_assault') &&
    (atShipOnly || ATTACK_TYPES.some((t) => t !== 'armed_assault' && typeSet.has(t)))
  ) {
    typeSet.delete('armed_assault');
  }
  // "Al-Shabaab attack kills 11 … a suicide bomber detonated his vest", "martyred in an attack by
  // Naxals … blown up by an IED": a group's killing told with no assault word is told by the
  // weapon another reporting sentence names (a kidnapping is no weapon: its killers assaulted; a
  // digest of several dated attacks tells each its own way).
  const weaponNamed = ATTACK_TYPES.some((t) => t !== 'armed_assault' && t !== 'kidnapping' && typeSet.has(t));
  // "Militants attacked a checkpoint, killing 10 … A roadside bomb also hit a vehicle sent to help":
  // a weapon told as one more means is no telling of the killing.
  const alsoAfter = (f: SentenceFacts, at: number) => tokens.slice(at + 1, Math.min(f.end, at + 1 + ALSO_SPAN)).some((w) => WORDS.also_words.has(w.norm));
  const weaponToo = facts.some(
    (f, s) => reporting(s) && f.typeWordAt.some((w) => w.type !== 'armed_assault' && w.type !== 'kidnapping' && f.types.has(w.type) && alsoAfter(f, w.at)),
  );
  // "Police say 2 officers killed in explosion blamed on guerrilla … killed in an attack blamed on the
  // ELN": an explosion the report tells is the weapon as much as a bomb named (the blast fallback
  // below then types it a bombing).
  // "IS said it was behind the explosion in Kabul … the attack killed one": an explosion named only
  // where a group claims it, in a sentence of this story that tells no other time, habit or
  // look-alike, though it is no evidence on its own.
  const blastOfThisStory = (s: number) => !hasEventContext(facts[s]!) && !readsAsNonEvent(readings[s]!) && toldOfThis(s);
  const blastTold = facts.some((f, s) => f.blast && !f.suppressed && (evidence[s] || blastOfThisStory(s)));
  if ((weaponNamed || blastTold) && !weaponToo && inferredAssault.size > 0 && namedAssault.size === 0 && !kidnapped && !isDigest(tokens, facts, evidence)) {
    typeSet.delete('armed_assault');
    strongSet.delete('armed_assault');
  }
  // "two 'terrorist attacks'" beside the explosion the report tells, no weapon named: the blast is
  // the bomb that a weak word of the attackers yields to, as to a bomb named.
  if (blastTold && !weaponNamed && typeSet.has('armed_assault') && !strongSet.has('armed_assault') && !kidnapped) typeSet.add('ied');
  // "The roadside bomb went off … followed by an exchange of fire between the troops and the
  // terrorists": a bombing whose attackers then fought the forces was an ambush by both means (in
  // a sentence of this story that kills no one: "troops later killed two militants in a gunfight"
  // is the forces' operation).
  if (typeSet.has('ied') && !typeSet.has('armed_assault') && facts.some((f, s) => toldOfThis(s) && firefightWithAttackers(tokens, f, cues))) {
    typeSet.add('armed_assault');
    strongSet.add('armed_assault');
  }
  // Bomb words in an article about a suicide attack are the suicide attack ("suicide bomber blew
  // himself up"), except a vehicle bomb: a suicide car bomb is both.
  const suicideVehicleBomb = typeSet.has('suicide_attack') && hasVehicleBomb(tokens, facts, cues);
  if (suicideVehicleBomb) {
    typeSet.add('ied');
    strongSet.add('ied');
  }
  // "fired ballistic missiles and rockets", "launched 31 drones and two missiles": missiles named
  // beside rockets or drones are weapons of their own.
  // Also in a lead that tells them hedged ("two ships were reportedly hit by drones and missiles"),
  // a sentence of this story that is no evidence on its own but tells no other time or look-alike.
  const missilesBeside = (o: AttackType) => facts.some((f, s) => (evidence[s] || account(s)) && names(f, 'missile') && names(f, o));
  // "attacked the airport with a cruise missile … intercepted a drone": a missile named by its kind.
  const missileKind = (givenBy.get('missile') ?? []).some((s) =>
    facts[s]!.typeWordAt.some((w) => w.type === 'missile' && tokens.slice(w.at, w.end).some((t) => WORDS.missile_kind_words.has(t.norm))),
  );
  // "missiles were also used in the attack": one more weapon.
  const missilesToo = facts.some(
    (f, s) => evidence[s] && !f.background && names(f, 'missile') && tokensOf(tokens, f).some((w) => WORDS.also_words.has(w.norm)),
  );
  const namedApart = (t: AttackType, o: AttackType) =>
    (t === 'missile' && (o === 'rocket' || o === 'drone') && (missilesToo || missileKind || missilesBeside(o))) || apart.has(`${t}>${o}`);
  // "condemned the firing of a missile near the hospital … the missile, fired by an Israeli
  // warplane": a munition a sentence of this story says a craft fired is the craft's weapon, also
  // where another sentence gives it (labelling rule), unless missiles are named as a means of their own.
  for (const [craft, fires] of [
    ['airstrike', aircraftFires],
    ['drone', droneFires],
  ] as const) {
    const fired = new Set(facts.flatMap((f, s) => (toldOfThis(s) && fires(tokens, f) ? f.typeWordAt.map((w) => w.type) : [])));
    for (const t of FIRED_MUNITIONS) {
      if (!fired.has(t) || !typeSet.has(t) || (t === 'missile' && (missilesToo || missileKind))) continue;
      typeSet.delete(t);
      strongSet.delete(t);
      typeSet.add(craft);
      strongSet.add(craft);
    }
  }
  // "shelled the town with Grad launchers": shelling by multiple rocket launchers is rocket fire.
  if (typeSet.has('mortar_artillery') && shelledByRocketLaunchers(tokens, cues)) {
    typeSet.delete('mortar_artillery');
    strongSet.delete('mortar_artillery');
    typeSet.add('rocket');
    strongSet.add('rocket');
  }
  // "an Israeli air strike … a drone fired a missile at the crowd", "killed in an Israeli airstrike
  // … an enemy drone targeted a car": with no warplane or helicopter named, the strike was the drone's.
  // Also when the drone is named only in a sentence of this story that is no evidence on its own:
  // "killed in an Israeli raid on a car … the agency said an enemy drone raided the car" (round 28).
  const droneOfStory = () => facts.some((f, s) => toldOfThis(s) && !readsAsNonEvent(readings[s]!) && droneFires(tokens, f));
  if (typeSet.has('airstrike') && !airListed && (typeSet.has('drone') || droneOfStory()) && droneStruck(tokens, facts, evidence)) {
    if (!typeSet.has('drone')) {
      typeSet.add('drone');
      strongSet.add('drone');
    }
    typeSet.delete('airstrike');
    strongSet.delete('airstrike');
  }
  // "Another wave of aerial attacks" beside the drones and missiles the report names, "a Ukrainian
  // strike hit a village … Ukrainian guns had shelled it with artillery": a strike
  // told only as "aerial" is the means from afar named, and one told only as a country's is the
  // shelling named (its missiles are an air force's as often: "Israel struck depots … missiles
  // hit a radar site"), with no crewed aircraft in the article.
  const vagueAt = (at: number) => WORDS.vague_air_words.has(tokens[at]!.norm) && WORDS.vague_air_nouns.has(tokens[at + 1]?.norm ?? '');
  const vaguelyFromAir = (s: number) => nationGuess.has(s) || facts[s]!.typeWordAt.every((w) => w.type !== 'airstrike' || vagueAt(w.at));
  const airGivers = givenBy.get('airstrike') ?? [];
  const means = airGivers.every((s) => nationGuess.has(s)) ? NATION_STRIKE_MEANS : FROM_AFAR;
  if (
    typeSet.has('airstrike') &&
    !airListed &&
    means.some((t) => typeSet.has(t)) &&
    !tokens.some((t) => WORDS.crewed_aircraft.has(t.norm)) &&
    airGivers.every(vaguelyFromAir)
  ) {
    typeSet.delete('airstrike');
    strongSet.delete('airstrike');
  }
  // "Israeli bombardment kills 40 across Gaza … a strike flattened a building": a bombardment told
  // beside strikes, with no gun, mortar or shell named, was from the air.
  const barrels = tokens.some((t) => cues.shelling_by.barrel_weapons.has(t.norm) || WORDS.shelling_words.has(t.norm));
  const strikeTold = facts.some((f) => !f.background && !f.suppressed && tokensOf(tokens, f).some((t) => WORDS.strike_nouns.has(t.norm)));
  if (
    typeSet.has('mortar_artillery') &&
    !AIR_TYPES.some((t) => typeSet.has(t)) &&
    !barrels &&
    strikeTold &&
    (givenBy.get('mortar_artillery') ?? []).every((s) =>
      facts[s]!.typeWordAt.every((w) => w.type !== 'mortar_artillery' || WORDS.bombardment_words.has(tokens[w.at]!.norm)),
    )
  ) {
    typeSet.delete('mortar_artillery');
    strongSet.delete('mortar_artillery');
    typeSet.add('airstrike');
    strongSet.add('airstrike');
  }
  // "a raid on a car" beside an enemy drone, "the bombardment" with guided aerial bombs: words of
  // what the attack did take the type of the weapon from the air named with them.
  const fromTheAir = AIR_TYPES.some((t) => typeSet.has(t));
  const onlyBy = (t: AttackType, words: ReadonlySet<string>, ground: (s: number) => boolean) =>
    (givenBy.get(t) ?? []).every((s) => !ground(s) && facts[s]!.typeWordAt.every((w) => w.type !== t || words.has(tokens[w.at]!.norm)));
  // "hit Kharkiv with guided bombs in a raid", "the second raid on the town": with no ground force
  // or act of one named, the article's raid is the strike from the air (a raid on a car always is).
  const groundForces = tokens.some((t) => WORDS.ground_raid_words.has(t.norm));
  const namesRaid = (f: SentenceFacts) => f.typeWordAt.some((w) => w.type === 'armed_assault' && WORDS.raid_nouns.has(tokens[w.at]!.norm));
  const airRaid = !groundForces && facts.some((f, s) => evidence[s] && namesRaid(f) && raidWithAirWeapon(tokens, f));
  const onGround = (s: number) =>
    assaultCue.has(s) || !(raidOnVehicle(tokens, facts[s]!, cues.vehicle_bomb.vehicles) || airRaid || (!groundForces && raidRecalled(tokens, facts[s]!)));
  for (const [t, words, ground] of [
    ['armed_assault', WORDS.raid_nouns, onGround],
    ['mortar_artillery', WORDS.bombardment_words, () => false],
  ] as const) {
    if (fromTheAir && typeSet.has(t) && !typeSet.has('kidnapping') && onlyBy(t, words, ground)) {
      typeSet.delete(t);
      strongSet.delete(t);
    }
  }
  // "targeted by indirect fire from two rockets": shelling told beside rockets, no gun named.
  const guns = tokens.some((t) => cues.shelling_by.barrel_weapons.has(t.norm));
  if (typeSet.has('rocket') && typeSet.has('mortar_artillery') && !guns && onlyBy('mortar_artillery', WORDS.shelling_words, () => false)) {
    typeSet.delete('mortar_artillery');
    strongSet.delete('mortar_artillery');
  }
  // "the rebels fired on the cargo ship … two anti-ship missiles", "the ship was damaged by a
  // projectile" in a drone attack: fire at a ship, with no gun named, is the missile's, rocket's or
  // drone's the report names, not shelling (round 28).
  const shellingGivers = givenBy.get('mortar_artillery') ?? [];
  const shellingAtShips = shellingGivers.length > 0 && shellingGivers.every((s) => namesVessel(tokens, facts[s]!));
  if (typeSet.has('mortar_artillery') && !guns && shellingAtShips && SHIP_MEANS.some((t) => typeSet.has(t))) {
    typeSet.delete('mortar_artillery');
    strongSet.delete('mortar_artillery');
  }
  // "Russische Rakete schlägt in Hochhaus ein", "ХАМАС выпустил ракеты": a word that is rocket and missile
  // at once is named by who fired it, a state's forces (missile) or an armed group (rocket).
  const launcher = launcherKind(resolvedActors, actors);
  // (Only a type named by such words alone: rockets read from launchers or shelling are no such
  // word, and "صاروخا باليستيا", a ballistic one, names the missile whoever fired it.)
  // "Three anti-ship missiles were fired at the ship … the missiles fell into the sea": a type named
  // plainly in a sentence of this story, though no evidence on its own, is what its bare word names
  // after (round 28).
  const ambiguous = (w: { at: number; end: number }) => w.end === w.at + 1 && WORDS.rocket_or_missile_words.has(tokens[w.at]!.norm);
  const namedPlainly = (t: AttackType) => facts.some((f, s) => toldOfThis(s) && f.typeWordAt.some((w) => w.type === t && !ambiguous(w)));
  const ambiguousOnly = (t: AttackType) => {
    const named = (givenBy.get(t) ?? []).flatMap((s) => facts[s]!.typeWordAt.filter((w) => w.type === t));
    return named.length > 0 && named.every(ambiguous) && !namedPlainly(t);
  };
  // With no one side named, craft in the air fire it ("طائرات بدون طيار أطلقت أربعة صواريخ", drones
  // fired four of them): a missile, as a state's forces fire.
  const fromCraft = launcher === undefined && (typeSet.has('drone') || typeSet.has('airstrike'));
  for (const [from, to, by] of [
    ['rocket', 'missile', 'state'],
    ['missile', 'rocket', 'group'],
  ] as const) {
    if ((launcher === by || (by === 'state' && fromCraft)) && typeSet.has(from) && ambiguousOnly(from)) {
      typeSet.delete(from);
      typeSet.add(to);
      if (strongSet.delete(from)) strongSet.add(to);
    }
  }
  const attackTypes = ATTACK_TYPES.filter(
    (t) =>
      typeSet.has(t) &&
      !(t === 'ied' && typeSet.has('suicide_attack') && !suicideVehicleBomb) &&
      (strongSet.has(t) || !(ARTICLE_TYPE_YIELDS[t] ?? []).some((o) => o !== t && typeSet.has(o) && !yieldsBack(o, t, strongSet) && !namedApart(t, o))),
  );
  // "A strike on a building killed four": an attack told only as a strike is one from the air.
  if (attackTypes.length === 0 && facts.some((f, s) => reporting(s) && tokensOf(tokens, f).some((t) => WORDS.strike_nouns.has(t.norm)))) {
    attackTypes.push('airstrike');
  }
  // An attack reported only as "an explosion ripped through…" is a bombing (also when a group
  // claimed it: "an explosion at a mosque … Islamic State claimed").
  // So is one whose explosion is named only where a group claims it (`blastTold`).
  if (attackTypes.length === 0 && (blastTold || facts.some((f, s) => evidence[s] && f.blast))) attackTypes.push('ied');
  // "A man thought to have set the synagogue alight": an arson attack, counted as an assault.
  if (attackTypes.length === 0 && tokens.some((t) => WORDS.arson_words.has(t.norm))) attackTypes.push('armed_assault');
  // "An attack by al-Shabaab" with no weapon named is an armed assault; not an attack on a ship
  // ("a vessel was attacked by the Houthis"), struck from afar (missiles, drones, boats) as often as boarded.
  if (
    attackTypes.length === 0 &&
    !facts.some((f, s) => reporting(s) && namesVessel(tokens, f)) &&
    resolvedActors.some((a) => (a.role === 'perpetrator' || a.role === 'claimed') && NON_STATE_KINDS.has(actors.lookup(a.id)?.kind ?? ''))
  ) {
    attackTypes.push('armed_assault');
  }
  // "Two soldiers were killed when separatists attacked the gendarmerie", "wameuawa kwa kukatwa
  // shingo" (killed by beheading): an attack whose article names no means at all, no weapon or blast
  // in any sentence (a means named only in the background is no telling of this one) and no ship,
  // was made by hand: the labels' armed assault.
  if (
    attackTypes.length === 0 &&
    !facts.some((f, s) => reporting(s) && namesVessel(tokens, f)) &&
    !facts.some((f) => f.types.size > 0 || f.weakTypes.size > 0 || f.blast) &&
    !tokens.some((t) => WORDS.generic_blast_words.has(t.norm))
  ) {
    attackTypes.push('armed_assault');
  }
  return attackTypes;
}

/**
 * Who fired: a state's forces alone, or an armed group alone, among the attackers the text names
 * (else among the actors it only involves: "Russische Rakete" names no act of its own); else undefined.
 */
function launcherKind(resolvedActors: readonly ResolvedActor[], actors: ActorCatalog): 'state' | 'group' | undefined {
  const acting = resolvedActors.filter((a) => a.role === 'perpetrator' || a.role === 'claimed');
  const named = acting.length > 0 ? acting : resolvedActors.filter((a) => a.role === 'involved');
  const attackers = named.map((a) => actors.lookup(a.id)?.kind ?? '');
  const state = attackers.includes('state_force');
  const group = attackers.some((k) => NON_STATE_KINDS.has(k));
  return state === group ? undefined : state ? 'state' : 'group';
}

/** Two weak types that yield to each other ("Tomahawk missiles" in an airstrike story) both stay. */
function yieldsBack(other: AttackType, t: AttackType, strong: ReadonlySet<AttackType>): boolean {
  return !strong.has(other) && (ARTICLE_TYPE_YIELDS[other] ?? []).includes(t);
}

/**
 * "Hoodlums attacked a police station", "bandits attacked three villages, killing 50", "gunmen
 * abducted three workers and killed their escort": attackers who attack or kill with no weapon
 * named commit an armed assault (abducting alone is a kidnapping).
 */
function assaultByAttackers(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): 'kill' | 'attack' | null {
  if ([...f.types].some((t) => t !== 'kidnapping' && !(t === 'armed_assault' && f.killCue)) || f.blast) return null;
  let attackers = false;
  let killing = false;
  for (let i = f.first; i < f.end; i++) {
    if (attackerAt(cues, tokens, i) && !(f.references.length > 0 && inReference(f.references, i)) && !afterEarlierEvent(tokens, i)) attackers = true;
    if (cues.killing.has(tokens[i]!.norm) && !carriedOut(tokens, i, f.end)) killing = true;
  }
  if (!attackers) return null;
  return killing ? 'kill' : f.generic ? 'attack' : null;
}

/** Words after "executed a" looked at for the person executed ("executed a captured soldier"). */
const EXECUTED_OBJECT_SPAN = 3;

/** "executed a daring move", "executed the plan": the verb at `i` carried something out and killed nobody. */
function carriedOut(tokens: readonly Token[], i: number, end: number): boolean {
  if (!WORDS.carry_out_verbs.has(tokens[i]!.norm) || !WORDS.singular_lead.has(tokens[i + 1]?.norm ?? '')) return false;
  const person = (t: Token) => WORDS.person_nouns.has(t.norm) || WORDS.member_nouns.has(t.norm) || isPluralPerson(t.norm);
  return !tokens.slice(i + 2, Math.min(end, i + 2 + EXECUTED_OBJECT_SPAN)).some(person);
}

/**
 * "an exchange of fire between the troops and the terrorists": the sentence tells the attackers
 * fighting, and no one killed (a killing in a gunfight is read by `killedByForces` and the roles).
 */
function firefightWithAttackers(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  // "followed by firing", "विस्फोट और फायरिंग": firing that fires no projectile named after it.
  const firing = (i: number) => WORDS.attackers_firing_words.has(tokens[i]!.norm) && tokens[i + 1]?.norm !== 'of' && !f.typeWordAt.some((w) => w.at === i + 1);
  const fight = (i: number) =>
    firing(i) ||
    (WORDS.fire_exchange_words.has(tokens[i]!.norm) &&
      (tokens[i]!.norm !== 'exchange' || (tokens[i + 1]?.norm === 'of' && WORDS.fire_exchange_objects.has(tokens[i + 2]?.norm ?? ''))));
  let fought = false;
  let attackers = false;
  for (let i = f.first; i < f.end; i++) {
    if (fight(i)) fought = true;
    if (attackerAt(cues, tokens, i)) attackers = true;
    if (cues.killing.has(tokens[i]!.norm)) return false;
  }
  return fought && attackers;
}

/** Words from a shooting verb to the person it hit: "shot the driver", "shooting two of the guards". */
const SHOT_OBJECT_SPAN = 4;

/** A person is named as the object at `from`: a determiner or figure, then a person noun. */
function shotPerson(tokens: readonly Token[], from: number, end: number): boolean {
  const lead = tokens[from]?.norm ?? '';
  // "shot two policemen": a head count, unless things are counted ("shot two rounds").
  const counted = readNumber(tokens, from);
  if (counted) {
    const unit = tokens[counted.end]?.norm ?? '';
    return counted.value !== null && !WORDS.not_people.has(unit) && !WORDS.unit_nouns.has(unit);
  }
  if (!WORDS.singular_lead.has(lead) && !WORDS.possessives.has(lead)) return false;
  const person = (k: number) => WORDS.person_nouns.has(tokens[k]!.norm) || WORDS.member_nouns.has(tokens[k]!.norm);
  for (let k = from + 1; k < Math.min(end, from + SHOT_OBJECT_SPAN); k++) if (person(k)) return true;
  return false;
}

/**
 * "killed in an ambush when rebels detonated a bomb", "un ataque armado … con drones": every assault
 * word of the sentence only names the attack, the sentence names the bomb, drones or shells it was made
 * with, and no shots of its own ("with gunfire and a roadside bomb" is both).
 */
function assaultNamedForOtherMeans(tokens: readonly Token[], f: SentenceFacts): boolean {
  const assault = f.typeWordAt.filter((w) => w.type === 'armed_assault');
  const nameOnly = (w: { at: number; end: number }) => tokens.slice(w.at, w.end).every((t) => WORDS.attack_name_words.has(t.norm));
  const otherMeans = f.typeWordAt.some((w) => w.type !== 'armed_assault' && w.type !== 'kidnapping' && f.types.has(w.type));
  return assault.length > 0 && assault.every(nameOnly) && otherMeans && namesOwnMeans(tokens, f, 'armed_assault').size === 0;
}

/** The sentence tells guns fired: a firing word beside a shooting means of its own ("small arms fire", "opened fire with rifles"). */
function firedGuns(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  return namesOwnMeans(tokens, f, 'armed_assault').size > 0 && tokensOf(tokens, f).some((t) => cues.firing.has(t.norm));
}

/** Words before a wound that may deny it: "no one was hurt". */
const DENIAL_SPAN = 3;

/**
 * Attackers and someone wounded, killed or shot at in one sentence: "students were injured as the
 * bandits shot", "the gunmen shot at a policeman", "watu wanane wameuawa baada ya wanamgambo…"
 * (eight killed after militants attacked), "des hommes armés … au moins huit morts"; not "no one was hurt".
 */
function woundedByAttackers(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  const denied = (i: number) => tokens.slice(Math.max(f.first, i - DENIAL_SPAN), i).some((t) => WORDS.negators.has(t.norm));
  // "shot at one of the policemen": shots at someone, not in the air.
  // "after shooting the driver", "shot two guards": a person shot, the object right after the verb.
  const shotAt = (i: number) =>
    (WORDS.launch_verbs.has(tokens[i]!.norm) && WORDS.shot_targets.has(tokens[i + 1]?.norm ?? '')) ||
    (WORDS.shooting_words.has(tokens[i]!.norm) && shotPerson(tokens, i + 1, f.end));
  // Killed: a verb of killing, or a word of the dead that counts them ("huit morts", "wameuawa").
  const killed = (t: Token) => cues.killing.has(t.norm) || WORDS.after_figure.get(t.norm) === 'killed';
  const wound = tokens.some((t, i) => i >= f.first && i < f.end && (WORDS.wounding_words.has(t.norm) || killed(t) || shotAt(i)) && !denied(i));
  return wound && tokensOf(tokens, f).some((_, k) => attackerAt(cues, tokens, f.first + k));
}

/**
 * "one of them opened fire and then detonated a suicide vest": shots told in the sentence of a
 * suicide blast, with no gunmen or militants named in it, are the bomber's and part of the suicide
 * attack; "a suicide bomber blew himself up before gunmen stormed the base" names an assault too.
 */
function bomberShooting(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  if (!f.types.has('suicide_attack') || !f.types.has('armed_assault')) return false;
  for (let i = f.first; i < f.end; i++) if (attackerAt(cues, tokens, i)) return false;
  return true;
}

/** Words from a verb of fire to the attackers it is aimed at: "fired back at the gunmen", "struck the militants". */
const COUNTER_FIRE_SPAN = 4;

/**
 * The sentence tells fire aimed at the attackers ("tanks fired at the terrorists and air strikes
 * began", "troops shot back at the militants"): the forces' answer, whose means are not the attack's.
 * Not the passive whose agent is the attackers ("the patrol was fired upon by rebels").
 */
function firesAtAttackers(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (!WORDS.counter_fire_verbs.has(tokens[i]!.norm)) continue;
    const end = Math.min(f.end, i + 1 + COUNTER_FIRE_SPAN);
    let aimed = false;
    for (let j = i + 1; j < end; j++) {
      // "the patrol was fired upon by rebels": the attackers after "by" fired, the passive's agent.
      if (tokens[j]!.norm === 'by' || WORDS.passive_agents.has(tokens[j]!.norm)) break;
      if (WORDS.counter_fire_links.has(tokens[j]!.norm)) aimed = true;
      else if (aimed && attackerAt(cues, tokens, j)) return true;
    }
  }
  return false;
}

/** Words of a list of means after "air", to its attack noun: "air, drone and artillery attacks". */
const MEANS_LIST_SPAN = 5;

/** "Israeli air, drone and artillery attacks", "air and artillery bombardment": "air" opens a list of means sharing one attack noun. */
function airInList(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (!WORDS.air_list_openers.has(tokens[i]!.norm)) continue;
    let joined = false;
    for (let j = i + 1; j < Math.min(f.end, i + 1 + MEANS_LIST_SPAN); j++) {
      const w = tokens[j]!.norm;
      if (joined && j > i + 2 && WORDS.means_list_heads.has(w)) return true;
      if (!WORDS.means_list_words.has(w)) break;
      if (WORDS.means_list_coordinators.has(w)) joined = true;
    }
  }
  return false;
}

/** The article names a multiple rocket launcher and no gun, mortar or howitzer. */
function shelledByRocketLaunchers(tokens: readonly Token[], cues: SentenceCues): boolean {
  const { rocket_launchers, barrel_weapons } = cues.shelling_by;
  return tokens.some((t) => rocket_launchers.has(t.norm)) && !tokens.some((t) => barrel_weapons.has(t.norm));
}

/** The sentence names a vessel: "an oil tanker", "the bulk carrier", "un pétrolier". */
function namesVessel(tokens: readonly Token[], f: SentenceFacts): boolean {
  return tokensOf(tokens, f).some((t) => WORDS.vessel_words.has(t.norm));
}

/** The sentence tells a vessel, its crew or an airliner hijacked: "a tugboat was hijacked", "hijacked an airliner with 90 passengers". */
function hijackedAboard(tokens: readonly Token[], f: SentenceFacts): boolean {
  if (f.background || f.suppressed) return false;
  const words = tokensOf(tokens, f);
  const aboard = (t: Token) => WORDS.vessel_words.has(t.norm) || WORDS.crew_words.has(t.norm) || WORDS.hijacked_craft_words.has(t.norm);
  return words.some((t) => WORDS.hijack_words.has(t.norm)) && words.some(aboard);
}

/** The sentence names a road vehicle kidnappers stop to take its passengers: "ambushed the bus", "intercepted three vehicles". */
function namesSeizedVehicle(tokens: readonly Token[], f: SentenceFacts): boolean {
  return tokensOf(tokens, f).some((t) => WORDS.seized_vehicle_words.has(t.norm));
}

/** The sentence tells of someone killed, wounded or shot at: "killed a sailor", "opened fire on the crew", "attacked it with small arms fire". */
function harmedSomeone(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  const firedAt = (i: number) => cues.firing.has(tokens[i]!.norm) && WORDS.shot_targets.has(tokens[i + 1]?.norm ?? '');
  return (
    f.killCue ||
    f.casualty ||
    firedGuns(tokens, f, cues) ||
    tokensOf(tokens, f).some((t, k) => WORDS.wounding_words.has(t.norm) || WORDS.shooting_words.has(t.norm) || firedAt(f.first + k))
  );
}

/** Auxiliaries looked past between a vehicle and its blowing up: "has exploded". */
const SELF_DETONATION_SPAN = 2;

/** Words either side of a vehicle looked at for what it is loaded with. */
const LOAD_SPAN = 3;

/**
 * "car bomb", "suicide truck bomber", "VBIED", "a vehicle packed with explosives", "a suicide bomber
 * blew up a car" anywhere in the document; not an earlier attack's ("two weeks after a massive car
 * bombing", a sentence of history or totals).
 */
function hasVehicleBomb(tokens: readonly Token[], facts: readonly SentenceFacts[], cues: SentenceCues): boolean {
  const { vehicles, bombs, loads, detonations, rides, words, suicide, self_detonations } = cues.vehicle_bomb;
  const sameSentence = (w: Token, i: number) => w.sentence === tokens[i]!.sentence;
  const loaded = (i: number) => tokens.slice(Math.max(0, i - LOAD_SPAN), i + LOAD_SPAN + 1).some((w) => loads.has(w.norm) && sameSentence(w, i));
  // The attacker before the verb: "a suicide bomber blew up a car", "a suicide bomber on a
  // motorcycle", not "a bomb blew up a car".
  const setOffByBomber = (i: number) => {
    const verb = tokens.slice(Math.max(0, i - LOAD_SPAN), i).findIndex((w) => (detonations.has(w.norm) || rides.has(w.norm)) && sameSentence(w, i));
    const at = verb < 0 ? -1 : Math.max(0, i - LOAD_SPAN) + verb;
    return at > 0 && tokens.slice(Math.max(0, at - LOAD_SPAN), at).some((w) => WORDS.attacker_nouns.has(w.norm) && sameSentence(w, i));
  };
  // "suicide vehicles", "véhicule kamikaze": the vehicle driven to blow up.
  const suicideVehicle = (i: number) => suicide.has(tokens[i - 1]?.norm ?? '') || suicide.has(tokens[i + 1]?.norm ?? '');
  // "a car has exploded near a checkpoint", "the civilian vehicle exploded": the vehicle blew up itself.
  const blewUp = (i: number) => {
    let j = i + 1;
    while (j < i + 1 + SELF_DETONATION_SPAN && WORDS.auxiliaries.has(tokens[j]?.norm ?? '')) j++;
    return self_detonations.has(tokens[j]?.norm ?? '') && sameSentence(tokens[j]!, i);
  };
  const earlier = (t: Token, i: number) => facts[t.sentence]!.background || referredAt(tokens, facts, i);
  return tokens.some(
    (t, i) =>
      (words.has(t.norm) ||
        (vehicles.has(t.norm) &&
          (bombs.has(tokens[i + 1]?.norm ?? '') ||
            loaded(i) ||
            setOffByBomber(i) ||
            suicideVehicle(i) ||
            blewUp(i) ||
            bomberAboard(tokens, facts, i, cues)))) &&
      !earlier(t, i),
  );
}

/** Words from a vehicle to the word after it that puts the bomber in it or rams it: "कार सवार", "वाहन के अंदर", "बाइक की टक्कर". */
const ABOARD_SPAN = 2;

/**
 * The bomber was in or on the vehicle at `i` when he blew himself up ("فجر نفسه في سيارته", "कार सवार
 * ने खुद को उड़ाया", "موټر کې ناست وو چې ځان یې…"), or rammed it into his target ("अपनी बाइक की टक्कर").
 * A word before the vehicle may stand anywhere beside the reflexive; a word after it, in the
 * languages that end the clause with the verb, before it.
 */
function bomberAboard(tokens: readonly Token[], facts: readonly SentenceFacts[], i: number, cues: SentenceCues): boolean {
  const { inside_before, inside_after, reflexives, rams_after } = cues.vehicle_bomb;
  const f = facts[tokens[i]!.sentence]!;
  const after = tokens.slice(i + 1, Math.min(f.end, i + 1 + ABOARD_SPAN));
  if (after.some((w) => rams_after.has(w.norm))) return true;
  const reflexive = (from: number, to: number) => tokens.slice(from, to).some((w) => reflexives.has(w.norm));
  if (inside_before.has(tokens[i - 1]?.norm ?? '') && i > f.first && reflexive(f.first, f.end)) return true;
  return after.some((w) => inside_after.has(w.norm)) && reflexive(i + 1, f.end);
}

/** Words of a country's forces between its name and its strike: "Israeli air force struck". */
const FORCE_WORDS = 2;

/** Sentences where a country or its people strike: "Israel strikes…", "US, Britain strike…", "Israeli forces struck…". */
function nationStrikes(tokens: readonly Token[], masked: Uint8Array, places: PlaceIndex): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "Israeli forces struck", "the Russian army pounded": the country's forces between it and the verb.
    let v = i + 1;
    while (v < Math.min(tokens.length - 1, i + 1 + FORCE_WORDS) && WORDS.striking_forces.has(tokens[v]!.norm)) v++;
    if (!t.capitalized || masked[i] || !WORDS.strike_verbs.has(tokens[v]!.norm) || tokens[v]!.sentence !== t.sentence) continue;
    if (places.candidates(t.norm).some((c) => c.kind === 'country') || places.demonym(t.norm)) out.add(t.sentence);
  }
  return out;
}

/** Words from a weapon to the "also" that makes it one more means: "a roadside bomb also hit…". */
const ALSO_SPAN = 4;

/** The means from afar that hit ships, whose fire a report may also tell as shelling ("обстреляли судно"). */
const SHIP_MEANS: readonly AttackType[] = ['missile', 'rocket', 'drone'];

/** Words between a drone and its launch verb ("a drone fired", "missile fired from a drone"). */
const LAUNCH_SPAN = 3;

/** What a drone or aircraft fires: its munitions, not a means of their own. */
const FIRED_MUNITIONS: readonly AttackType[] = ['missile', 'rocket'];

/** Means fired from afar that a strike told only as "aerial" may be. */
const FROM_AFAR: readonly AttackType[] = ['drone', 'missile', 'rocket', 'mortar_artillery'];
/** What a strike told only as a country's may be besides one from the air: its guns' shelling. */
const NATION_STRIKE_MEANS: readonly AttackType[] = ['mortar_artillery'];

/** Attack types from the air: a raid or bombardment told beside them is theirs. */
const AIR_TYPES: readonly AttackType[] = ['drone', 'airstrike', 'missile', 'rocket'];

const names = (f: SentenceFacts, t: AttackType) => f.types.has(t) || f.weakTypes.has(t);

/** A sentence's words, less those of its clauses about other events (clauses.ts). */
const tokensOf = (tokens: readonly Token[], f: SentenceFacts) =>
  f.references.length === 0 ? tokens.slice(f.first, f.end) : tokens.slice(f.first, f.end).filter((_, k) => !inReference(f.references, f.first + k));

/** Words between a drone and the words of its kind ("kamikaze drone", "un drone russe kamikaze", "a Shahed, a kamikaze model"). */
const KIND_SPAN = 3;

/** Every suicide word of the sentence names a drone's kind ("suicide drones", "drone kamikaze"), not a bomber. */
function droneKindOnly(tokens: readonly Token[], f: SentenceFacts): boolean {
  const suicide = f.typeWordAt.filter((w) => w.type === 'suicide_attack');
  const nearDrone = (at: number) =>
    tokens.slice(Math.max(f.first, at - KIND_SPAN), Math.min(f.end, at + KIND_SPAN + 1)).some((t) => WORDS.drone_words.has(t.norm));
  return suicide.length > 0 && suicide.every((w) => nearDrone(w.at));
}

/** Words from a drone to the charge it carries or drops: "drones operated by the cartel dropped explosive devices". */
const PAYLOAD_SPAN = 10;

/** Words from a bomb to the verb that ends a German clause ("einen Sprengkörper über einem Lastwagen abgeworfen"). */
const VERB_LAST_SPAN = 6;

/** Every bomb the sentence names is carried or dropped by a drone named before or after it ("explosivos arrojados desde drones"). */
function dronePayload(tokens: readonly Token[], f: SentenceFacts): boolean {
  const bombs = f.typeWordAt.filter((w) => w.type === 'ied');
  const carries = (v: number) => WORDS.launch_verbs.has(tokens[v]!.norm) || WORDS.carry_verbs.has(tokens[v]!.norm);
  const carried = (at: number) => {
    for (let d = Math.max(f.first, at - PAYLOAD_SPAN); d < Math.min(f.end, at + PAYLOAD_SPAN); d++) {
      if (d === at || !WORDS.drone_words.has(tokens[d]!.norm)) continue;
      for (let v = Math.min(d, at) + 1; v < Math.max(d, at); v++) if (carries(v)) return true;
    }
    // German puts the verb last: "die Drohne habe … einen Sprengkörper über einem Lastwagen abgeworfen".
    const droneBefore = tokens.slice(f.first, at).some((t) => WORDS.drone_words.has(t.norm));
    for (let v = at + 1; droneBefore && v < Math.min(f.end, at + VERB_LAST_SPAN); v++) if (WORDS.verb_last_drops.has(tokens[v]!.norm)) return true;
    return false;
  };
  return bombs.length > 0 && bombs.every((w) => carried(w.at));
}

/** Words from a verb of stopping to the means it would stop ("to quell the rocket fire"). */
const STOPPING_SPAN = 2;

/** Every word of type `t` in the sentence is what the attack means to stop: "meant to quell rocket fire". */
function onlyToStop(tokens: readonly Token[], f: SentenceFacts, t: AttackType): boolean {
  const words = f.typeWordAt.filter((w) => w.type === t);
  const stopped = (at: number) => tokens.slice(Math.max(f.first, at - STOPPING_SPAN), at).some((w) => WORDS.stopping_verbs.has(w.norm));
  return words.length > 0 && words.every((w) => stopped(w.at));
}

/** Words from "with" to the missile or rocket a craft carries ("with a guided missile"). */
const ARMED_WITH_SPAN = 3;

/**
 * "a car hit by a drone with a guided missile": "with" within LAUNCH_SPAN words after the
 * craft at i, then the sentence's missile or rocket within ARMED_WITH_SPAN words.
 */
function armedWith(tokens: readonly Token[], f: SentenceFacts, i: number): boolean {
  for (let k = i + 1; k <= Math.min(f.end - 1, i + LAUNCH_SPAN); k++) {
    // "with 40 drones, with missiles following": a gap wider than a space holds punctuation, another clause.
    if (tokens[k]!.start - tokens[k - 1]!.end > 1) return false;
    if (!WORDS.armed_with_words.has(tokens[k]!.norm)) continue;
    return f.typeWordAt.some((w) => (w.type === 'missile' || w.type === 'rocket') && w.at > k && w.at <= k + ARMED_WITH_SPAN);
  }
  return false;
}

/** A launch verb before the passive's agent word that leads to the craft at i: "the missile launched by a warplane". */
function launchedBy(tokens: readonly Token[], i: number): boolean {
  const inSentence = (j: number) => tokens[j]?.sentence === tokens[i]!.sentence;
  for (let k = i - 1; k >= i - LAUNCH_SPAN && inSentence(k); k--) {
    if (!WORDS.craft_agent_words.has(tokens[k]!.norm)) continue;
    for (let v = k - 1; v >= k - LAUNCH_SPAN && inSentence(v); v--) if (WORDS.launch_verbs.has(tokens[v]!.norm)) return true;
    return false;
  }
  return false;
}

/** Words from a craft to the marker that makes it the subject: "दो ड्रोन विमानों ने". */
const SUBJECT_MARKER_SPAN = 2;

/**
 * "दो ड्रोन विमानों ने … चार मिसाइलें दागीं" (two drones fired four missiles): the craft at i, marked
 * as the subject, fires a missile or rocket named after it, the launch verb ending the clause.
 */
function firedVerbLast(tokens: readonly Token[], f: SentenceFacts, i: number): boolean {
  if (!tokens.slice(i + 1, Math.min(f.end, i + 1 + SUBJECT_MARKER_SPAN)).some((t) => WORDS.subject_markers.has(t.norm))) return false;
  return f.typeWordAt.some(
    (w) => (w.type === 'missile' || w.type === 'rocket') && w.at > i && tokens.slice(w.end, f.end).some((t) => WORDS.verb_last_launches.has(t.norm)),
  );
}

/** A launch verb of token i's sentence within LAUNCH_SPAN words after it ("the drone fired two missiles"). */
function launchAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= LAUNCH_SPAN; k++) {
    const t = tokens[i + k];
    if (t?.sentence !== tokens[i]!.sentence) return false;
    if (WORDS.launch_verbs.has(t.norm)) return true;
  }
  return false;
}

/** A crewed aircraft fires the sentence's missiles or rockets: "an Israeli helicopter fired a missile". */
function aircraftFires(tokens: readonly Token[], f: SentenceFacts): boolean {
  return f.typeWordAt.some((w) => w.type === 'missile' || w.type === 'rocket') && firedBy(tokens, f, WORDS.firing_aircraft);
}

/** Words around a missile that may say it is the defenders' ("surface-to-air missiles", "missile interceptors"). */
const DEFENCE_SPAN = 3;

/** Every missile the sentence names is the defenders': "shot down the drones with surface-to-air missiles". */
function defenceMissilesOnly(tokens: readonly Token[], f: SentenceFacts): boolean {
  const missiles = f.typeWordAt.filter((w) => w.type === 'missile');
  const defenders = (at: number) => {
    for (let k = Math.max(f.first, at - DEFENCE_SPAN); k <= Math.min(f.end - 1, at + 1); k++) {
      const w = tokens[k]!.norm;
      if (WORDS.defence_missile_words.has(w)) return true;
      // "surface-to-air", "anti-aircraft": the target named after "to"/"anti".
      if ((w === 'air' && tokens[k - 1]?.norm === 'to') || (w === 'aircraft' && tokens[k - 1]?.norm === 'anti')) return true;
    }
    return false;
  };
  return missiles.length > 0 && missiles.every((w) => defenders(w.at));
}

/** A drone fires or drops the sentence's munitions: a launch verb just after a drone word. */
function droneFires(tokens: readonly Token[], f: SentenceFacts): boolean {
  return firedBy(tokens, f, WORDS.drone_words);
}

/** A launch verb just after one of `shooters` in the sentence, or the weapon it is armed with: "the drone fired", "a helicopter launched", "a drone with a missile". */
function firedBy(tokens: readonly Token[], f: SentenceFacts, shooters: ReadonlySet<string>): boolean {
  const fires = (i: number) => launchAfter(tokens, i) || launchedBy(tokens, i) || armedWith(tokens, f, i) || firedVerbLast(tokens, f, i);
  for (let i = f.first; i < f.end; i++) if (shooters.has(tokens[i]!.norm) && fires(i)) return true;
  return false;
}

/** Attackers in the sentence force their way into a place: "the gunmen broke into the site", "bandits invaded the village". */
function brokeIn(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  return namesPhrase(tokens, f, WORDS.break_in_phrases) && tokensOf(tokens, f).some((_, k) => attackerAt(cues, tokens, f.first + k));
}

/** The sentence holds one of `phrases` (each a list of words). */
function namesPhrase(tokens: readonly Token[], f: SentenceFacts, phrases: readonly (readonly string[])[]): boolean {
  const at = (i: number, phrase: readonly string[]) => phrase.every((w, k) => i + k < f.end && tokens[i + k]!.norm === w);
  for (let i = f.first; i < f.end; i++) if (phrases.some((phrase) => at(i, phrase))) return true;
  return false;
}

/** The sentence tells its shots as fired into the air: "shots were fired into the air", "tirés en l'air". */
function warningShots(tokens: readonly Token[], f: SentenceFacts): boolean {
  return namesPhrase(tokens, f, WORDS.warning_shot_phrases);
}

/** The first sentence after the lead that opens another story ("In a separate incident, …"), else none. */
function separateStoryFrom(tokens: readonly Token[], facts: readonly SentenceFacts[]): number {
  const opens = (f: SentenceFacts) => WORDS.separate_openers.some((phrase) => phrase.every((w, k) => f.first + k < f.end && tokens[f.first + k]!.norm === w));
  const s = facts.findIndex((f, i) => i >= OTHER_TIME_FROM && f.end > f.first && opens(f));
  return s < 0 ? Number.POSITIVE_INFINITY : s;
}

/** "the blast", "this attack": the sentence speaks of the event reported again. */
function namesThisEvent(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first + 1; i < f.end; i++) if (WORDS.event_anaphors.has(tokens[i]!.norm) && WORDS.anaphor_determiners.has(tokens[i - 1]!.norm)) return true;
  return false;
}

/**
 * "The first reports spoke of a rocket; officials later said a ballistic missile had hit the
 * port": a type named only after a word of a first report, with another type named after it
 * in the sentence, was corrected.
 */
function correctedTypes(tokens: readonly Token[], f: SentenceFacts): Set<AttackType> {
  let firstReport = -1;
  for (let i = f.first; i < f.end && firstReport < 0; i++) if (WORDS.correction_words.has(tokens[i]!.norm)) firstReport = i;
  const out = new Set<AttackType>();
  if (firstReport < 0) return out;
  for (const w of f.typeWordAt) {
    const all = f.typeWordAt.filter((o) => o.type === w.type);
    const later = f.typeWordAt.some((o) => o.type !== w.type && o.at > Math.max(...all.map((a) => a.at)));
    if (all.every((a) => a.at > firstReport) && later) out.add(w.type);
  }
  return out;
}

/** Words between a raid and the vehicle it hit: "a raid on a vehicle", "raid targeting a car". */
const RAID_VEHICLE_SPAN = 4;

/** Every raid the sentence names hit a vehicle ("a raid on a vehicle"): no troops raid a moving car. */
function raidOnVehicle(tokens: readonly Token[], f: SentenceFacts, vehicles: ReadonlySet<string>): boolean {
  const raids = f.typeWordAt.filter((w) => w.type === 'armed_assault');
  const end = (at: number) => Math.min(f.end, at + 1 + RAID_VEHICLE_SPAN);
  return raids.every((w) => tokens.slice(w.at + 1, end(w.at)).some((t) => vehicles.has(t.norm)));
}

/** Words from an instrument word to the weapon it introduces: "with long-range drones", "using guided aerial bombs". */
const INSTRUMENT_SPAN = 4;

/** The sentence says what its raid was done with, a weapon from the air: "hit Kharkiv with guided bombs in a raid". */
function raidWithAirWeapon(tokens: readonly Token[], f: SentenceFacts): boolean {
  const air = f.typeWordAt.filter((w) => AIR_TYPES.includes(w.type));
  const introduced = (at: number) => tokens.slice(Math.max(f.first, at - INSTRUMENT_SPAN), at).some((t) => WORDS.instrument_words.has(t.norm));
  return air.some((w) => introduced(w.at));
}

/** Every raid of the sentence recalls one told before: "the raid", "the second raid on the town". */
function raidRecalled(tokens: readonly Token[], f: SentenceFacts): boolean {
  const raids = f.typeWordAt.filter((w) => w.type === 'armed_assault');
  const recalled = (at: number) => {
    const before = tokens[at - 1];
    if (before?.sentence !== tokens[at]!.sentence) return false;
    if (WORDS.anaphor_determiners.has(before.norm)) return true;
    return WORDS.raid_ordinals.has(before.norm) && WORDS.anaphor_determiners.has(tokens[at - 2]?.norm ?? '');
  };
  return raids.length > 0 && raids.every((w) => recalled(w.at));
}

/**
 * The drone did the striking and no crewed aircraft is named in the article: a drone fires or drops
 * the munition ("a drone fired a missile"), or a reporting sentence names the drone's strike itself
 * ("an Israeli drone strike killed…", "an enemy drone targeted a car").
 */
function droneStruck(tokens: readonly Token[], facts: readonly SentenceFacts[], evidence: readonly boolean[]): boolean {
  if (tokens.some((t) => WORDS.crewed_aircraft.has(t.norm))) return false;
  const strikes = facts.some((f, s) => evidence[s] && !f.background && (f.strongTypes.has('drone') || (f.types.has('drone') && f.event)));
  return (
    strikes ||
    tokens.some((t, i) => {
      if (!WORDS.drone_words.has(t.norm)) return false;
      // "a drone fired", "a missile fired from a drone".
      return launchAfter(tokens, i) || launchedBy(tokens, i);
    })
  );
}

/** Words before a shooting looked at for its subject: "IDF (army) forces opened fire", "then soldiers opened fire". */
const FIRE_SUBJECT_SPAN = 2;

/**
 * "the soldiers fired back wildly", "in response, forces opened fire where the rockets came
 * from": every shooting the sentence names is fire the forces opened, right after their word, with
 * no attackers in the sentence and no one killed or wounded in it: their answer, no armed assault of
 * the attack ("militants opened fire on soldiers" keeps it; so does a soldier's shooting that killed).
 */
function forcesOpenedFire(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  const shots = f.typeWordAt.filter((w) => w.type === 'armed_assault');
  if (shots.length === 0) return false;
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    if (attackerAt(cues, tokens, i) || cues.killing.has(w) || WORDS.wounding_words.has(w)) return false;
  }
  const force = (j: number) => WORDS.force_agents.has(tokens[j]!.norm) && !WORDS.insurgent_force_words.has(tokens[j - 1]?.norm ?? '');
  const byForces = (at: number) => {
    for (let j = Math.max(f.first, at - FIRE_SUBJECT_SPAN); j < at; j++) if (force(j)) return true;
    return false;
  };
  return shots.every((w) => tokens.slice(w.at, w.end).some((t) => cues.firing.has(t.norm)) && byForces(w.at));
}

/** Words between "with"/"by" and the forces ("killed in a shoot-out with an army unit"). */
const AGENT_SPAN = 5;

/**
 * "a leading insurgent was killed in a shoot-out with soldiers", "was shot dead by police": the
 * forces' killing, so the sentence's shooting is not an armed assault of the attack reported.
 */
function killedByForces(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i + 1 < f.end; i++) {
    const w = tokens[i]!.norm;
    const agentAfter = (from: number) => {
      // "by police", "with a group of soldiers"; not a group named so ("the Allied Democratic Forces").
      // Not forces an insurgent word names ("with the guerrilla forces"): the armed group itself.
      const stateForce = (j: number) =>
        WORDS.force_agents.has(tokens[j]!.norm) && !tokens[j]!.capitalized && !WORDS.insurgent_force_words.has(tokens[j - 1]!.norm);
      for (let j = from; j < Math.min(f.end, from + AGENT_SPAN); j++) if (stateForce(j)) return true;
      return false;
    };
    if (WORDS.gunfight_words.has(w) && tokens[i + 1]!.norm === 'with' && agentAfter(i + 2)) return true;
    if (w === 'by' && (tokens[i - 1]?.norm === 'dead' || tokens[i - 1]?.norm === 'killed') && agentAfter(i + 1)) return true;
  }
  return false;
}
