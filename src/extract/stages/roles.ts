/**
 * Stage 6, actors and their roles: the catalogue's actors and the national forces behind
 * "Russian drones" or "Israel strikes", each with the strongest role any mention gives it.
 */
import type { Actor, ActorCatalog, ActorMention } from '../actors.js';
import type { ResolvedActor } from '../analysis.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import type { PlaceIndex } from '../places.js';
import { WORDS } from '../words.js';
import type { SentenceFacts } from './sentences.js';

/** A claim outranks being seen attacking, which outranks blame or a denial. */
const ROLE_RANK: Record<ResolvedActor['role'], number> = { claimed: 4, perpetrator: 3, blamed: 2, denied: 1, involved: 0 };

/** Punctuation between a country and what follows that makes the country a label ("Sudan: …", "Mali – …"). */
const TOPIC_LABEL = /[:;|–—]|\s-\s/;
/** A possessive ending between a country's name and what it owns: "Ukraine's", "Russia’s". */
const POSSESSIVE_RE = /['’]s\s*$/;
/** Words a country's name or demonym may take ("United Arab Emirates", "U.S."). */
const NAME_WORDS = 3;

/**
 * The state forces behind "Russian drones", "Israeli strikes", "Turkish airstrike", "Russia
 * launched…": a demonym or country name right before an attack word names that country's forces.
 */
export function nationalForces(
  tokens: readonly Token[],
  text: string,
  facts: readonly SentenceFacts[],
  masked: Uint8Array,
  places: PlaceIndex,
  actors: ActorCatalog,
): ActorMention[] {
  // The country named from token `i`, and where its name ends: "Russian", "the Russians", and in
  // several words "U.S.", "United States", "Saudi Arabia", "South Korean" (longest first).
  const countryAt = (i: number): { code: string; end: number; demonym: boolean; capital?: boolean } | undefined => {
    const t = tokens[i];
    if (!t?.capitalized || masked[i]) return undefined;
    // The capitalised words that follow in the sentence, up to a name's length.
    let run = 1;
    while (run < NAME_WORDS && tokens[i + run]?.capitalized && !masked[i + run] && tokens[i + run]!.sentence === t.sentence) run++;
    for (let n = run; n >= 2; n--) {
      let key = t.norm;
      for (let k = 1; k < n; k++) key += ` ${tokens[i + k]!.norm}`;
      const code = places.demonym(key) ?? places.candidates(key).find((c) => c.kind === 'country')?.country;
      if (code) return { code, end: i + n, demonym: places.demonym(key) !== undefined };
    }
    // "The Russians shelled…": a plural demonym too.
    const demonym = places.demonym(t.norm);
    const code =
      demonym ?? places.candidates(t.norm).find((c) => c.kind === 'country')?.country ?? places.demonym(t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm);
    if (code) return { code, end: i + 1, demonym: demonym !== undefined };
    // "Moscow fired missiles at Kyiv", "Kyiv launched drones": a capital for its government.
    const capital = places.candidates(t.norm).find((c) => c.featureCode === 'PPLC')?.country;
    return capital ? { code: capital, end: i + 1, demonym: false, capital: true } : undefined;
  };
  const out: ActorMention[] = [];
  const attackStarts = new Set(facts.flatMap((f) => f.attackWordAt));
  for (let i = 0; i < tokens.length; i++) {
    const named = countryAt(i);
    if (!named) continue;
    const { code, end, demonym: isDemonym, capital } = named;
    const start = i;
    const last = end - 1;
    i = last;
    // "Pakistani planes", "Pakistan troops": the craft or troops the country sends stand for its forces.
    const craftEnd = WORDS.attacker_crafts.has(tokens[end]?.norm ?? '') && tokens[end]!.sentence === tokens[start]!.sentence ? end + 1 : end;
    const add = (to = end) => {
      const actor = actors.stateForceOf(code);
      if (actor) out.push({ actor, start, end: to, sentence: tokens[start]!.sentence });
    };
    // "a drone attack by Ukraine": the country after "by" and an attack word.
    const byAttack =
      tokens[start - 1]?.norm === 'by' && [2, 3, 4].some((k) => attackStarts.has(start - k) && tokens[start - k]!.sentence === tokens[start]!.sentence);
    const next = tokens[end];
    if (capital) {
      // Only as the subject of an attack verb ("Kyiv drone attack" is where it happened; "Kyiv struck by…" was hit).
      const next = tokens[end];
      const sentence = tokens[start]!.sentence;
      const acts =
        next?.sentence === sentence &&
        tokens[end + 1]?.norm !== 'by' &&
        (WORDS.attacker_verbs.has(next.norm) || (WORDS.perfect_auxiliaries.has(next.norm) && WORDS.attacker_verbs.has(tokens[end + 1]?.norm ?? '')));
      if (acts && !WORDS.place_prepositions.has(tokens[start - 1]?.norm ?? '') && !WORDS.locatives.has(tokens[start - 1]?.norm ?? '')) add();
      continue;
    }
    // "unleashed by Ukraine's army", "Israel's military said it struck…": a country's own forces,
    // named as the catalogue names "Ukrainian army", wherever they stand in the sentence (the roles
    // stage tells attacker from target).
    if (!isDemonym && craftEnd > end && POSSESSIVE_RE.test(text.slice(tokens[last]!.start, tokens[end]!.start))) {
      add(craftEnd);
      continue;
    }
    if (byAttack || blamedCountry(tokens, text, start, last)) {
      add();
      continue;
    }
    if (!next || next.sentence !== tokens[start]!.sentence) continue;
    // "Sudan: gunmen kill 30", "Somalia - suicide bomber…": a country set off as the story's label
    // is where it happened, not who attacked.
    if (TOPIC_LABEL.test(text.slice(tokens[last]!.end, next.start))) continue;
    // "militants in Iraq fired…", "en Irak, tuant…", "le sud du Liban, tuant…": a country after a preposition is a
    // place, not the attacker (a demonym there is still an adjective: "killed in Russian drone attack").
    const before = tokens[start - 1]?.norm ?? '';
    if ((WORDS.place_prepositions.has(before) || WORDS.locatives.has(before) || WORDS.place_of_words.has(before)) && !isDemonym) continue;
    // "struck a post in Basra, Iraq, killing six": a country set between commas after a place is
    // where that place is ("In Kyiv, Russia launched…" is not set off).
    if (!isDemonym && inApposition(tokens, text, start, last)) continue;
    // "La Russie a tiré…", "Israele ha colpito…": the participle after an auxiliary.
    const participle =
      WORDS.subject_auxiliaries.has(next.norm) && tokens[end + 1]?.sentence === next.sentence && WORDS.attacker_participles.has(tokens[end + 1]!.norm);
    if (attackStarts.has(end) || attackStarts.has(start) || WORDS.attacker_verbs.has(next.norm) || participle) add();
    else if (actsAfterBridge(tokens, craftEnd, attackStarts) || participleLast(tokens, start, end)) add(craftEnd);
  }
  return out;
}

/** "Basra, Iraq, on…": the country at `start`…`last` follows a capitalised name and a comma, and a comma or the sentence's end follows it. */
function inApposition(tokens: readonly Token[], text: string, start: number, last: number): boolean {
  const prev = tokens[start - 1];
  if (!prev || prev.sentence !== tokens[start]!.sentence || !prev.capitalized || text.slice(prev.end, tokens[start]!.start).trim() !== ',') return false;
  const next = tokens[last + 1];
  return !next || next.sentence !== tokens[last]!.sentence || text.slice(tokens[last]!.end, next.start).includes(',');
}

/** Words looked at between a country (with its craft or troops) and the attack it makes. */
const ATTACKER_BRIDGE = 6;

/**
 * "Pakistan on Tuesday carried out air strikes", "Pakistani planes had bombed…", "Pakistan conducts
 * airstrikes": after the country only a time, a perfect auxiliary or a verb of carrying out stand
 * before the attack word or verb (any other word, a passive among them, ends the reading).
 */
function actsAfterBridge(tokens: readonly Token[], from: number, attackStarts: ReadonlySet<number>): boolean {
  const sentence = tokens[from - 1]!.sentence;
  for (let j = from; j < from + ATTACKER_BRIDGE && tokens[j]?.sentence === sentence; j++) {
    const w = tokens[j]!.norm;
    if (attackStarts.has(j) || WORDS.attacker_verbs.has(w)) return true;
    if (!WORDS.attacker_times.has(w) && !WORDS.perfect_auxiliaries.has(w) && !WORDS.conduct_verbs.has(w)) return false;
  }
  return false;
}

/** Words a German or Dutch clause may hold between its auxiliary and its closing participle. */
const VERB_LAST_SPAN = 8;

/**
 * "Russland hat die Stadt Sumy nachts mit Raketen angegriffen", "… hat Russland … angegriffen": a
 * German or Dutch perfect whose auxiliary stands beside the country and whose participle closes
 * the clause a few words on.
 */
function participleLast(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  const auxiliary = [start - 1, end].find((j) => tokens[j]?.sentence === sentence && WORDS.verb_last_auxiliaries.has(tokens[j]!.norm));
  if (auxiliary === undefined) return false;
  for (let j = Math.max(auxiliary, end) + 1; j <= end + VERB_LAST_SPAN && tokens[j]?.sentence === sentence; j++)
    if (WORDS.attacker_participles.has(tokens[j]!.norm)) return true;
  return false;
}

/** Words between a blame word and "on" before the country blamed: "blaming the drone strike on Turkey". */
const BLAMED_ON_SPAN = 5;

/**
 * The country named at `start`…`last` is blamed for the attack: "He blamed Turkey", "blaming the strike on Turkey",
 * "blamed on Iran". Not a country's adjective glued to a word ("blamed on Iran-backed militias").
 */
function blamedCountry(tokens: readonly Token[], text: string, start: number, last: number): boolean {
  if (text.charAt(tokens[last]!.end) === '-') return false;
  return WORDS.blame_words.has(tokens[start - 1]?.norm ?? '') || blamedOn(tokens, start - 1);
}

/** "on" at `on` follows a blame word: "blaming the strike on X" (X is blamed, not hit). */
function blamedOn(tokens: readonly Token[], on: number): boolean {
  if (tokens[on]?.norm !== 'on') return false;
  const sentence = tokens[on]!.sentence;
  for (let j = on - 1; j >= Math.max(0, on - 1 - BLAMED_ON_SPAN) && tokens[j]!.sentence === sentence; j--)
    if (WORDS.blame_words.has(tokens[j]!.norm)) return true;
  return false;
}

/**
 * Role of each actor: claims, denials and blame from any sentence; perpetrators from the reporting
 * ones. `sceneForce` is the state force of the attack's one country, which "the junta" or
 * "government forces" name there.
 */
export function actorRoles(
  found: readonly ActorMention[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  tokens: readonly Token[],
  text: string,
  sceneForce?: Actor,
): ResolvedActor[] {
  const roles = new Map<Actor, ResolvedActor['role']>();
  // "the Myanmari hunta": a word for the scene's forces inside a longer name is that name's.
  const mentions = found.filter((m) => !m.actor.sceneForces || !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end));
  for (const found of mentions) {
    const m = found.actor.sceneForces && sceneForce ? { ...found, actor: sceneForce } : found;
    // "a drone hit a police station", "killing two soldiers": who was hit is no actor of the attack
    // (the targets stage tells what was hit).
    if (isTarget(m, facts[m.sentence]!, tokens)) continue;
    const role = mentionRole(m, facts[m.sentence]!, evidence[m.sentence]!, tokens);
    if (role === 'involved' && tellsTheNews(m, tokens, text)) continue;
    // Unnamed police or soldiers, or the government's forces, that do nothing in the text are the
    // ones attacked or responding.
    if (role === 'involved' && (m.actor.id === UNSPECIFIED_FORCES || found.actor.sceneForces)) continue;
    const prev = roles.get(m.actor);
    if (prev === undefined || ROLE_RANK[role] > ROLE_RANK[prev]) roles.set(m.actor, role);
  }
  // Named forces make the unspecified "soldiers"/"police" redundant, and a named group that
  // attacked or claimed makes the descriptions of attackers so ("al-Shabaab gunmen stormed…": the
  // gunmen are al-Shabaab's).
  const namedForces = [...roles.keys()].some((a) => a.kind === 'state_force');
  const namedAttackers = [...roles].some(([a, role]) => a.kind !== 'generic' && a.kind !== 'state_force' && (role === 'perpetrator' || role === 'claimed'));
  const out: ResolvedActor[] = [];
  for (const [actor, role] of roles) {
    if (actor.id === UNSPECIFIED_FORCES && namedForces) continue;
    if (actor.kind === 'generic' && actor.id !== UNSPECIFIED_FORCES && namedAttackers) continue;
    out.push({ id: actor.id, name: actor.name, role });
  }
  out.sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || a.id.localeCompare(b.id));
  return out;
}

