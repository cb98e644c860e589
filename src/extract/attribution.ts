/**
 * Which stated figures are this event's toll. News states many figures: this attack's, earlier
 * attacks' in background paragraphs, totals over a war or a campaign, the attackers' claims,
 * guesses. Each figure is read in its clause (where it stands, its subject, what opens the clause,
 * who says it) and scored with the named weights of `TOLL_ATTRIBUTION`; it counts when its score is
 * above zero.
 */
import type { Figure } from './casualties.js';
import { isComparisonSince } from './casualties.js';
import { clauseOf, inMonth, inReference, type ReferenceSpan } from './clauses.js';
import type { Token } from './normalize.js';
import { isYear, readNumber } from './numbers.js';
import { TOLL_ATTRIBUTION as W } from './weights.js';
import { WORDS } from './words.js';

/** What the clause of a figure says about it. */
export interface TollSignals {
  lead: boolean;
  update: boolean;
  series: boolean;
  earlierClause: boolean;
  comparison: boolean;
  claim: boolean;
  speculation: boolean;
  superseded: boolean;
  outlier: boolean;
}

/** A figure with the sentence it stands in, its signals and its score. */
export interface AttributedFigure {
  figure: Figure;
  sentence: number;
  signals: TollSignals;
  score: number;
}

/** A sentence's bounds: tokens [first, end), and its clauses about other events (clauses.ts). */
export interface SentenceSpan {
  first: number;
  end: number;
  references?: readonly ReferenceSpan[];
}

/** The title and the first sentence say what happened. */
export const LEAD_SENTENCES = 2;
/** Words looked back from a figure for a rise word ("the toll from Monday's bombing has risen to"). */
const UPDATE_SPAN = 8;
/** Words looked back from a figure for a modal ("could be as high as ten"). */
const SPECULATION_SPAN = 6;
/** Words a speaker may take before its speech verb ("Abdiasis Abu Musab, al Shabaab's spokesman, said"). */
const SPEAKER_SPAN = 6;
/** Words after a figure's start looked at for the speaker's own people ("five of its fighters"). */
const OWN_SPAN = 4;

/** Clauses looked back from a relative clause for the noun it speaks of. */
const RELATIVE_REACH = 3;

/** "has risen to", "climbed to", "the new toll": a rise word shortly before the figure. */
function isUpdate(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  for (let j = at - 1; j >= Math.max(span.first, at - UPDATE_SPAN); j--) if (WORDS.rise_words.has(tokens[j]!.norm)) return true;
  return false;
}

