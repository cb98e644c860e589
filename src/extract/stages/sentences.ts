/**
 * Stage 1, sentences: what each sentence says about an attack (attack words, events, casualties,
 * targets, contexts, background), read from the attack lexicon and the sentence cues.
 */
import { type AttackType, type Target, TYPE_YIELDS } from '../../vocabulary.js';
import { isComparisonSince, takesLives } from '../casualties.js';
import { inReference, type ReferenceSpan, referenceSpans } from '../clauses.js';
import { type AttackLexicon, attackerAt, type ContextKind, type SentenceCues } from '../lexicon.js';
import type { Token } from '../normalize.js';
import { isYear, readNumber, startsWithDigit } from '../numbers.js';
import { datedAtOtherTime, eventTime, isDayNumber, OTHER_TIME_FROM, opensWithEarlier, setAtOtherTime } from '../when.js';
import { WORDS } from '../words.js';

/** What one sentence says about an attack. */
export interface SentenceFacts {
  /** Attack types named by strong phrases, and by weak ones (weapons, attackers). */
  types: Set<AttackType>;
  strongTypes: Set<AttackType>;
  weakTypes: Set<AttackType>;
  strong: boolean;
  event: boolean;
  generic: boolean;
  casualty: boolean;
  /** The next sentence is this attack's toll, naming nothing else ("… attacked several people with a knife. A teacher died"). */
  tollNext: boolean;
  targets: Set<Target>;
  context: Set<ContextKind>;
  /** A phrase that looks like an attack but is not ("counter-drone", "gas explosion", "police raid"). */
  suppressed: boolean;
  /** Such a phrase names an everyday thing that blew up ("gas explosion", "explosión de gas", "boiler explosion"). */
  blastExplained: boolean;
  /** Running totals, other events, history: its figures and places are not this event's. */
  background: boolean;
  /** A span of dates or months ("between January and June"): a period's total, never one event. */
  period: boolean;
  /** An explosion or blast is reported (a bomb, unless a weapon is named). */
  blast: boolean;
  /** The armed assault comes from the sentence cues of killing (attackers killing, a ramming), not a phrase. */
  killCue: boolean;
  /** The armed assault is a vehicle driven into people (`isRamming`), which an accident told beside it explains. */
  rammed: boolean;
  /** Attackers are the subject of an attack verb ("gunmen stormed", "militants killed"): something happened. */
  attackersAct: boolean;
  /**
   * A verb says the attack took place: "rockets struck near the airport", "rebels attacked a base"
   * (past tenses of generic attack words), "the attack occurred at 9 p.m.". No evidence on its own
   * ("attack" is a noun as often), it still says something happened.
   */
  happening: boolean;
  /** Token indices of the lexicon's attack words, for actor roles. */
  attackWordAt: number[];
  /** Token indices of the context phrases kept ("charged", "an investigation"), to read the clause each stands in. */
  contextWordAt: number[];
  /**
   * Where each type is named (the first token of its phrase, and the token after it), for words
   * whose type depends on the weapons beside them.
   */
  typeWordAt: { type: AttackType; at: number; end: number }[];
  /**
   * Clauses that refer to another event than the one the sentence tells (round 27, clauses.ts):
   * "…, the deadliest since a 2019 bombing that killed 40". Their means, places and figures are
   * that event's; the types, places and casualties stages leave them out.
   */
  references: readonly ReferenceSpan[];
  first: number;
  end: number;
}

/** Context kinds that only matter in a title (an "Analysis:" piece may still quote an attack). */
export const TITLE_ONLY_CONTEXT: ReadonlySet<ContextKind> = new Set(['opinion', 'topic', 'policing']);

/** A context that makes the sentence no report of this event (a title-only context does not, outside the title). */
export function hasEventContext(f: SentenceFacts): boolean {
  return f.context.size > 0 && ![...f.context].every((c) => TITLE_ONLY_CONTEXT.has(c));
}

/**
 * `armedGroupTokens`: tokens of the armed groups the actor catalogue names ("ADF", "al-Shabaab");
 * a named group that kills is an attacker like "gunmen".
 */
