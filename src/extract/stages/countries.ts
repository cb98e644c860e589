/**
 * Stage 4, countries of the attack: votes from the place mentions of the sentences that report
 * it, else from the dateline, demonyms or the actors named.
 */
import type { ActorMention } from '../actors.js';
import type { Token } from '../normalize.js';
import { NEAR_LOCATOR_KM, namesUnknownPlace, type PlaceIndex, type PlaceMention } from '../places.js';
import { MENTION_USE_WEIGHT, COUNTRY_VOTE as V } from '../weights.js';
import { WORDS } from '../words.js';
import type { SentenceFacts } from './sentences.js';
import type { ExtractionTrace } from './trace.js';

/**
 * Countries where the attack happened: votes from places in the sentences that report it —
 * cities, regions and bases fully, a country name fully after "in"/"near"/"struck" and weakly
 * otherwise ("Russia launched…" names the attacker). Places elsewhere in the article count a
 * little, datelines and demonyms only when nothing better is there. Countries with at least 60%
 * of the top vote are kept.
 */
export function attackCountries(
  mentions: readonly PlaceMention[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  titleSentences: ReadonlySet<number>,
  tokens: readonly Token[],
  masked: Uint8Array,
  places: PlaceIndex,
  dateline: readonly [number, number] | null,
  text: string,
  sea: boolean,
  trace?: ExtractionTrace,
): string[] {
  const votes = new Map<string, number>();
  // Countries named only as a border ("near the Lebanon frontier"), the scene being beside them, or
  // (round 21) only as whence the attack came ("a drone strike from Turkiye": a cross-border strike
  // is where it landed, docs/labelling.md), an attribute ("the UK-based monitor") or a government.
  // They do not place the attack.
  const besideOnly = new Map<string, boolean>();
  const vote = (c: string, w: number, beside = false) => {
    votes.set(c, (votes.get(c) ?? 0) + w);
    besideOnly.set(c, (besideOnly.get(c) ?? true) && beside);
  };
  // An attack at sea ("a missile hit a cargo ship in the Gulf of Aden") is in a country only when
  // the text puts the ship off its coast ("off the port of Hodeidah", "off Yemen"): a port the
  // ship was tens of miles from, its flag ("Barbados-flagged"), a country that speaks ("US says"),
  // the group's home and the wire's dateline are not the scene.
  // Fire returned at the launch area: an origin the other side then hit is a scene too (round 27).
  // "a rocket fired from Lebanon struck …": "from" before a country read as an adjective of the verb.
  const whence = (m: PlaceMention) => m.use === 'origin' || (m.use === 'attribute' && WORDS.from_words.has(tokens[m.start - 1]?.norm ?? ''));
  const returned = mentions.some(whence) && firedBackAcross(tokens, facts, evidence);
  for (const m of mentions) {
    if (sea && (m.use !== 'place' || (m.entry.kind === 'country' && !m.locative) || (m.statedKm !== null && m.statedKm >= NEAR_LOCATOR_KM))) continue;
    const f = facts[m.sentence]!;
    const hitBack = returned && whence(m);
    let w = hitBack
      ? m.entry.kind === 'country'
        ? V.countryLocative
        : V.place
      : (m.entry.kind === 'country' ? (m.locative ? V.countryLocative : V.country) : V.place) * m.weight;
    if (titleSentences.has(m.sentence)) w *= V.titleFactor;
    if (f.background) w *= V.backgroundFactor;
    else if (!evidence[m.sentence]) w *= V.notEvidenceFactor;
    vote(m.entry.country, w, !hitBack && (m.use === 'origin' || MENTION_USE_WEIGHT[m.use] < MENTION_USE_WEIGHT.origin));
    trace?.placeVotes.push({ name: m.entry.name, country: m.entry.country, use: m.use, locative: m.locative, sentence: m.sentence, vote: w });
  }
  // Demonyms in the reporting sentences ("a Syrian village", "Nigerian soldiers"); "Iranian-backed":
  // a demonym glued to "backed" names a sponsor.
  const demonyms: [string, number][] = [];
  // "the Saudi Arabia border", "Dominican Republic": a demonym that opens a place's name is that place.
  const inPlaceName = new Uint8Array(tokens.length);
  for (const m of mentions) if (m.end - m.start > 1) inPlaceName.fill(1, m.start, m.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!mayBeDemonym(t) || !evidence[t.sentence] || inPlaceName[i]) continue;
    const dem = places.demonym(t.norm);
    // "near the Mauritanian border": the scene is beside that country.
    const border = WORDS.border_words.has(tokens[i + 1]?.norm ?? '');
    if (dem && !border && text.slice(t.end, t.end + 1) !== '-') demonyms.push([dem, masked[i] ? V.demonymInActor : V.demonym]);
  }
  // A wire's bureau ("ABIDJAN —") over a report of another country's soldiers killed at a place the
  // gazetteer lacks ("Eight Burkinabe soldiers … in Yagha province"): the dateline is not the scene.
  const bureau = (country: string) =>
    demonyms.some(([c]) => c !== country) && !demonyms.some(([c]) => c === country) && namesUnknownPlace(tokens, (s) => evidence[s] === true, mentions, masked);
  const placed = () => [...besideOnly.values()].some((only) => !only);
  // The dateline only when no mention says clearly where the attack happened.
  if (dateline && !sea && Math.max(0, ...votes.values()) < V.clearVote) {
    const key = tokens.slice(dateline[0], dateline[1]).map((t) => t.norm);
    // "KHAR, Pakistan —": the country the dateline names holds its town (not Haar, Germany).
    const datelineCountries = new Set<string>();
    for (let i = 0; i < key.length; i++) {
      for (let n = 1; n <= 3 && i + n <= key.length; n++) {
        const country = places.candidates(key.slice(i, i + n).join(' ')).find((c) => c.kind === 'country');
        if (country) datelineCountries.add(country.country);
      }
    }
    let town: string | undefined;
    for (let n = Math.min(4, key.length); n >= 1 && !town; n--) {
      const cands = places.candidates(key.slice(0, n).join(' ')).filter((c) => datelineCountries.size === 0 || datelineCountries.has(c.country));
      town = [...cands].sort((a, b) => b.population - a.population)[0]?.country;
    }
    // A town the gazetteer does not know, in the country the dateline names.
    const country = town ?? (datelineCountries.size === 1 ? [...datelineCountries][0] : undefined);
    if (country && (datelineCountries.size > 0 || !bureau(country))) vote(country, V.dateline);
  }
  // Demonyms only when nothing places the attack (a border or an origin says where it is not).
  if (!placed() && !sea) for (const [c, w] of demonyms) vote(c, w);
  // "rockets fired toward southern Israeli communities", "two rockets fell in Lebanese territory":
  // a demonym after a target word, or before "territory", names a country as a place would.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "at a Liberian-flagged tanker": a flag, not a target country.
    if (sea || !mayBeDemonym(t) || masked[i] || inPlaceName[i] || !evidence[t.sentence] || text.slice(t.end, t.end + 1) === '-') continue;
    const dem = places.demonym(t.norm);
    if (!dem) continue;
    let j = i - 1;
    while (j > 0 && (WORDS.direction_words.has(tokens[j]!.norm) || WORDS.article_words.has(tokens[j]!.norm))) j--;
    const sameSentence = tokens[j]!.sentence === t.sentence;
    const target = WORDS.toward_words.has(tokens[j]!.norm) || WORDS.target_prepositions.has(tokens[j]!.norm);
    if (target && sameSentence) vote(dem, V.demonymTarget);
    else if (WORDS.territory_words.has(tokens[i + 1]?.norm ?? '') && WORDS.locatives.has(tokens[j]!.norm) && sameSentence) vote(dem, V.demonymTarget);
    else if (demonymScene(tokens, i)) vote(dem, V.demonymTarget);
  }
  // A country named only as the border the scene lies near, the strike's origin or an attribute is
  // not the scene when another is named.
  if (placed()) for (const [c, only] of besideOnly) if (only) votes.delete(c);
  if (trace) trace.countryVotes = Object.fromEntries(votes);
  if (votes.size === 0) return [];
  const max = Math.max(...votes.values());
  return [...votes.entries()]
    .filter(([, w]) => w >= V.keepShare * max)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c]) => c);
}