/** A series noun not counted as this attack's parts ("twin attacks", "two bombings", "a wave of coordinated attacks" are). */
function isSeriesAt(tokens: readonly Token[], k: number): boolean {
  if (!WORDS.series_nouns.has(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    if (WORDS.series_counters.has(tokens[j]!.norm)) return false;
    if ((readNumber(tokens, j)?.value ?? null) !== null) return false;
  }
  if (tokens[k + 1]?.norm === 'of') for (let j = k + 2; j < k + 4; j++) if (WORDS.series_counters.has(tokens[j]?.norm ?? '')) return false;
  return true;
}

/** Words between a series noun and the verb it is the subject of ("a bombing spree across Pakistan has killed"). */
const SUBJECT_SPAN = 5;
/** Words between a figure and the war it is counted in ("killed in the country's long civil war"). */
const SCOPE_SPAN = 6;

/**
 * A series or a war is the subject of the figure's verb ("a bombing spree across Pakistan has
 * killed 2,000", "a string of raids that took five lives", "The raids killed five people"), or
 * the figure is counted in a war ("80,000 people have died in the country's civil war").
 */
function isSeries(tokens: readonly Token[], text: string, at: number, clause: [number, number], inLead: boolean): boolean {
  if (countedInThousands(tokens, at)) return true;
  for (let k = clause[0]; k < at; k++) {
    if (!isSeriesAt(tokens, k)) continue;
    // "Israeli air raids across Gaza kill 18" in the title or lead: the day's roundup is the report.
    if (inLead && WORDS.plural_attack_nouns.has(tokens[k]!.norm)) continue;
    // Its verb names the harm ("has killed") or the lives it took ("that took nine lives").
    const verb = (w: string) => WORDS.before_figure.has(w) || WORDS.life_taking_verbs.has(w);
    for (let j = k + 1; j < Math.min(at, k + 1 + SUBJECT_SPAN); j++) if (verb(tokens[j]!.norm)) return true;
  }
  for (let k = at + 1; k < clause[1]; k++) {
    if (tokens[k]!.norm !== 'in' && tokens[k]!.norm !== 'during') continue;
    for (let j = k + 1; j < Math.min(clause[1], k + 1 + SCOPE_SPAN); j++)
      if (WORDS.war_nouns.has(tokens[j]!.norm) && !compoundModifier(tokens, text, j)) return true;
  }
  return false;
}

/**
 * "in the war-torn south", "in the insurgency-hit province": a noun hyphened to the word after it
 * is part of an adjective describing the scene, not the war a figure is counted in.
 */
function compoundModifier(tokens: readonly Token[], text: string, j: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && next.sentence === tokens[j]!.sentence && text.slice(tokens[j]!.end, next.start) === '-';
}

/** The smallest scale word that counts a war's dead rather than one attack's: "thousand", "mil", "Tausend". */
const WAR_SCALE = 1000;

/**
 * "the conflict has left 260 thousand dead", "260 mil muertos", "5 тысяч погибших": a figure
 * counted with a scale word of thousands or more is a war's or a campaign's toll; one attack's is
 * written in digits.
 */
function countedInThousands(tokens: readonly Token[], at: number): boolean {
  const n = readNumber(tokens, at);
  return n !== undefined && n.end > at + 1 && (WORDS.number_scales[tokens[n.end - 1]!.norm] ?? 0) >= WAR_SCALE;
}

/**
 * "a day after six guards died", "shortly after", "the arson follows last week's raid on a church, in which three
 * people died", "a note referencing the attacks on two mosques in Christchurch, that killed 50": the
 * figure is in a clause about an earlier event. A clause opening with a relative pronoun belongs to
 * the noun of the clause before it, which is read too.
 */
function inEarlierClause(tokens: readonly Token[], text: string, at: number, clause: [number, number], span: SentenceSpan): boolean {
  if (inDatedRelative(tokens, at, span)) return true;
  let from = clause[0];
  // "…days after a raid on a church in Leeds, in northern England, that left three
  // people dead": the noun may lie a place phrase or two back.
  if (WORDS.relative_pronouns.has(tokens[from]!.norm))
    for (let k = 0; k < RELATIVE_REACH && from > span.first; k++) from = clauseOf(tokens, text, from - 1, span)[0];
  for (let j = at - 1; j >= from; j--) {
    if (WORDS.earlier_event_verbs.has(tokens[j]!.norm)) return true;
    if (j === from || !WORDS.after_words.has(tokens[j]!.norm)) continue;
    const prev = tokens[j - 1]!.norm;
    if (prev === 'shortly' || WORDS.span_words.has(prev)) return true;
  }
  return false;
}

/**
 * "…outside the stadium, where 31 died in a bombing … in March 2016": a
 * relative clause that names a year tells what happened there before.
 */
function inDatedRelative(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  let relative = -1;
  for (let j = at - 1; j > span.first && relative < 0; j--)
    if (WORDS.relative_pronouns.has(tokens[j]!.norm) || WORDS.relative_adverbs.has(tokens[j]!.norm)) relative = j;
  if (relative < 0) return false;
  for (let j = relative + 1; j < span.end; j++) if (isYear(tokens[j]!.norm) || inMonth(tokens, j)) return true;
  return false;
}

/**
 * "…the killing of over 20 people at a village in Kaduna about a fortnight ago": after the lead, a
 * sentence dated days, weeks or years back tells an earlier event (not "hours ago").
 */
function saysAgo(tokens: readonly Token[], span: SentenceSpan): boolean {
  for (let j = span.first + 1; j < span.end; j++)
    if (WORDS.ago_words.has(tokens[j]!.norm) && WORDS.span_words.has(tokens[j - 1]!.norm) && !WORDS.recent_spans.has(tokens[j - 1]!.norm)) return true;
  return false;
}

/**
 * After "since" in a comparison ("the deadliest since a car bomb … killing 125"): the compared
 * event's figure. Not past the comma that closes a comparison opening the sentence ("In the
 * deadliest ambush since 2010, 24 policemen died"): the main clause after it tells this event,
 * unless a relative word opens it ("…since 2017, when a truck bomb killed 500").
 */
function afterComparison(tokens: readonly Token[], text: string, at: number, span: SentenceSpan): boolean {
  for (let j = at - 1; j >= span.first; j--) {
    if (tokens[j]!.norm !== 'since' || !isComparisonSince(tokens, j)) continue;
    const [opens, closes] = clauseOf(tokens, text, j, span);
    const fronted = WORDS.year_preps.has(tokens[opens]!.norm) && closes <= at;
    const relative = WORDS.relative_adverbs.has(tokens[closes]?.norm ?? '') || WORDS.relative_pronouns.has(tokens[closes]?.norm ?? '');
    return !fronted || relative;
  }
  return false;
}

/** "could be as high as ten", "may increase to more than 50", "is likely to rise to 40": a guess. */
function isSpeculation(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  // "as many as 20 people may have died": the modal after the counted group.
  for (let j = at + 1; j < Math.min(span.end, at + SPECULATION_SPAN); j++) {
    const w = tokens[j]!;
    if (WORDS.after_figure.has(w.norm) || WORDS.before_figure.has(w.norm)) break;
    if (WORDS.modals.has(w.norm) && !w.capitalized && WORDS.speculation_verbs.has(tokens[j + 1]?.norm ?? '')) return true;
    if (WORDS.modals.has(w.norm) && !w.capitalized && tokens[j + 1]?.norm === 'have' && tokens[j + 2]?.norm === 'been') return true;
  }
  for (let j = at - 1; j >= Math.max(span.first, at - SPECULATION_SPAN); j--) {
    const w = tokens[j]!;
    // "nine are missing and would be listed as dead and 60 were hurt": a casualty word and "and"
    // close the clause the modal was in.
    if (WORDS.list_joiners.has(w.norm) && WORDS.after_figure.has(tokens[j - 1]?.norm ?? '')) break;
    const guess = (WORDS.modals.has(w.norm) && !(w.norm === 'may' && w.capitalized)) || WORDS.likelihood_words.has(w.norm);
    if (!guess) continue;
    for (let k = j + 1; k < Math.min(at, j + 4); k++) if (WORDS.speculation_verbs.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** An armed group or the other side ("al Shabaab", "the militants") at token `k`. */
const isAttacker = (tokens: readonly Token[], k: number, armedGroups: ReadonlySet<number>) => armedGroups.has(k) || WORDS.hostile_nouns.has(tokens[k]!.norm);

/**
 * The speaker of the speech verb at `j` is an attacker: the group itself ("al Shabaab said"), or its
 * spokesman ("al Shabaab's military operation spokesman, told Reuters"); not a body the group runs
 * ("the Houthi-run health ministry said").
 */
function attackerSpeaks(tokens: readonly Token[], j: number, from: number, armedGroups: ReadonlySet<number>): boolean {
  const head = j - 1;
  if (head < from) return false;
  if (isAttacker(tokens, head, armedGroups)) return true;
  if (!WORDS.source_nouns.has(tokens[head]!.norm)) return false;
  for (let k = head - 1; k >= Math.max(from, head - SPEAKER_SPAN); k--) if (isAttacker(tokens, k, armedGroups)) return true;
  return false;
}

/**
 * The attackers say the figure: "al Shabaab said 21 were killed" (the group speaks in the figure's
 * clause), or "He said its fighters killed 9 guards" right after a sentence where the group spoke.
 * Not the group's own losses ("said three of its men died and two were hurt").
 */
function isAttackersWord(
  tokens: readonly Token[],
  at: number,
  clause: [number, number],
  span: SentenceSpan,
  previous: SentenceSpan | undefined,
  armedGroups: ReadonlySet<number>,
): boolean {
  // "le groupe terroriste affirme avoir tué neuf soldats": the wire languages' verbs of an own tally.
  const speaks = (w: string) => WORDS.speech_words.has(w) || WORDS.attacker_speech_words.has(w);
  for (let j = at - 1; j >= clause[0]; j--) {
    if (!speaks(tokens[j]!.norm) || WORDS.claim_objects.has(tokens[j + 1]?.norm ?? '')) continue;
    for (let k = j + 1; k < Math.min(clause[1], at + OWN_SPAN); k++) if (WORDS.own_possessives.has(tokens[k]!.norm)) return false;
    if (attackerSpeaks(tokens, j, clause[0], armedGroups)) return true;
    // "He said …": the speaker of the sentence before.
    if (j <= span.first + 1 && WORDS.speaker_pronouns.has(tokens[span.first]!.norm) && previous) {
      for (let k = previous.first; k < previous.end; k++) if (speaks(tokens[k]!.norm) && attackerSpeaks(tokens, k, previous.first, armedGroups)) return true;
    }
  }
  return false;
}

/** Words between an "earlier"-like adverb and its report verb ("had initially been reported", "earlier reporting"). */
const EARLIER_REPORT_SPAN = 3;

/**
 * The figure is one the text says was reported before and has since revised: "…raised the toll to 9,
 * having earlier given 7 dead and 4 hurt", "police had initially reported 25", "up from 40".
 */
function isSuperseded(tokens: readonly Token[], at: number, clause: [number, number]): boolean {
  for (let j = clause[0]; j < at; j++) {
    const w = tokens[j]!.norm;
    if (WORDS.earlier_report_adverbs.has(w)) {
      for (let k = j + 1; k <= Math.min(at - 1, j + EARLIER_REPORT_SPAN); k++) if (WORDS.report_verbs.has(tokens[k]!.norm)) return true;
      for (let k = j - 1; k >= Math.max(clause[0], j - EARLIER_REPORT_SPAN); k--) if (WORDS.report_verbs.has(tokens[k]!.norm)) return true;
    }
  }
  // "up from 59", "rose from 11": the figure the toll rose from.
  const from = tokens[at - 1]?.norm === 'from' ? at - 1 : -1;
  return from > clause[0] && (tokens[from - 1]!.norm === 'up' || WORDS.rise_words.has(tokens[from - 1]!.norm));
}

const scoreOf = (s: TollSignals, inLead: boolean): number =>
  (inLead ? W.lead : W.body) +
  (s.update ? W.update : 0) +
  (s.series ? W.series : 0) +
  (s.earlierClause ? W.earlierClause : 0) +
  (s.comparison ? W.comparison : 0) +
  (s.claim ? W.claim : 0) +
  (s.speculation ? W.speculation : 0) +
  (s.superseded ? W.superseded : 0) +
  (s.outlier ? W.outlier : 0);

/**
 * "Airstrikes killed seven villagers" in the lead, then "the raids killed seven people and hurt two
 * more": a later sentence that tells the lead's own killed figure again is this event retold, not a
 * series' running total, and the wounded told beside it are this event's.
 */
function restatedLeadToll(out: AttributedFigure[]): void {
  const leadKilled = new Set(out.filter((a) => a.signals.lead && a.score > 0 && a.figure.kind === 'killed').map((a) => a.figure.value));
  const restating = new Set(
    out
      .filter((a) => !a.signals.lead && a.signals.series && a.figure.kind === 'killed' && a.figure.value !== null && leadKilled.has(a.figure.value))
      .map((a) => a.sentence),
  );
  for (const a of out) {
    if (!restating.has(a.sentence) || !a.signals.series) continue;
    a.signals.series = false;
    a.score = scoreOf(a.signals, a.signals.lead);
  }
}

/**
 * Scores each figure of `bySentence` (sentence index → its figures) and returns them all with
 * their signals; those with a score above zero are this event's.
 */
export function attributeFigures(
  tokens: readonly Token[],
  text: string,
  spans: readonly SentenceSpan[],
  bySentence: ReadonlyMap<number, readonly Figure[]>,
  armedGroups: ReadonlySet<number>,
): AttributedFigure[] {
  const out: AttributedFigure[] = [];
  for (const [s, figures] of bySentence) {
    const span = spans[s]!;
    const inLead = s < LEAD_SENTENCES;
    for (const figure of figures) {
      const clause = clauseOf(tokens, text, figure.at, span);
      const signals: TollSignals = {
        lead: inLead,
        update: isUpdate(tokens, figure.at, span),
        series: isSeries(tokens, text, figure.at, clause, inLead),
        // A clause the clause roles (clauses.ts) give to another event, or one read so here.
        earlierClause:
          (span.references !== undefined && inReference(span.references, figure.at)) ||
          inEarlierClause(tokens, text, figure.at, clause, span) ||
          (!inLead && saysAgo(tokens, span)),
        comparison: afterComparison(tokens, text, figure.at, span),
        claim: isAttackersWord(tokens, figure.at, clause, span, s > 0 ? spans[s - 1] : undefined, armedGroups),
        speculation: isSpeculation(tokens, figure.at, span),
        superseded: isSuperseded(tokens, figure.at, clause),
        outlier: false,
      };
      out.push({ figure, sentence: s, signals, score: scoreOf(signals, inLead) });
    }
  }
  restatedLeadToll(out);
  // A revised report yields only to the figure that revised it: alone, it is still the toll.
  for (const kind of ['killed', 'injured'] as const) {
    const ofKind = out.filter((a) => a.figure.kind === kind);
    if (ofKind.some((a) => !a.signals.superseded && a.score > 0)) continue;
    for (const a of ofKind) {
      if (!a.signals.superseded) continue;
      a.signals.superseded = false;
      a.score = scoreOf(a.signals, a.signals.lead);
    }
  }
  // A figure far above the lead's own, not told as an update, is a total ("the war has killed 130,000").
  for (const kind of ['killed', 'injured'] as const) {
    const anchor = Math.max(0, ...out.filter((a) => a.signals.lead && a.score > 0 && a.figure.kind === kind).map((a) => a.figure.value ?? 0));
    if (anchor === 0) continue;
    for (const a of out) {
      if (a.signals.lead || a.figure.kind !== kind || a.signals.update || (a.figure.value ?? 0) <= anchor) continue;
      // "air raids pounded the north of the strip overnight, killing at least 30" after
      // a lead of ten killed in one strike: many attacks' toll, wider than this one's.
      if (!a.signals.series && pluralAttackSubject(tokens, a.figure.at, spans[a.sentence]!)) a.signals.series = true;
      else if ((a.figure.value ?? 0) > anchor * W.outlierRatio) a.signals.outlier = true;
      else continue;
      a.score = scoreOf(a.signals, false);
    }
  }
  return out;
}

/** Words between a plural attack noun and the figure of the clause it is the subject of ("airstrikes have hit … Gaza overnight, killing at least 14"). */
const PLURAL_SUBJECT_SPAN = 12;

/** A plural attack noun, not counted, before the figure in its sentence: "Israeli airstrikes … killing 14". */
function pluralAttackSubject(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  for (let k = Math.max(span.first, at - PLURAL_SUBJECT_SPAN); k < at; k++) {
    if (!WORDS.plural_attack_nouns.has(tokens[k]!.norm)) continue;
    // Counted or joined ("two airstrikes", "twin strikes"), they are this attack's parts.
    const counted = [k - 1, k - 2].some(
      (j) => j >= span.first && (WORDS.series_counters.has(tokens[j]!.norm) || (readNumber(tokens, j)?.value ?? null) !== null),
    );
    if (!counted) return true;
  }
  return false;
}