export function analyseSentences(
  tokens: readonly Token[],
  lexicon: AttackLexicon,
  count: number,
  armedGroupTokens: ReadonlySet<number>,
  text: string,
): SentenceFacts[] {
  const cues = lexicon.data.cues;
  const facts: SentenceFacts[] = [];
  for (let s = 0; s < count; s++) {
    facts.push({
      types: new Set(),
      strongTypes: new Set(),
      weakTypes: new Set(),
      strong: false,
      event: false,
      generic: false,
      casualty: false,
      tollNext: false,
      targets: new Set(),
      context: new Set(),
      suppressed: false,
      blastExplained: false,
      blast: false,
      killCue: false,
      rammed: false,
      attackersAct: false,
      happening: false,
      background: false,
      period: false,
      attackWordAt: [],
      contextWordAt: [],
      typeWordAt: [],
      references: [],
      first: 0,
      end: 0,
    });
  }
  // The last word of years elapsed ("years", "ans"): a sentence starting after it cannot count
  // years since an attack, and is not read number by number for one (elapsedYearsAt).
  let lastYearNoun = -1;
  for (let i = 0; i < tokens.length; i++) {
    const f = facts[tokens[i]!.sentence]!;
    if (f.end === 0) f.first = i;
    f.end = i + 1;
    if (cues.harm.has(tokens[i]!.norm) || takesLives(tokens, i)) f.casualty = true;
    if (WORDS.elapsed_year_nouns.has(tokens[i]!.norm)) lastYearNoun = i;
  }
  for (const f of facts) if (f.end > f.first) f.references = referenceSpans(tokens, text, f);
  // The title's and lead's times, against which a later sentence's dated attack is another's.
  const leadTime = eventTime(tokens, OTHER_TIME_FROM);
  /** By sentence, the types it names only as the earlier act its attack answered (rare: made only then). */
  const earlier = new Map<number, Set<AttackType>>();
  /** Sentences with a running total or past time inside a clause about another event ("who ambushed a truck last month"). */
  const referredTotals = new Set<number>();
  for (const m of lexicon.matcher.match(tokens, { longestOnly: true })) {
    const f = facts[tokens[m.start]!.sentence]!;
    if (m.values.some((v) => v.kind === 'suppress')) {
      f.suppressed = true;
      const words = tokens.slice(m.start, m.end);
      if (words.some((t) => WORDS.blast_words.has(t.norm)) && words.some((t) => WORDS.blast_causes.has(t.norm))) f.blastExplained = true;
      continue;
    }
    if (m.values.some((v) => v.kind === 'inert')) continue;
    if (agencyCredit(tokens, m.start, m.end, text)) continue;
    // A clause about another event: its means are that event's (below), its acts, times and contexts too.
    if (f.references.length > 0 && inReference(f.references, m.start)) {
      for (const v of m.values) {
        if (v.kind === 'type') earlierType(earlier, tokens[m.start]!.sentence, v.type);
        if (v.kind === 'cumulative' && isTotal(tokens, m.start, f)) referredTotals.add(tokens[m.start]!.sentence);
      }
      continue;
    }
    const hypothetical = isHypothetical(tokens, m.start);
    for (const v of m.values) {
      switch (v.kind) {
        case 'type':
          // "fired rockets in response to an Israeli airstrike": the earlier attack's type is not this
          // one's; nor is "the gunfire" that recalls it later in the sentence ("launched the strikes after
          // gunmen opened fire, saying the gunfire broke the truce").
          if (afterEarlierEvent(tokens, m.start)) {
            earlierType(earlier, tokens[m.start]!.sentence, v.type);
            break;
          }
          if (earlier.get(tokens[m.start]!.sentence)?.has(v.type) && WORDS.anaphor_determiners.has(tokens[m.start - 1]?.norm ?? '')) break;
          // "a commander responsible for overseeing missile launches", "a Hamas rocket expert": a role.
          // "gangs … who raid villages, … kidnapping them for ransom": a group's habit.
          if (namesRole(tokens, m.start, m.end) || inHabitClause(tokens, m.start)) break;
          // "the depot, hit by a missile strike in April," after the lead: another time's attack.
          if (tokens[m.start]!.sentence >= OTHER_TIME_FROM && datedAtOtherTime(tokens, m.end, leadTime)) break;
          // "their plan to plant bombs", "threatened to fire missiles": a means not used.
          if (hypothetical && !v.strong) break;
          // "checking whether anyone tried to abduct a soldier": a means asked about; "searching for
          // hostages taken last week": an earlier kidnapping.
          if (doubted(tokens, m.start) || (v.type === 'kidnapping' && !v.strong && sought(tokens, m.start))) break;
          (v.strong ? f.strongTypes : f.weakTypes).add(v.type);
          if (v.strong) f.types.add(v.type);
          if (v.strong && !hypothetical) f.strong = true;
          f.attackWordAt.push(m.start);
          f.typeWordAt.push({ type: v.type, at: m.start, end: m.end });
          break;
        case 'generic':
          f.generic = true;
          // Any word of the match: a type phrase carries the generic word inside it ("bomb exploded").
          if (tokens.slice(m.start, m.end).some((t) => WORDS.blast_words.has(t.norm))) {
            f.blast = true;
            // "gas cylinder blast", "a canister exploded", "an explosion at an oil refinery": an
            // everyday thing or a workplace that blew up.
            if (blastCause(tokens, m.start, f.first) || blastAtWorkplace(tokens, m.end, f.end)) f.suppressed = true;
          }
          f.attackWordAt.push(m.start);
          break;
        case 'event':
          // "attack" is both a generic attack word and a verb; as evidence it needs another verb.
          if (!hypothetical && !m.values.some((o) => o.kind === 'generic')) f.event = true;
          // The verb ends the phrase: "attacked", "bomb exploded" (not "armed attack").
          else if (!hypothetical && isPastTense(tokens[m.end - 1]!.norm)) f.happening = true;
          f.attackWordAt.push(m.start);
          break;
        case 'target':
          f.targets.add(v.target);
          break;
        case 'context':
          // "Troops foil insurgent attack on Yobe town": a raid fought off happened.
          if (v.context === 'foiled') {
            const foiled = repelledByForces(tokens, m.start, m.end, f.end);
            if (foiled !== null) {
              f.event = true;
              f.attackWordAt.push(m.start);
              // "foiled an ISWAP attack", "thwart bandits attack": the attackers' raid is an armed assault.
              for (let k = m.end; k < foiled; k++)
                if (attackerAt(cues, tokens, k) || armedGroupTokens.has(k)) {
                  f.types.add('armed_assault');
                  f.strongTypes.add('armed_assault');
                  f.strong = true;
                  f.typeWordAt.push({ type: 'armed_assault', at: foiled, end: foiled + 1 });
                  break;
                }
              break;
            }
          }
          // "A missile struck a ship off Yemen, as the Houthis threatened to widen their attacks":
          // a threat, trial or anniversary in a clause joined after the reported attack is that
          // clause's business, not the attack's.
          if (
            !(OTHER_EVENT_CONTEXTS.has(v.context) && inLaterClause(tokens, m.start, f, cues.harm)) &&
            !(v.context === 'memory' && datesEarlierAttack(tokens, m.start, f))
          ) {
            f.context.add(v.context);
            f.contextWordAt.push(m.start);
          }
          break;
        case 'cumulative':
          if (isTotal(tokens, m.start, f)) f.background = true;
          break;
        case 'suppress':
          break;
      }
    }
  }
  const when = eventTime(tokens);
  for (const [s, f] of facts.entries()) {
    if (isLegacyOrdnance(tokens, f)) f.context.add('mishap');
    // "On March 3, four guards were killed…" after the lead: another event, at another time.
    // "Last week, three bombs killed 11", "Separately, …" likewise.
    if (s >= OTHER_TIME_FROM && f.end > f.first && (setAtOtherTime(tokens, f.first, f.end, when) || opensWithEarlier(tokens, f.first, f.end)))
      f.background = true;
    if (f.context.has('memory') || f.context.has('fiction')) f.background = true;
    // "In a similar attack last month, gunmen killed 12": the whole sentence tells the other event.
    if (f.references.some(([a, b]) => a <= f.first && b >= f.end)) f.background = true;
    // "the 2014 school massacre, in which 147 people were killed": another event.
    if (hasYearAndRelative(tokens, f)) f.background = true;
    // "Between 10 and 16 November, 23 civilians were killed": a period, not one event.
    if (hasDateRange(tokens, f)) f.background = f.period = true;
    // "In 2017, more than 40 people were killed when a car bomb…": an earlier event.
    if (setInPastYear(tokens, f)) f.background = true;
    if (f.generic && tookPlace(tokens, f)) f.happening = true;
    for (const t of f.weakTypes) if (!yieldsTo(t, f, tokens)) f.types.add(t);
    // "The tanker said two missiles had attacked it": the weapon struck, as "missile strike" says.
    const struckBy = struckByWeapon(tokens, f);
    if (struckBy) {
      f.strongTypes.add(struckBy);
      f.types.add(struckBy);
      f.strong = f.event = true;
    }
    // Attackers killing or a vehicle driven into a crowd, with no weapon named, report an armed
    // assault; like other attacker words it yields to a kidnapping or suicide attack in the article.
    f.rammed = ![...f.types].some((t) => t !== 'armed_assault') && !f.blast && isRamming(tokens, f, cues);
    const cue = ![...f.types].some((t) => t !== 'armed_assault') && !f.blast ? (f.rammed ? 'kill' : attackersKill(tokens, f, cues, armedGroupTokens)) : null;
    // A named group's attack told in the passive happened, by means the sentence does not name.
    if (cue === 'act') f.event = true;
    else if (cue) {
      // Killing is an assault in its own right; attacking or storming may be how a kidnapping or
      // a suicide attack began, so that one yields to them across the article.
      f.killCue = cue === 'kill';
      f.attackersAct = true;
      f.types.add('armed_assault');
      f.strong = true;
      // Attackers killing, or a vehicle driven into a crowd, says in so many words that an attack
      // happened, as a strong phrase with an event verb does ("Gunmen kill seven…").
      if (f.killCue) {
        f.strongTypes.add('armed_assault');
        f.event = true;
      }
    }
    // "Police arrested men who sheltered the militants who ambushed a truck last month" tells no
    // attack of its own (no strong phrase or killing attackers outside the clause), only the one it refers to.
    if (referredTotals.has(s) && !f.strong) f.background = true;
    // Years elapsed since an attack, or the age someone had, are read once the sentence's acts are known.
    const elapsed = (lastYearNoun > f.first ? elapsedYearsAt(tokens, f) : null) ?? pastAgeAt(tokens, f);
    const told = f.event || f.casualty || f.attackersAct || f.happening;
    if (elapsed !== null && (!told || f.attackWordAt.every((w) => w > elapsed))) {
      f.context.add('memory');
      f.contextWordAt.push(elapsed);
      f.background = true;
    }
  }
  tollsAfterAttacks(tokens, facts, cues);
  return facts;
}