/** The catalogue's unnamed police and soldiers. */
const UNSPECIFIED_FORCES = 'security-forces';

/** Words looked at before a mention for what was hit or counted. */
const TARGET_SPAN = 3;
/** Words looked at after a mention for its casualty word: "ont perdu la vie", "were later killed". */
const CASUALTY_SPAN = 5;

/**
 * The mention names who was hit, not who attacked: "an attack on X", "a drone hit the X station",
 * "killing two X", and for forces (who are counted among the dead, unlike the groups that attack
 * them) "killing X", "three X were wounded". Only articles, figures and lower-case words ("a local police
 * station", "two more") may stand between the marker and the mention.
 */
function isTarget(m: ActorMention, f: SentenceFacts, tokens: readonly Token[]): boolean {
  const forces = m.actor.kind === 'state_force' || m.actor.id === UNSPECIFIED_FORCES;
  let counted = false;
  let stop = Math.max(f.first, m.start - TARGET_SPAN);
  // Read past "members of (the)", "a patrol of": after such a part, the words before it tell.
  let part = -1;
  for (let j = m.start - 1; j >= stop; j--) {
    const w = tokens[j]!;
    if (blamedOn(tokens, j)) return false;
    if (WORDS.target_markers.has(w.norm) || WORDS.attacker_verbs.has(w.norm)) return true;
    // "ambushed a patrol of X", "attaque un convoi de X": an attack word before the part hit.
    if (part >= 0 && (j === part - 1 || (j === part - 2 && WORDS.part_articles.has(tokens[part - 1]!.norm))) && f.attackWordAt.includes(j)) return true;
    const of = WORDS.part_articles.has(w.norm) && WORDS.place_of_words.has(tokens[j - 1]?.norm ?? '') ? j - 1 : j;
    if (of > f.first && WORDS.place_of_words.has(tokens[of]!.norm) && WORDS.hit_part_nouns.has(tokens[of - 1]!.norm)) {
      // "overran a base of X": the part, with its article, is the object of the verb before it.
      const det = of - 2 >= f.first && (WORDS.part_articles.has(tokens[of - 2]!.norm) || readNumber(tokens, of - 2) !== undefined) ? of - 2 : -1;
      const verb = tokens[det - 1];
      if (
        det > f.first &&
        verb &&
        /^\p{Ll}/u.test(verb.norm) &&
        !verb.capitalized &&
        !WORDS.clause_breaks.has(verb.norm) &&
        !WORDS.passive_agents.has(verb.norm) &&
        !WORDS.speech_words.has(verb.norm)
      )
        return true;
      part = of - 1;
      stop = Math.max(f.first, of - 1 - TARGET_SPAN);
      j = of - 1;
      continue;
    }
    if (w.norm === 'by' || WORDS.passive_agents.has(w.norm)) break;
    // "killing two soldiers", "wounding three policemen"; any group once counted: "killing two SDF fighters".
    if ((forces || counted) && WORDS.before_figure.has(w.norm)) return true;
    // "two more", "several": a figure or a vague count of the people hit; "the number of
    // policemen killed rose to five": a count too.
    if (readNumber(tokens, j) !== undefined || (WORDS.count_nouns.has(w.norm) && tokens[j + 1]?.norm === 'of')) counted = true;
    else if (w.capitalized || WORDS.clause_breaks.has(w.norm) || !/^\p{Ll}/u.test(w.norm)) break;
  }
  if (!forces && !counted) return false;
  // "three policemen were wounded", "two soldiers killed", "three YPG fighters killed" (not "the
  // army killed two militants").
  let passive = false;
  // "the Saudi-led coalition has killed 21 people", "Israeli forces have wounded three": a perfect
  // tense with its victims after it is the mention acting, not the mention hit.
  let perfectOnly = true;
  for (let j = m.end; j < Math.min(f.end, m.end + CASUALTY_SPAN); j++) {
    const w = tokens[j]!;
    if (WORDS.member_nouns.has(w.norm)) continue;
    if (WORDS.after_figure.has(w.norm))
      return (passive && !(perfectOnly && victimsAfter(tokens, j + 1))) || counted || (m.actor.id === UNSPECIFIED_FORCES && endsClause(tokens, j + 1, f));
    if (!WORDS.verb_auxiliaries.has(w.norm) && !WORDS.auxiliaries.has(w.norm)) break;
    passive = true;
    if (!WORDS.perfect_auxiliaries.has(w.norm)) perfectOnly = false;
  }
  return false;
}

