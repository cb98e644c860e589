/**
 * Clause roles (round 27): which clauses of a sentence tell this event and which refer to another
 * one. News sets an attack against others inside the very sentence that tells it: "…, the deadliest
 * since a truck bombing in 2019 that killed 40", "…, a month after a drone strike in Mali left 30
 * dead", "…, the latest in a series of raids that have killed 100 this year", "…, in which two died
 * last year". Such a reference clause lends nothing to this event: not its means (types stage),
 * not its places or country (places stage), not its toll (casualties stage). One map, built here
 * once per document from the cues of `config/data/grammar.yaml` (`reference_*`, `past_anchors`),
 * is what every stage reads, instead of each stage guessing the clause again.
 */
import { isComparisonSince } from './casualties.js';
import type { Token } from './normalize.js';
import { isYear, startsWithDigit } from './numbers.js';
import { isDayNumber } from './when.js';
import { WORDS } from './words.js';

/** A sentence's bounds: tokens [first, end). */
export interface SentenceSpan {
  first: number;
  end: number;
}

/** Tokens [start, end) of a clause that refers to another event than the one the sentence tells. */
export type ReferenceSpan = readonly [number, number];

// The Arabic-script comma and semicolon end a clause as the Latin ones do.
const PUNCTUATION = /[,;:()—–،؛]/;

/** Punctuation stands between token `i - 1` and token `i`. */
export function breakBefore(tokens: readonly Token[], text: string, i: number): boolean {
  return i > 0 && PUNCTUATION.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/** The clause around token `at`: from the punctuation before it to the punctuation after it, within the sentence. */
export function clauseOf(tokens: readonly Token[], text: string, at: number, span: SentenceSpan): [number, number] {
  let from = at;
  while (from > span.first && !breakBefore(tokens, text, from)) from--;
  let to = at + 1;
  while (to < span.end && !breakBefore(tokens, text, to)) to++;
  return [from, to];
}

/**
 * "…a market in Gao that killed 31 people in February": a month named alone after "in" (no day
 * beside it) dates an earlier event as a year does; this one is told by its day ("on Friday").
 */
export function inMonth(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.capitalized && WORDS.month_names.has(t.norm) && WORDS.year_preps.has(tokens[j - 1]?.norm ?? '') && !isDayNumber(tokens[j + 1]);
}

/** Words before "similar" that still open the sentence with it: "In a similar attack". */
const SIMILAR_OPENING = 3;

/** Words looked back from a "since" for its superlative: "the worst toll of any single attack since". */
const SUPERLATIVE_REACH = 8;

/** Every word that may open a reference clause: a document without one costs a set look-up a word. */
const OPENERS: ReadonlySet<string> = new Set([
  ...WORDS.reference_since,
  ...WORDS.after_words,
  ...WORDS.reference_follow_verbs,
  ...WORDS.reference_latest,
  ...WORDS.reference_similar,
  ...WORDS.relative_pronouns,
  ...WORDS.relative_adverbs,
  ...WORDS.reference_relatives,
]);

/** "the worst attack since", "la plus meurtrière depuis", "el peor desde": a "since" of a comparison. */
function comparisonSince(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  if (!WORDS.reference_since.has(tokens[at]!.norm)) return false;
  if (isComparisonSince(tokens, at)) return true;
  for (let j = at - 1; j >= Math.max(span.first, at - SUPERLATIVE_REACH); j--) if (WORDS.reference_superlatives.has(tokens[j]!.norm)) return true;
  return false;
}

/** A relative word at `at` opens a clause about a noun before it: English anywhere past the first word, the others after a comma. */
function relativeOpener(tokens: readonly Token[], text: string, at: number, span: SentenceSpan): boolean {
  if (at <= span.first) return false;
  const w = tokens[at]!.norm;
  if (WORDS.relative_pronouns.has(w) || WORDS.relative_adverbs.has(w)) return true;
  return WORDS.reference_relatives.has(w) && breakBefore(tokens, text, at);
}

/** "in a similar attack", "dans un attentat similaire": the similar event is where the sentence's harm happened. */
function toldIn(tokens: readonly Token[], at: number, span: SentenceSpan): boolean {
  for (let j = at - 1; j >= Math.max(span.first, at - 3); j--) if (WORDS.year_preps.has(tokens[j]!.norm)) return true;
  return false;
}

/** The words from `at` tell a clock time or a part of the day: "7 p.m.", "midnight", "dawn". */
function ownTime(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.norm ?? '';
  return startsWithDigit(w) || WORDS.day_parts.has(w) || WORDS.recent_time_words.has(w);
}

/** A year of an earlier event ("in 2019", "the 2019 bombing"), not the last word of this event's full date ("12 May 2025"). */
function pastYear(tokens: readonly Token[], j: number): boolean {
  if (!isYear(tokens[j]!.norm)) return false;
  const prev = tokens[j - 1];
  return !(prev && (WORDS.month_names.has(prev.norm) || isDayNumber(prev)));
}

/** Tokens [from, to) name a time in the past: a year, a month alone, "N weeks ago", "last year", "l'an dernier". */
export function hasPastAnchor(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.norm;
    if (pastYear(tokens, j) || inMonth(tokens, j)) return true;
    if (WORDS.ago_words.has(w) && j > from && WORDS.span_words.has(tokens[j - 1]!.norm) && !WORDS.recent_spans.has(tokens[j - 1]!.norm)) return true;
    if (WORDS.past_anchors.some((phrase) => phrase[0] === w && phrase.every((p, k) => j + k < to && tokens[j + k]!.norm === p))) return true;
  }
  return false;
}