/** A running-total phrase at `at` ("since October", "last month") that is one, not a comparison or a time. */
function isTotal(tokens: readonly Token[], at: number, f: SentenceFacts): boolean {
  if (tokens[at]!.norm === 'since' && SINCE_READINGS.some((reads) => reads(tokens, at))) return false;
  // "Bomb wounds three soldiers days before siege anniversary": another event's anniversary is a time.
  return !datesEarlierAttack(tokens, at, f);
}

/** Notes `type` as the means of the earlier act sentence `s` refers to ("… in response to an airstrike"). */
function earlierType(earlier: Map<number, Set<AttackType>>, s: number, type: AttackType): void {
  const types = earlier.get(s);
  if (types) types.add(type);
  else earlier.set(s, new Set([type]));
}

/**
 * "A pupil attacked several people with a knife at a school on Monday. A teacher died and four
 * people were hurt": news tells an attack and then its toll in the next sentence. A toll that names
 * no means, no context and no other time of its own is the toll of the attack told just before
 * it, in any language: that attack is told with harm. The attack sentence must tell an assault
 * (an attack phrase, an attack verb, attackers acting), not only name a weapon or a shot ("Police
 * found a knife nearby. Two died in the crash", "A hunter fired at a deer. A man nearby was killed").
 */
function tollsAfterAttacks(tokens: readonly Token[], facts: SentenceFacts[], cues: SentenceCues): void {
  for (let s = 0; s + 1 < facts.length; s++) {
    const toll = facts[s + 1]!;
    const bare = toll.casualty && toll.types.size === 0 && !toll.generic && toll.context.size === 0 && !toll.background && !toll.suppressed;
    if (bare && toldAttack(tokens, facts[s]!, cues)) facts[s]!.tollNext = true;
  }
}

/** The sentence tells an assault by its means, with nothing making it another story. */
function toldAttack(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  if (f.types.size === 0 || f.context.size > 0 || f.background || f.suppressed) return false;
  if (f.strong || f.attackersAct) return true;
  for (let i = f.first; i < f.end; i++) if (cues.assaulting.has(tokens[i]!.norm) && !isHypothetical(tokens, i)) return true;
  return false;
}

/**
 * Where a count of years elapsed since an old attack starts: "20 years since the bombing", "han
 * pasado 20 años", "há 20 anos", "il y a vingt ans", "saldırının üzerinden 39 yıl geçti", "20 лет
 * назад". A story of remembrance in any language: a sentence with no act or harm, or one where the
 * count comes before the attack, is told of an old attack; after a reported attack ("a bomb killed
 * two, 20 years after the last one") it only sets the attack in its history.
 */
function elapsedYearsAt(tokens: readonly Token[], f: SentenceFacts): number | null {
  for (let i = f.first; i < f.end; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.value === null || isYear(tokens[n.start]!.norm) || !WORDS.elapsed_year_nouns.has(tokens[n.end]?.norm ?? '')) continue;
    const before = i > f.first ? tokens[i - 1]!.norm : '';
    if (WORDS.elapsed_span_openers.has(before)) continue;
    const after = n.end + 1 < f.end ? tokens[n.end + 1]!.norm : '';
    // "il y a vingt ans": the "a" of "il y a", not the article.
    const ilYA = before === 'a' && tokens[i - 2]?.norm === 'y';
    if ((i > f.first && (WORDS.elapsed_before.has(before) || ilYA)) || WORDS.elapsed_after.has(after)) return i;
  }
  return null;
}

/** Words from a "when" to the verb of the age it tells: "when she was 15", "cuando Ana tenía 15". */
const AGE_CLAUSE_WINDOW = 3;

/** An age no one has: "when it was 300 metres away". */
const OLDEST_AGE = 110;