/**
 * "the army answered with shelling across the border", "returned fire at the source": a reporting
 * sentence (not background) that tells fire answered at the other side of a border or the launch
 * site (`return_fire_answers` and `return_fire_across`, phrases of one to three words).
 */
function firedBackAcross(tokens: readonly Token[], facts: readonly SentenceFacts[], evidence: readonly boolean[]): boolean {
  const answered = new Set<number>();
  const across = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (!evidence[s] || facts[s]!.background) continue;
    const one = tokens[i]!.norm;
    const two = i > 0 && tokens[i - 1]!.sentence === s ? `${tokens[i - 1]!.norm} ${one}` : '';
    const three = i > 1 && tokens[i - 2]!.sentence === s ? `${tokens[i - 2]!.norm} ${two}` : '';
    if (WORDS.return_fire_answers.has(one) || WORDS.return_fire_answers.has(two)) answered.add(s);
    if (WORDS.return_fire_across.has(one) || WORDS.return_fire_across.has(two) || WORDS.return_fire_across.has(three)) across.add(s);
  }
  for (const s of answered) if (across.has(s)) return true;
  return false;
}

/** English capitalises a country's adjective; Russian and Ukrainian do not ("армянских военных"). */
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
function mayBeDemonym(t: Token): boolean {
  return t.capitalized || t.caseless || CYRILLIC_RE.test(t.norm);
}