/**
 * The casualty word before `j` has no object: the sentence ends, or a new clause or the attack's
 * circumstances follow ("Police officer killed as a bomber blew himself up", "soldier killed in
 * ambush"). Unnamed police or soldiers named so were hit; forces that kill name whom ("police killed
 * the gunman"). A named army so ("Philippine soldiers killed in clash with Abu Sayyaf") stays a party
 * to the fight, as labellers list it.
 */
function endsClause(tokens: readonly Token[], j: number, f: SentenceFacts): boolean {
  if (j >= f.end) return true;
  const w = tokens[j]!.norm;
  return WORDS.clause_joiners.has(w) || WORDS.cause_openers.has(w) || WORDS.year_preps.has(w) || WORDS.age_when_words.has(w);
}

/** A figure or a person's article opens the object at `j`: "21 people", "a civilian", "two soldiers". */
function victimsAfter(tokens: readonly Token[], j: number): boolean {
  return readNumber(tokens, j) !== undefined || WORDS.singular_lead.has(tokens[j]?.norm ?? '');
}

/** Words that may follow a closing "police said": "on Tuesday", "in a statement". */
const AFTER_CLOSING_SPEECH = 3;

/**
 * "…, police said (on Tuesday).", "according to the army": X only tells the news. Not "al-Shabaab
 * said it carried out the attack", where what X said follows.
 */