/** After an age: years, or a word that is no unit or clock ("when it was 5 km away", "when it was 9 p.m." are no ages). */
function isAgeEnd(next: string | undefined): boolean {
  if (next === undefined || WORDS.elapsed_year_nouns.has(next)) return true;
  return !WORDS.not_people.has(next) && !startsWithDigit(next) && !WORDS.clock_suffixes.has(next) && next !== 'p' && next !== 'a';
}

/**
 * Where the age someone had at an old event is told: "when she was 15", "cuando tenía 15 años",
 * "quand il avait 15 ans". A survivor's story or a profile recalls what harmed them then.
 */
function pastAgeAt(tokens: readonly Token[], f: SentenceFacts): number | null {
  for (let i = f.first + 1; i < f.end; i++) {
    const n = WORDS.age_past_verbs.has(tokens[i - 1]!.norm) ? readNumber(tokens, i) : undefined;
    if (!n || n.value === null || n.value > OLDEST_AGE || !isAgeEnd(tokens[n.end]?.norm)) continue;
    for (let j = i - 2; j >= Math.max(f.first, i - 1 - AGE_CLAUSE_WINDOW); j--) if (WORDS.age_when_words.has(tokens[j]!.norm)) return j;
  }
  return null;
}

/** Contexts that belong to another event than the one a sentence reports: threats, trials, memories. */
const OTHER_EVENT_CONTEXTS: ReadonlySet<ContextKind> = new Set(['plan', 'legal', 'memory']);

/**
 * The word at `at` lies in a clause joined by "as", "amid", "while" or "days after" after the sentence has
 * already told of an attack that happened: an attack word and a predicate (an event verb, a harm
 * word) before the joiner. Matches are read in order, so `f` holds what came before.
 */
function inLaterClause(tokens: readonly Token[], at: number, f: SentenceFacts, harm: ReadonlySet<string>): boolean {
  for (let j = at - 1; j > f.first; j--) {
    // "…injuring 13 people two days after the embassy warned of an imminent attack": "after" with a span.
    const spanAfter = WORDS.after_words.has(tokens[j]!.norm) && WORDS.span_words.has(tokens[j - 1]!.norm);
    if (!WORDS.clause_joiners.has(tokens[j]!.norm) && !spanAfter) continue;
    const attackBefore = f.attackWordAt.some((w) => w < j);
    const reportedBefore = f.event || f.happening || tokens.slice(f.first, j).some((t) => harm.has(t.norm));
    return attackBefore && reportedBefore;
  }
  return false;
}

/** Words from a time opener to the anniversary it names: "before the massacre's 20-year anniversary". */
const ANNIVERSARY_TIME_WINDOW = 6;

/**
 * The remembrance word at `at` is the anniversary of another event, the time of attacks told
 * before it: "bombings in the south stoke tension before the massacre's 20-year anniversary", "a bomb
 * wounded three rangers days before the siege anniversary", "… days before the anniversary of the
 * Tak Bai massacre". The other event is named between the opener and the anniversary, or by a name
 * after its "of" ("ahead of the 20th anniversary", "… of the attacks" name none: the attack's own).
 * Matches are read in order, so `f` holds the attack words before it.
 */
function datesEarlierAttack(tokens: readonly Token[], at: number, f: SentenceFacts): boolean {
  for (let j = at - 1; j >= Math.max(f.first, at - ANNIVERSARY_TIME_WINDOW); j--) {
    if (!WORDS.anniversary_time_openers.has(tokens[j]!.norm)) continue;
    const names = (t: Token) => !WORDS.anniversary_fillers.has(t.norm) && !startsWithDigit(t.norm);
    return (tokens.slice(j + 1, at).some(names) || namesEventAfter(tokens, at + 1, f.end)) && f.attackWordAt.some((w) => w < j);
  }
  return false;
}

/** Words after an anniversary's "of" to the name of its event: "the anniversary of the Tak Bai massacre". */
const ANNIVERSARY_OF_WINDOW = 3;

/** "of" right after the anniversary word, then a name ("of the Tak Bai massacre"), not a reference back ("of the attacks"). */
function namesEventAfter(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end || tokens[from]!.norm !== 'of') return false;
  for (let k = from + 1; k < Math.min(end, from + 1 + ANNIVERSARY_OF_WINDOW); k++) {
    if (!WORDS.anniversary_fillers.has(tokens[k]!.norm)) return tokens[k]!.capitalized;
  }
  return false;
}

/** Words a search word may stand before the hostages it is for: "searching for the hostages". */
const SOUGHT_SPAN = 3;

const sought = (tokens: readonly Token[], at: number) =>
  tokens.slice(Math.max(0, at - SOUGHT_SPAN), at).some((t) => t.sentence === tokens[at]!.sentence && WORDS.search_words.has(t.norm));

/** "whether" earlier in the sentence: what follows is asked about, not told. */
function doubted(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && tokens[j]!.sentence === tokens[at]!.sentence; j--) if (WORDS.doubt_words.has(tokens[j]!.norm)) return true;
  return false;
}

/** "The toll has since risen to 71": "since" as an adverb of the update, not a running total. */
const isAdverbSince = (tokens: readonly Token[], at: number) =>
  ['has', 'have', 'had'].includes(tokens[at - 1]?.norm ?? '') || WORDS.rise_words.has(tokens[at + 1]?.norm ?? '');

/** Words between a role's link and the weapon it names: "head of Hezbollah's drone unit". */
const ROLE_SPAN = 3;

/**
 * The weapon of tokens [at, end) names someone's role, not a means used: "responsible for
 * overseeing missile launches", "in charge of the rocket unit", "a drone expert".
 */
function namesRole(tokens: readonly Token[], at: number, end: number): boolean {
  const same = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === tokens[at]!.sentence;
  if (same(end) && end === at + 1 && WORDS.role_nouns_after.has(tokens[end]!.norm)) return true;
  for (let k = at - 1; k >= at - 1 - ROLE_SPAN && same(k); k--) {
    const w = tokens[k]!.norm;
    // "Head of region again reports shelling": the role holder's report, not the weapon's role.
    if (WORDS.said_verbs.has(w)) return false;
    if (WORDS.role_verbs.has(w)) return true;
    if (!WORDS.role_links.has(w) || !same(k - 1)) continue;
    const before = tokens[k - 1]!.norm;
    if (WORDS.role_nouns.has(before)) return true;
    if (WORDS.role_responsible.has(before) && [k - 2, k - 3].some((h) => same(h) && WORDS.role_holders.has(tokens[h]!.norm))) return true;
  }
  return false;
}