/**
 * Where the reference clause opened by the word at `at` starts, or null when the word opens none
 * here. The clause itself runs to the end of its punctuation clause (`referenceEnd`).
 */
function referenceStart(tokens: readonly Token[], text: string, at: number, span: SentenceSpan, clauseEnd: number): number | null {
  const w = tokens[at]!.norm;
  const prev = at > span.first ? tokens[at - 1]!.norm : '';
  // "the deadliest attack since a truck bombing in 2019": the compared event.
  if (comparisonSince(tokens, at, span)) return at;
  // "a month after a drone strike in Mali", "una semana después de que…", "deux jours après";
  // not this event's own time ("shortly after 7 p.m.", "hours after midnight").
  if (WORDS.after_words.has(w) && WORDS.span_words.has(prev) && prev !== 'shortly' && !ownTime(tokens, at + 1)) return at - 1;
  // "The attack followed a car bombing that left 20 dead", "This follows…".
  if (WORDS.reference_follow_verbs.has(w) && WORDS.reference_follow_subjects.has(prev)) return at;
  // "the latest in a series of raids that have killed 100", "the latest such attack".
  if (WORDS.reference_latest.has(w) && WORDS.reference_latest_links.has(tokens[at + 1]?.norm ?? '')) return at;
  // "a similar stabbing in Brussels earlier this month", "un attentat similaire à Nice".
  // Told in a sentence of its own ("In a similar attack last month, …"), the whole sentence is about it.
  // So is one the sentence's harm is told "in" ("a child was hurt in a similar incident where…").
  if (WORDS.reference_similar.has(w)) return at - span.first <= SIMILAR_OPENING || toldIn(tokens, at, span) ? span.first : at;
  // "…a bombing in Peshawar that killed 20 in 2019", "…, qui avait fait 40 morts l'an dernier".
  if (relativeOpener(tokens, text, at, span) && hasPastAnchor(tokens, at + 1, clauseEnd)) return at;
  return null;
}

/**
 * Where the reference clause that holds token `at` ends: its punctuation clause, and the clauses
 * after it that go on about the same event (", when a truck bomb killed 500", ", killing 23",
 * ", qui avait fait 40 morts").
 */
function referenceEnd(tokens: readonly Token[], text: string, at: number, span: SentenceSpan): number {
  let end = clauseOf(tokens, text, at, span)[1];
  while (end < span.end) {
    const w = tokens[end]!.norm;
    const goesOn = WORDS.reference_continuers.has(w) || WORDS.relative_pronouns.has(w) || WORDS.relative_adverbs.has(w) || WORDS.reference_relatives.has(w);
    if (!goesOn) break;
    end = clauseOf(tokens, text, end, span)[1];
  }
  return end;
}

/** What a sentence without reference clauses holds: one shared empty list, nothing allocated. */
const NO_SPANS: readonly ReferenceSpan[] = [];

/**
 * The reference clauses of one sentence, in order. A sentence without an opener (most of them)
 * costs one set look-up a word.
 */
export function referenceSpans(tokens: readonly Token[], text: string, span: SentenceSpan): readonly ReferenceSpan[] {
  let out: ReferenceSpan[] | undefined;
  for (let i = span.first; i < span.end; i++) {
    if (!OPENERS.has(tokens[i]!.norm)) continue;
    const clauseEnd = clauseOf(tokens, text, i, span)[1];
    const start = referenceStart(tokens, text, i, span, clauseEnd);
    if (start === null) continue;
    const end = start === span.first && WORDS.reference_similar.has(tokens[i]!.norm) && start < i ? span.end : referenceEnd(tokens, text, i, span);
    out ??= [];
    out.push([start, end]);
    i = end - 1;
  }
  return out ?? NO_SPANS;
}

/** Token `at` lies in one of the reference clauses `spans`. */
export function inReference(spans: readonly ReferenceSpan[], at: number): boolean {
  for (const [a, b] of spans) if (at >= a && at < b) return true;
  return false;
}