function tellsTheNews(m: ActorMention, tokens: readonly Token[], text: string): boolean {
  const sameSentence = (j: number) => tokens[j]?.sentence === m.sentence;
  let next = m.end;
  // "…claimed by the Islamic State group, police said": the speakers come after a comma.
  if (tokens[next] && /[,;:(—–]/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) return false;
  if (sameSentence(next) && WORDS.source_nouns.has(tokens[next]!.norm)) next++;
  if (sameSentence(next) && WORDS.speech_words.has(tokens[next]!.norm)) {
    let rest = 0;
    while (sameSentence(next + 1 + rest)) rest++;
    return rest <= AFTER_CLOSING_SPEECH;
  }
  const start = tokens[m.start - 1] && WORDS.article_words.has(tokens[m.start - 1]!.norm) ? m.start - 1 : m.start;
  return sameSentence(start - 2) && tokens[start - 2]!.norm === 'according' && tokens[start - 1]!.norm === 'to';
}

/** "an attack on X", "fired at the X": X is the target ("KABUL (AT News): X attacked…" is not). */
function afterTargetMarker(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]?.norm ?? '';
  if (WORDS.target_markers.has(prev)) return true;
  return WORDS.article_words.has(prev) && WORDS.target_markers.has(tokens[start - 2]?.norm ?? '');
}