/**
 * The word at `at` lies in a relative clause that tells what a group does, in the present: "gangs,
 * who attack villages, steal cattle and abduct farmers", up to a verb in the past.
 */
function inHabitClause(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j > 0 && tokens[j]!.sentence === tokens[at]!.sentence; j--) {
    const w = tokens[j]!.norm;
    if (isPastTense(w)) return false;
    if (WORDS.habit_verbs.has(w) && WORDS.habit_relatives.has(tokens[j - 1]!.norm)) return true;
  }
  return false;
}

/** Words after "since" before the time it names: "since the early hours". */
const SINCE_SKIPS = 2;

/** "since overnight", "since dawn", "since the early hours": the event's own hours, not a running total. */
function isRecentSince(tokens: readonly Token[], at: number): boolean {
  let i = at + 1;
  while (i < at + 1 + SINCE_SKIPS && WORDS.recent_since_skips.has(tokens[i]?.norm ?? '')) i++;
  return tokens[i]?.sentence === tokens[at]!.sentence && WORDS.recent_since_words.has(tokens[i]!.norm);
}

/** Readings of "since" that name no running total: a comparison, an adverb, the day's own hours. */
const SINCE_READINGS = [isComparisonSince, isAdverbSince, isRecentSince];

/** "attacked", "struck": a past-tense verb, not the noun "attack(s)" or "strike(s)" (a "strike drone"). */
const isPastTense = (word: string) => word.endsWith('ed') || word === 'struck';

/** "The attack occurred…", "the blast took place…": a happening verb, not a hypothetical one. */
function tookPlace(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) if (WORDS.happening_verbs.has(tokens[i]!.norm) && !isHypothetical(tokens, i)) return true;
  return false;
}

/** One of the two words before a blast word names an everyday thing that blows up. */
function blastCause(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let i = Math.max(sentenceStart, at - 2); i < at; i++) if (WORDS.blast_causes.has(tokens[i]!.norm)) return true;
  return false;
}

/** Words after a blast word that may lead to its site: "explosion and fire at a Washington state oil refinery". */
const BLAST_SITE_WINDOW = 9;

/** The blast happened at a workplace: "at" or "in", then a refinery, plant, mine… within a few words. */
function blastAtWorkplace(tokens: readonly Token[], after: number, sentenceEnd: number): boolean {
  const end = Math.min(sentenceEnd, after + BLAST_SITE_WINDOW);
  let linked = false;
  for (let i = after; i < end; i++) {
    const w = tokens[i]!.norm;
    if (WORDS.blast_site_links.has(w)) linked = true;
    else if (linked && WORDS.blast_sites.has(w)) return true;
  }
  return false;
}

/** Words between "remnant" and the war it is left from: "a shell left over from the war of the 1980s". */
const LEGACY_WINDOW = 8;

/** Words of a war's name after "from": "from the US-Vietnam War", "from World War II". */
const WAR_NAME_WORDS = 4;

/**
 * A munition left from a past war: "a remnant of the … war", "leftovers of the conflict", or one
 * "from" a war called by its name ("a mortar round from the Vietnam War", "a bomb from the Second
 * World War"): a war with a capitalised name is history, a war going on is "the war in …".
 */
function isLegacyOrdnance(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (tokens[i]!.norm === 'from' && fromNamedWar(tokens, i + 1, f.end)) return true;
    if (!WORDS.legacy_words.has(tokens[i]!.norm)) continue;
    for (let j = i + 1; j < Math.min(f.end, i + LEGACY_WINDOW); j++) if (WORDS.legacy_wars.has(tokens[j]!.norm)) return true;
  }
  return false;
}

function fromNamedWar(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + WAR_NAME_WORDS); j++) {
    const t = tokens[j]!;
    if (t.norm === 'war' && t.capitalized && j > from) return true;
    if (!t.capitalized && t.norm !== 'the') return false;
  }
  return false;
}

/**
 * "Gunmen invade wedding ceremony, kill 19 guests", "militants beheaded five": attackers doing
 * the killing, in the active voice, within a few words ("militants were killed" is not it).
 */
function attackersKill(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues, groups: ReadonlySet<number>): 'kill' | 'assault' | 'act' | null {
  // "launched the strikes after Hamas gunmen opened fire": attackers of the act answered are not this attack's.
  // Nor are attackers or acts told in a clause about another event ("since gunmen stormed a hospital
  // last year", "sheltering the militants who ambushed a truck last month, killing three").
  const referred = (k: number) => f.references.length > 0 && inReference(f.references, k);
  const attacker = (i: number) => (cues.attackers.has(tokens[i]!.norm) || groups.has(i)) && !afterEarlierEvent(tokens, i);
  for (let i = f.first; i < f.end; i++) {
    if (referred(i)) continue;
    const w = tokens[i]!.norm;
    // "miners killed by an armed group", "killed by suspected militants": the passive.
    const next = tokens[i + 1]?.norm ?? '';
    const byAgent = WORDS.passive_agents.has(next);
    if (cues.killing.has(w) && (next === 'by' || byAgent)) {
      for (let j = i + 2; j < agentWindowEnd(tokens, i + 2, f.end); j++) {
        const a = tokens[j]!.norm;
        if (attacker(j) || (tokens[j - 1]!.norm === 'armed' && cues.armed_groups.has(a))) return 'kill';
      }
    }
    // "a police post attacked by militants", "a vessel was attacked by the Houthis": the passive of
    // an assault verb with its attackers is an attack that happened. Gunmen and militants assault;
    // a named group's means are not told by it (a ship is hit by missiles or drones, not by hand).
    if (cues.assaulting.has(w) && ((isPastTense(w) && next === 'by') || byAgent) && !isHypothetical(tokens, i)) {
      for (let j = i + 2; j < agentWindowEnd(tokens, i + 2, f.end); j++) {
        if (cues.attackers.has(tokens[j]!.norm)) return 'assault';
        if (groups.has(j)) return 'act';
      }
    }
    // Inside a group's name, look from its last word ("Allied Democratic Forces killed…").
    if (!attacker(i) || groups.has(i + 1) || tokens[i - 1]?.norm === 'killed') continue;
    for (let j = i + 1; j < f.end; j++) {
      const v = tokens[j]!.norm;
      if (WORDS.passive_between.has(v) || referred(j)) break;
      // Past the subject's own words, only the last verb of a chain in the same clause: "… and fired at them".
      if (j >= i + ATTACKER_VERB_WINDOW) {
        if (WORDS.chain_breakers.has(v)) break;
        if (!WORDS.chain_joiners.has(tokens[j - 1]!.norm)) continue;
      }
      if (cues.killing.has(v)) return isHypothetical(tokens, j) ? null : 'kill';
      // A named group is the subject of claims ("X claimed the attack"): only its killing counts,
      // or an assault verb in the past right after its name ("Boko Haram attacked a village").
      const assaults = cues.assaulting.has(v) || (cues.firing.has(v) && firesAtTarget(tokens, j, f.end));
      if (assaults && (cues.attackers.has(w) || (j === i + 1 && isPastTense(v)))) {
        if (isHypothetical(tokens, j)) return null;
        // "50 feared killed as bandits attack villages": with a killing in the sentence it is one.
        for (let k = f.first; k < f.end; k++) if (cues.killing.has(tokens[k]!.norm)) return 'kill';
        return 'assault';
      }
    }
  }
  return null;
}

