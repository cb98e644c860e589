/**
 * Stage 4, countries of the attack: votes from the place mentions of the sentences that report
 * it, else from the dateline, demonyms or the actors named.
 */
import type { ActorMention } from '../actors.js';
import type { Token } from '../normalize.js';
import type { PlaceIndex, PlaceMention } from '../places.js';
import { COUNTRY_VOTE as V } from '../weights.js';
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
  attackers: readonly ActorMention[],
  trace?: ExtractionTrace,
): string[] {
  const votes = new Map<string, number>();
  const vote = (c: string, w: number) => votes.set(c, (votes.get(c) ?? 0) + w);
  for (const m of mentions) {
    const f = facts[m.sentence]!;
    let w = (m.entry.kind === 'country' ? (m.locative ? V.countryLocative : V.country) : V.place) * m.weight;
    if (titleSentences.has(m.sentence)) w *= V.titleFactor;
    if (f.background) w *= V.backgroundFactor;
    else if (!evidence[m.sentence]) w *= V.notEvidenceFactor;
    vote(m.entry.country, w);
    trace?.placeVotes.push({ name: m.entry.name, country: m.entry.country, use: m.use, locative: m.locative, sentence: m.sentence, vote: w });
  }
  // The dateline only when no mention says clearly where the attack happened.
  if (dateline && Math.max(0, ...votes.values()) < V.clearVote) {
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
    if (country) vote(country, V.dateline);
  }
  if (votes.size === 0) {
    // Demonyms in the reporting sentences ("a Syrian village", "Nigerian soldiers").
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capitalized || !evidence[t.sentence]) continue;
      const dem = places.demonym(t.norm);
      // "Iranian-backed": a demonym glued to "backed" names a sponsor.
      const glued = text.slice(t.end, t.end + 1) === '-';
      if (dem && !glued) vote(dem, masked[i] ? V.demonymInActor : V.demonym);
    }
  }
  // "rockets fired toward southern Israeli communities", "two rockets fell in Lebanese territory":
  // a demonym after a target word, or before "territory", names a country as a place would.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || masked[i] || !evidence[t.sentence]) continue;
    const dem = places.demonym(t.norm);
    if (!dem) continue;
    let j = i - 1;
    while (j > 0 && WORDS.direction_words.has(tokens[j]!.norm)) j--;
    const sameSentence = tokens[j]!.sentence === t.sentence;
    if (WORDS.toward_words.has(tokens[j]!.norm) && sameSentence) vote(dem, V.demonymTarget);
    else if (WORDS.territory_words.has(tokens[i + 1]?.norm ?? '') && WORDS.locatives.has(tokens[j]!.norm) && sameSentence) vote(dem, V.demonymTarget);
  }
  // An attack at sea ("a missile hit a cargo ship in the Gulf of Aden") has no scene on land: the country of the
  // group that attacked, when it fights in one country, stands for it ("Yemen's Houthis").
  if (atSea(tokens, evidence)) {
    for (const m of attackers) if (m.actor.operatesIn && evidence[m.sentence]) vote(m.actor.operatesIn, V.seaAttacker);
  }
  if (trace) trace.countryVotes = Object.fromEntries(votes);
  if (votes.size === 0) return [];
  const max = Math.max(...votes.values());
  return [...votes.entries()]
    .filter(([, w]) => w >= V.keepShare * max)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c]) => c);
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

/** A reporting sentence names a sea: "in the Red Sea", "the Gulf of Aden", "the Black Sea". */
function atSea(tokens: readonly Token[], evidence: readonly boolean[]): boolean {
  return tokens.some((t, i) => {
    if (!t.capitalized || !evidence[t.sentence] || !WORDS.water_words.has(t.norm)) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const named = (prev?.capitalized && prev.sentence === t.sentence) || (next?.norm === 'of' && tokens[i + 2]?.capitalized);
    return named === true;
  });
}