/** How far after an actor its verb of claiming, denying or being blamed may stand: "X, which claimed the attack". */
const ROLE_VERB_AFTER = 4;
/** How far before an actor a word of blame may stand: "the army blamed the attack on X". */
const BLAME_BEFORE = 8;

/** Words a claim may take between the group's "said" and what it did: "it", "they", "its fighters". */
const OWN_CLAIM_SPAN = 4;

/** "X said it carried out…", "X said its fighters attacked…": X, speaking of itself, did the attack. */
function claimsInOwnWords(m: ActorMention, f: SentenceFacts, tokens: readonly Token[]): boolean {
  const said = tokens[m.end];
  const self = tokens[m.end + 1];
  if (!said || !self || m.end + 1 >= f.end || !WORDS.speech_words.has(said.norm) || !WORDS.self_pronouns.has(self.norm)) return false;
  for (let j = m.end + 2; j < Math.min(f.end, m.end + 2 + OWN_CLAIM_SPAN); j++) {
    const w = tokens[j]!.norm;
    // "the army said it repelled the attack", "… said it was attacked" are no claims.
    if (WORDS.defence_words.has(w)) return false;
    if (WORDS.passive_markers.has(w) && (f.attackWordAt.includes(j + 1) || WORDS.attacker_verbs.has(tokens[j + 1]?.norm ?? ''))) return false;
    if (f.attackWordAt.includes(j) || WORDS.attacker_verbs.has(w) || (WORDS.conduct_verbs.has(w) && !WORDS.article_words.has(w))) return true;
  }
  return false;
}