/** Words after "by" in which the attackers are named: "killed by suspected Islamist militants". */
const PASSIVE_AGENT_WORDS = 3;

/**
 * Where the attackers after a passive's "by" may be named: three words, and as many more as the
 * collective words among them ("attacked by a band of armed insurgents", "killed by a gang of
 * suspected bandits", "attaqué par un groupe de jihadistes").
 */
function agentWindowEnd(tokens: readonly Token[], from: number, end: number): number {
  let stop = from + PASSIVE_AGENT_WORDS;
  for (let j = from; j < Math.min(end, stop); j++) if (WORDS.agent_collectives.has(tokens[j]!.norm)) stop++;
  return Math.min(end, stop);
}

/** Words from "by" to the weapon that struck: "hit by two Russian missiles". */
const STRUCK_BY_WINDOW = 3;

/**
 * The type of a weapon named as the agent of a passive strike ("attacked by two missiles", "hit by
 * a rocket", "frappé par un drone"): a weapon word (not an attacker's) within a few words after
 * "by" and a count or an article. Not after a modal or a threat ("could be hit by missiles").
 */
function struckByWeapon(tokens: readonly Token[], f: SentenceFacts): AttackType | null {
  for (let i = f.first; i + 1 < f.end; i++) {
    if (!WORDS.weapon_struck_verbs.has(tokens[i]!.norm)) continue;
    const by = tokens[i + 1]!.norm;
    if (by !== 'by' && !WORDS.passive_agents.has(by)) continue;
    // Counted or with an article: "hit by missile fears" names a worry.
    if (i + 2 >= f.end || !(WORDS.struck_by_determiners.has(tokens[i + 2]!.norm) || readNumber(tokens, i + 2))) continue;
    const weapon = f.typeWordAt.find((t) => t.type !== 'armed_assault' && t.at > i + 1 && t.at <= i + 1 + STRUCK_BY_WINDOW);
    if (weapon && !isHypothetical(tokens, i)) return weapon.type;
  }
  return null;
}

/** Words from the forces back to "foil": "Troops of the 25 Brigade have foiled". */
const FOILING_FORCES_WINDOW = 8;
/** Words from "foil" to the attack it foiled: "foiled a major dawn Boko Haram attack". */
const FOILED_ATTACK_WINDOW = 6;

/**
 * Troops who foil or thwart an attack fought it off ("Troops foil insurgent attack on Yobe town",
 * "soldiers have thwarted a dawn raid"): the forces before the verb, an attack noun a few words after
 * it, and no plot between ("foiled a plot to attack" was found before it happened). Where the attack noun is.
 */
function repelledByForces(tokens: readonly Token[], start: number, end: number, sentenceEnd: number): number | null {
  if (end !== start + 1 || !WORDS.foiling_verbs.has(tokens[start]!.norm)) return null;
  const sentence = tokens[start]!.sentence;
  let forces = false;
  for (let j = start - 1; j >= Math.max(0, start - FOILING_FORCES_WINDOW) && tokens[j]!.sentence === sentence; j--)
    if (WORDS.repelling_forces.has(tokens[j]!.norm)) forces = true;
  if (!forces) return null;
  for (let k = end; k < Math.min(sentenceEnd, end + FOILED_ATTACK_WINDOW); k++) {
    const w = tokens[k]!.norm;
    if (WORDS.foiled_plot_words.has(w)) return null;
    if (WORDS.repelled_attack_nouns.has(w)) return k;
  }
  return null;
}

/** Words from attackers to the verb they are the subject of: "gunmen on motorbikes killed". */
const ATTACKER_VERB_WINDOW = 9;

/** Words after "fired" that may lead to its target: "fired several rounds towards the village". */
const FIRE_TARGET_WINDOW = 4;

/** "fired on the search party", "fired several rounds towards Borobekra": a shot with a target, not "fired from a distance". */
function firesAtTarget(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = at + 1; k < Math.min(end, at + 1 + FIRE_TARGET_WINDOW); k++) {
    const w = tokens[k]!.norm;
    if (WORDS.toward_words.has(w) || WORDS.fire_targets.has(w)) return true;
  }
  return false;
}

/**
 * A vehicle driven into or through a crowd: "drove a van into shoppers at a holiday market",
 * "a driver rammed the crowd", "une voiture a foncé dans la foule". A driving verb right before
 * one of the `into` words ("drove into crowds of revellers") needs no vehicle named.
 */