/** "a Cambodian village", "Pakistani border posts": the demonym at `i` names the land of a place hit. */
function demonymScene(tokens: readonly Token[], i: number): boolean {
  const border = WORDS.border_words.has(tokens[i + 1]?.norm ?? '');
  const noun = tokens[border ? i + 2 : i + 1];
  return noun !== undefined && noun.sentence === tokens[i]!.sentence && (WORDS.scene_nouns.has(noun.norm) || (border && WORDS.border_posts.has(noun.norm)));
}

/**
 * With no place at all: the one country where the named groups fight ("Naxals trigger IED"), else
 * the one country whose forces the text names ("six security personnel martyred" by ISPR).
 */
export function actorCountries(mentions: readonly ActorMention[]): string[] {
  const one = (codes: (string | undefined)[]) => {
    const set = new Set(codes.filter((c) => c !== undefined));
    return set.size === 1 ? [...set] : [];
  };
  const groups = one(mentions.map((m) => m.actor.operatesIn));
  return groups.length > 0 ? groups : one(mentions.map((m) => (m.actor.kind === 'state_force' ? m.actor.country : undefined)));
}

/**
 * A reporting sentence names a sea: "in the Red Sea", "the Gulf of Aden", "the Black Sea"; not a
 * shore named after it ("a Black Sea port", "the Red Sea coast"). A sentence that says where the
 * attack took place reports it here ("The attack took place 50 nautical miles off the
 * strait"), though the noun alone is no evidence.
 */
export function atSea(tokens: readonly Token[], evidence: readonly boolean[], facts: readonly SentenceFacts[]): boolean {
  const reports = (s: number) => evidence[s] === true || (facts[s]?.happening === true && !facts[s]!.background);
  return tokens.some((t, i) => {
    if (!t.capitalized || !reports(t.sentence) || !WORDS.water_words.has(t.norm)) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && WORDS.shore_words.has(next.norm)) return false;
    const named = (prev?.capitalized && prev.sentence === t.sentence) || (next?.norm === 'of' && tokens[i + 2]?.capitalized);
    return named === true;
  });
}