/**
 * "X is blamed", "X suspected in the bombing": a word of blame after X, with no object of its own.
 * "Police blamed the attack on al-Shabaab": an article after it opens its object, so X blames.
 */
function blamedAfter(m: ActorMention, f: SentenceFacts, tokens: readonly Token[]): boolean {
  for (let j = m.end; j < Math.min(f.end, m.end + ROLE_VERB_AFTER); j++) {
    if (WORDS.blamed_after.has(tokens[j]!.norm)) return !WORDS.article_words.has(tokens[j + 1]?.norm ?? '');
  }
  return false;
}

function mentionRole(m: ActorMention, f: SentenceFacts, isEvidenceSentence: boolean, tokens: readonly Token[]): ResolvedActor['role'] {
  const before = (words: ReadonlySet<string>, n: number) => {
    for (let j = m.start - 1; j >= Math.max(f.first, m.start - n); j--) if (words.has(tokens[j]!.norm)) return true;
    return false;
  };
  const after = (words: ReadonlySet<string>, n: number) => {
    for (let j = m.end; j < Math.min(f.end, m.end + n); j++) if (words.has(tokens[j]!.norm)) return true;
    return false;
  };
  // "X claimed responsibility", "X, which claimed the attack"; "an attack claimed by X".
  if (after(WORDS.claim_words, ROLE_VERB_AFTER)) return 'claimed';
  const by = WORDS.article_words.has(tokens[m.start - 1]?.norm ?? '') ? m.start - 2 : m.start - 1;
  if (by > f.first && tokens[by]!.norm === 'by' && WORDS.claim_words.has(tokens[by - 1]!.norm)) return 'claimed';
  // "X denied involvement", "a claim which X denies"
  if (after(WORDS.deny_words, ROLE_VERB_AFTER)) return 'denied';
  // "X said it carried out the attack", "X said its fighters stormed the base": a claim in its own words.
  if (claimsInOwnWords(m, f, tokens)) return 'claimed';
  // "blamed X", "accused X of", "suspected X", "the blame … on X"
  if (before(WORDS.blame_words, BLAME_BEFORE) || (blamedAfter(m, f, tokens) && tokens[m.end]?.norm !== 'of')) return 'blamed';
  if (isEvidenceSentence) {
    // "attack by X", "carried out by X"
    // "an airstrike by a Saudi-led coalition": an article may stand between.
    if (by >= f.first && tokens[by]!.norm === 'by' && f.attackWordAt.some((a) => a < m.start)) return 'perpetrator';
    // "45 mortar shells were fired at the village by Ukraine's army": the means named before the
    // agent were its fire (not "drones shot down by X", X's defence).
    const means = f.typeWordAt.filter((w) => w.at < by).map((w) => w.end);
    if (by >= f.first && tokens[by]!.norm === 'by' && means.length > 0 && !tokens.slice(Math.min(...means), by).some((t) => WORDS.defence_words.has(t.norm)))
      return 'perpetrator';
    // "attaque de Boko Haram", "ataque del ELN", "attaque massive du JNIM": the group that made the
    // attack named right before it (an adjective may stand between), in the languages that say so.
    const marker = m.start - 1;
    if (WORDS.agent_markers.has(tokens[marker]?.norm ?? '') && (f.attackWordAt.includes(marker - 1) || f.attackWordAt.includes(marker - 2)))
      return 'perpetrator';
    // "هجوم نفذه جماعة بوكو حرام": the group after a verb of carrying the attack out, an attack word before it.
    const verb = WORDS.group_words.has(tokens[marker]?.norm ?? '') ? marker - 1 : marker;
    if (WORDS.perpetration_verbs.has(tokens[verb]?.norm ?? '') && (f.attackWordAt.includes(verb - 1) || f.attackWordAt.includes(verb - 2)))
      return 'perpetrator';
    // "X launched drones", "X fighters stormed": an attack word shortly after the actor, in the
    // active voice ("X were targeted", "X came under fire" and "X intercepted" make X the target).
    const next = f.attackWordAt.filter((a) => a >= m.end && a <= m.end + 4).sort((a, b) => a - b)[0];
    // "a police station attacked by militants": the attack word's agent after "by" is someone else.
    // "police sources said the militants attacked", "police blamed the attack on X", "la police qui
    // attribue l'assaut aux djihadistes", "chef de la police, précisant que l'attaque…": the speaker
    // or the one who blames is not the attacker.
    const passive =
      next !== undefined &&
      (tokens
        .slice(m.end, next)
        .some(
          (t) =>
            WORDS.passive_markers.has(t.norm) ||
            WORDS.speech_words.has(t.norm) ||
            WORDS.reported_clause_words.has(t.norm) ||
            WORDS.source_nouns.has(t.norm) ||
            WORDS.blame_words.has(t.norm),
        ) ||
        tokens[next + 1]?.norm === 'by');
    // "attacked a Malian army camp, killing…": right after an attack word the actor is what was hit.
    const object = [m.start - 1, m.start - 2].some(
      (j) => f.attackWordAt.includes(j) && (j === m.start - 1 || WORDS.article_words.has(tokens[m.start - 1]!.norm)),
    );
    if (next !== undefined && !passive && !object && !afterTargetMarker(tokens, m.start) && !WORDS.defence_words.has(tokens[next]!.norm)) {
      return 'perpetrator';
    }
  }
  return 'involved';
}