function isRamming(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  let vehicle = false;
  let anyVerb = false;
  for (let i = f.first; i < f.end; i++) {
    if (cues.ramming.vehicles.has(tokens[i]!.norm)) vehicle = true;
    if (cues.ramming.verbs.has(tokens[i]!.norm)) anyVerb = true;
  }
  if (vehicle && drivenAtOnPurpose(tokens, f)) return true;
  // Every reading below needs a ramming verb: most sentences have none.
  if (!anyVerb) return false;
  let verb = false;
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    if (cues.ramming.verbs.has(w)) verb = true;
    // Hungarian and Turkish carry "into" in the crowd's ending or a postposition after it, and may
    // put the verb last: "nyergesvontató száguldott az embertömegbe", "a tüntetők közé hajtott".
    const entered = cues.ramming.crowds_entered.has(w) || (cues.ramming.crowds.has(w) && cues.ramming.into_after.has(tokens[i + 1]?.norm ?? ''));
    if (entered && vehicle && anyVerb) return true;
    if (!cues.ramming.crowds.has(w)) continue;
    // German puts the participle last: "ist ein Auto in eine Menschengruppe gerast", "in die Menge
    // hinein gefahren": a vehicle, "into" and the crowd, then the driving verb.
    if (!verb && vehicle && verbRightAfter(tokens, i, f.end, cues) && tokens.slice(Math.max(f.first, i - 3), i).some((t) => cues.ramming.into.has(t.norm)))
      return true;
    if (!verb) continue;
    for (let j = i - 1; j >= Math.max(f.first, i - 4); j--) {
      const v = tokens[j]!.norm;
      const through = cues.ramming.into.has(v);
      if (through && (vehicle || cues.ramming.verbs.has(tokens[j - 1]?.norm ?? ''))) return true;
      // "rammed the crowd": the verb itself takes the crowd.
      if (vehicle && cues.ramming.verbs.has(v) && i - j <= 2) return true;
    }
  }
  return false;
}

/** Words from a crowd to a driving verb told after it: "in die Menge hinein gefahren". */
const VERB_AFTER_CROWD = 2;

function verbRightAfter(tokens: readonly Token[], i: number, end: number, cues: SentenceCues): boolean {
  for (let j = i + 1; j <= Math.min(end - 1, i + VERB_AFTER_CROWD); j++) if (cues.ramming.verbs.has(tokens[j]!.norm)) return true;
  return false;
}

/** Words from "deliberately" to its driving or hitting verb, either side: "appeared to deliberately plough", "atropelló deliberadamente". */
const DELIBERATE_VERB_WINDOW = 2;

/**
 * A vehicle's driving or hitting verb said to be on purpose ("car deliberately hits pedestrians", "a
 * motorist appeared to deliberately plough into them", "atropelló deliberadamente"): a ramming,
 * whatever the people are called; the sentence names the vehicle.
 */
function drivenAtOnPurpose(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (!WORDS.deliberate_words.has(tokens[i]!.norm)) continue;
    for (let j = Math.max(f.first, i - DELIBERATE_VERB_WINDOW); j < Math.min(f.end, i + DELIBERATE_VERB_WINDOW + 1); j++)
      if (j !== i && WORDS.vehicle_hit_verbs.has(tokens[j]!.norm) && !isHypothetical(tokens, j)) return true;
  }
  return false;
}

/** "between 10 and 16 November", "from 3 to 9 March", "between January and June", "de enero a junio". */
function hasDateRange(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (!WORDS.date_range_openers.has(tokens[i]!.norm)) continue;
    const window = tokens.slice(i + 1, Math.min(f.end, i + 7));
    if (!window.some((t) => WORDS.date_range_joiners.has(t.norm))) continue;
    const days = window.filter(isDayNumber).length;
    const months = window.filter((t) => WORDS.month_names.has(t.norm) && (t.norm !== 'may' || t.capitalized)).length;
    // "between 10 and 16 November" (two days of a month), "between January and June" (two months).
    if ((days >= 2 && months >= 1) || months >= 2) return true;
  }
  return false;
}

/**
 * "In 2017, …", "Since 2019 …", "Back in 2015 …": a sentence set in a past year; or (round 24) a
 * toll dated by its year right after its casualty word ("a priest was shot dead in 2018"): news
 * dates this event by its day, an earlier one by its year.
 */
function setInPastYear(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    // A year inside a clause about another event sets that clause, not the sentence (round 27).
    if (f.references.length > 0 && inReference(f.references, i)) continue;
    if ((tokens[i]!.norm === 'in' || tokens[i]!.norm === 'since') && isYear(tokens[i + 1]?.norm ?? '')) {
      if (i < f.first + 3 || (i > f.first && WORDS.after_figure.has(tokens[i - 1]!.norm))) return true;
    }
  }
  return false;
}

function hasYearAndRelative(tokens: readonly Token[], f: SentenceFacts): boolean {
  let year = false;
  let relative = false;
  for (let i = f.first; i < f.end; i++) {
    // A year and relative inside a clause about another event set that clause, not the sentence (round 27).
    if (f.references.length > 0 && inReference(f.references, i)) continue;
    if (isYear(tokens[i]!.norm)) year = true;
    if (tokens[i]!.norm === 'which' && tokens[i - 1]?.norm === 'in') relative = true;
    // "the week in February 1944 when bombers struck…": a clause dated by its year, as history is.
    if (tokens[i]!.norm === 'when' && isYear(tokens[i - 1]?.norm ?? '')) relative = true;
  }
  return year && relative;
}

function yieldsTo(weak: AttackType, f: SentenceFacts, tokens: readonly Token[]): boolean {
  const over = TYPE_YIELDS[weak];
  const apart = namesOwnMeans(tokens, f, weak);
  return over?.some((t) => t !== weak && (f.types.has(t) || f.weakTypes.has(t)) && !apart.has(t)) ?? false;
}

/** Words of a type's phrase looked at for a word of its own means: "small arms fire", "attack helicopters". */
const MEANS_PHRASE_WORDS = 3;

/** Words from a means to the verb that makes it act: "helicopter gunships and drones struck". */
const MEANS_VERB_SPAN = 4;

/**
 * The types a sentence's `type` stands apart from, when one of its phrases names a means of its own
 * (grammar.yaml `own_means`): "a car bomb and gunfire" names the shooting beside the bomb, "helicopter
 * gunships and drones" the aircraft beside the drones; "gunmen" or "Israeli strike" name none.
 */
export function namesOwnMeans(tokens: readonly Token[], f: SentenceFacts, type: AttackType): ReadonlySet<AttackType> {
  const means = WORDS.own_means[type];
  if (!means) return NONE;
  const { words, heard_after, acting } = means;
  const own = (at: number) =>
    tokens.slice(at, Math.min(f.end, at + MEANS_PHRASE_WORDS)).some((t) => words.has(t.norm)) &&
    !(heard_after && tokens.slice(f.first, at).some((t) => heard_after.has(t.norm))) &&
    !(acting && !tokens.slice(at + 1, Math.min(f.end, at + 1 + MEANS_VERB_SPAN)).some((t) => acting.has(t.norm)));
  return f.typeWordAt.some((w) => w.type === type && own(w.at)) ? (OWN_MEANS_APART[type] ?? NONE) : NONE;
}

/** The types a means of its own stands apart from: shots and blades from bombs, drones and shells; aircraft from drones. */
const OWN_MEANS_APART: Partial<Record<AttackType, ReadonlySet<AttackType>>> = {
  armed_assault: new Set(['drone', 'rocket', 'missile', 'mortar_artillery', 'airstrike', 'ied']),
  airstrike: new Set(['drone']),
};

const NONE: ReadonlySet<AttackType> = new Set();

/** "in response to an airstrike", "in retaliation for (to) …", "shortly after US strikes", "still reeling from bombings": an earlier attack. */
export function afterEarlierEvent(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 8); j--) {
    if (tokens[j]!.sentence !== tokens[at]!.sentence) return false;
    const w = tokens[j]!.norm;
    const prev = tokens[j - 1]!.norm;
    if ((w === 'to' && (prev === 'response' || prev === 'retaliation')) || (w === 'for' && (prev === 'retaliation' || prev === 'revenge'))) return true;
    if (w === 'after' && (prev === 'shortly' || WORDS.span_words.has(prev) || answers(tokens, j - 1))) return true;
    // "a port city still reeling from bombings that left 12 dead in May": an earlier attack that marked the place.
    if (w === 'from' && WORDS.recall_from_verbs.has(prev)) return true;
  }
  return false;
}

/**
 * The word at `at` tells another event than the sentence's own: a clause the clause roles give to
 * another event (clauses.ts), or one answered ("in response to an airstrike").
 */
export function referredAt(tokens: readonly Token[], facts: readonly SentenceFacts[], at: number): boolean {
  const f = facts[tokens[at]!.sentence];
  return (f !== undefined && f.references.length > 0 && inReference(f.references, at)) || afterEarlierEvent(tokens, at);
}

/** Words from an attack noun back to its launch verb: "launched the air strikes". */
const ANSWER_LAUNCH_SPAN = 3;

/** The word at `at`, just before "after", tells an attack that answered another: "launched the strikes", "retaliated". */
function answers(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]!.norm;
  if (WORDS.answer_verbs.has(w) || WORDS.answer_verbs.has(`${tokens[at - 1]?.norm ?? ''} ${w}`)) return true;
  if (!WORDS.answer_attack_nouns.has(w)) return false;
  for (let k = at - 1; k >= Math.max(0, at - ANSWER_LAUNCH_SPAN) && tokens[k]!.sentence === tokens[at]!.sentence; k--)
    if (WORDS.answer_launch_verbs.has(tokens[k]!.norm)) return true;
  return false;
}

/** Words a headline's subject may take before its "to" ("India to buy…", "Pakistan's army to get…"). */
const HEADLINE_SUBJECT_WORDS = 3;

/**
 * Headline future: the sentence opens with a capitalised subject and "to" ("India to buy 31 armed
 * drones", "Kenya to send police to Haiti"), which in headlines means "will".
 */
function isHeadlineFuture(tokens: readonly Token[], to: number): boolean {
  let start = to;
  while (start > 0 && tokens[start - 1]!.sentence === tokens[to]!.sentence) start--;
  if (start === to || to - start > HEADLINE_SUBJECT_WORDS) return false;
  for (let i = start; i < to; i++) if (!tokens[i]!.capitalized) return false;
  return true;
}

/**
 * Hindi and Urdu put the condition before its verb and close it with "then": "यदि ईरान ने हम पर हमला
 * किया तो…" (if Iran attacked us, then…). An attack word between "if" and its "then" did not happen.
 */
function inConditional(tokens: readonly Token[], at: number): boolean {
  // Only words of a caseless script (Devanagari, Arabic) are read so: other text costs nothing.
  if (!tokens[at]!.caseless) return false;
  const sentence = tokens[at]!.sentence;
  let opened = false;
  for (let j = at - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    if (WORDS.conditional_closers.has(tokens[j]!.norm)) return false;
    if (WORDS.conditional_openers.has(tokens[j]!.norm)) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let j = at + 1; j < tokens.length && tokens[j]!.sentence === sentence; j++) if (WORDS.conditional_closers.has(tokens[j]!.norm)) return true;
  return false;
}

/** "will strike", "threatened to attack", "could hit": not something that happened. */
export function isHypothetical(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  if (inConditional(tokens, at)) return true;
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return false;
    // "on 12 May 2025 repelled an attack": the month, not the modal.
    if (WORDS.modals.has(t.norm) && !(t.norm === 'may' && t.capitalized)) return true;
    if (t.norm === 'to' && (WORDS.intent_before_to.has(tokens[j - 1]?.norm ?? '') || isHeadlineFuture(tokens, j))) return true;
    if (t.norm === 'not' || t.norm === 'never' || WORDS.prevention.has(t.norm)) return true;
    if (WORDS.repelling_verbs.has(t.norm) && tokens[j - 1]?.norm === 'to') return true;
  }
  return false;
}

/**
 * A sentence reports an attack when it names an attack type and says something happened (or
 * names the event itself: "airstrike", "roadside bomb"), or speaks of an attack with harm or a
 * target, and nothing in it makes it an exercise, test, plan, trial or memory.
 */
export function isEvidence(f: SentenceFacts, inTitle: boolean): boolean {
  for (const c of f.context) if (inTitle || !TITLE_ONLY_CONTEXT.has(c)) return false;
  // "Gas leak causes apartment blast": a look-alike phrase explains the sentence's blast or harm.
  if (f.suppressed && f.types.size === 0) return false;
  if (f.types.size > 0 && (f.strong || f.event || f.generic || f.casualty || f.tollNext)) return true;
  if (f.generic && (f.casualty || (f.event && f.targets.size > 0))) return true;
  return false;
}

/** "HAKKARİ (İHA) -": a news agency's name alone in parentheses is the story's credit, no word of it. */
function agencyCredit(tokens: readonly Token[], start: number, end: number, text: string): boolean {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  return end === start + 1 && WORDS.agency_credits.has(first.norm) && text[first.start - 1] === '(' && text[last.end] === ')';
}
