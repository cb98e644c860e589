/**
 * Stage 2a, what a sentence reports: whether a sentence carrying attack words tells of one event
 * that happened (something or someone acted, people were harmed, at a recent time), or of
 * something else that uses the same words — a threat or a warning, a statistic, a habit, the plot
 * of a film, book or game, the remembrance of a past attack. Each cue is a grammar list
 * (config/data/grammar.yaml, "what a sentence reports") and a named weight (`EVENT_READING`); the
 * decision stage reads the sum.
 */
import type { Token } from '../normalize.js';
import { isYear, startsWithDigit } from '../numbers.js';
import { EVENT_READING } from '../weights.js';
import { WORDS } from '../words.js';
import { isHypothetical, type SentenceFacts } from './sentences.js';

/** The cues that make a sentence read as something other than a report of one event. */
export type NonEventCue = 'unreal' | 'trend' | 'share' | 'tally' | 'work' | 'habitual' | 'remembrance';

export interface SentenceReading {
  /** The sum of the cues' `EVENT_READING` weights. */
  score: number;
  /** A weekday, "overnight", "last night", a time of day. */
  recentTime: boolean;
  cues: Set<NonEventCue>;
}

/** Words from a work determiner to its noun: "the highly dramatic film", "the tense two-hour film". */
const WORK_NOUN_WINDOW = 4;
/** Words a threat word may stand before the attack it threatens: "warned of possible retaliatory attacks". */
const THREAT_WINDOW = 4;

export function readSentences(tokens: readonly Token[], facts: readonly SentenceFacts[]): SentenceReading[] {
  return facts.map((f) => readSentence(tokens, f));
}

export function readSentence(tokens: readonly Token[], f: SentenceFacts): SentenceReading {
  const cues = new Set<NonEventCue>();
  const recentTime = hasRecentTime(tokens, f.first, f.end);
  if (isUnreal(tokens, f)) cues.add('unreal');
  if (isTrend(tokens, f)) cues.add('trend');
  if (isShareOfPeriod(tokens, f)) cues.add('share');
  if (isPeriodTally(tokens, f)) cues.add('tally');
  if (isAboutWork(tokens, f)) cues.add('work');
  if (hasAny(tokens, f, WORDS.habitual_words) || hasRate(tokens, f)) cues.add('habitual');
  // "Today marks one year since the shooting", "Oklahomans paused to remember the 168 who died":
  // an anniversary or memorial (the `memory` context of attack-terms.yaml) that tells of no act or
  // harm of its own marks a past attack; it does not report one.
  if (f.context.has('memory') && !f.event && !f.casualty) cues.add('remembrance');
  let score = 0;
  if (f.event || f.attackersAct || f.happening) score += EVENT_READING.happened;
  if (f.casualty || f.tollNext) score += EVENT_READING.harm;
  if (recentTime) score += EVENT_READING.recentTime;
  for (const c of cues) score += EVENT_READING[c];
  return { score, recentTime, cues };
}

/** "every month", "each year", "per day": a rate, as of a habit or a statistic ("kill 140 people every month"). */
function hasRate(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i + 1 < f.end; i++) if (WORDS.rate_words.has(tokens[i]!.norm) && WORDS.span_words.has(tokens[i + 1]!.norm)) return true;
  return false;
}

/** The reading says the sentence tells of no event: it is no evidence of an attack. */
export const readsAsNonEvent = (r: SentenceReading) => r.score < EVENT_READING.notEvidenceBelow;
/** The reading says something happened: an act, harm or a recent time, outweighing any other cue. */
export const readsAsEvent = (r: SentenceReading) => r.score >= EVENT_READING.reportsEventFrom;

function hasAny(tokens: readonly Token[], f: SentenceFacts, words: ReadonlySet<string>): boolean {
  for (let i = f.first; i < f.end; i++) if (words.has(tokens[i]!.norm)) return true;
  return false;
}

/** Words from a reporting verb to the time it was said at: "the Treasury said on Thursday". */
const SAID_WINDOW = 2;

/**
 * "on Tuesday", "yesterday", "overnight", "last night", "at 3:30 p.m.", "0500 GMT": when the event
 * happened, not when it was told ("the Treasury said on Thursday").
 */
export function hasRecentTime(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    // A time said to be when it was told is none; asked only where a time is (not at every word).
    if (tellsTimeAt(tokens, i, first, end) && !saidAt(tokens, i, first)) return true;
  }
  return false;
}

/** The first words of the weekdays written as two ("segunda feira"): the pair is looked up only after one. */
const SPLIT_WEEKDAY_STARTS: ReadonlySet<string> = new Set([...WORDS.split_weekdays].map((day) => day.split(' ')[0]!));

/** Token i (of the sentence tokens[first, end)) tells a time. */
function tellsTimeAt(tokens: readonly Token[], i: number, first: number, end: number): boolean {
  const w = tokens[i]!.norm;
  const prev = tokens[i - 1]?.norm ?? '';
  if (WORDS.day_words.has(w) || WORDS.recent_time_words.has(w)) return true;
  if (WORDS.day_parts.has(w) && i > first && WORDS.day_part_openers.has(prev)) return true;
  if (i > first && SPLIT_WEEKDAY_STARTS.has(prev) && WORDS.split_weekdays.has(`${prev} ${w}`)) return true;
  const afterFigure = i > first && startsWithDigit(prev);
  if (afterFigure && WORDS.clock_suffixes.has(w)) return true;
  // "3:30 p.m.": the letters come apart.
  if (afterFigure && (w === 'a' || w === 'p') && tokens[i + 1]?.norm === 'm' && i + 1 < end) return true;
  return startsWithDigit(w) && (FRENCH_CLOCK.test(w) || (WORDS.clock_openers.has(prev) && isClockFigure(tokens, i, end)));
}

/**
 * The sentence's first attack word is threatened, warned of or feared ("the Taliban threatened a
 * revenge attack", "US warns terrorists could avenge…"), or follows a modal or a negation ("could
 * strike", "to prevent attacks"): what the sentence is about did not happen. A later attack word
 * in a threat ("a missile struck the ship, and officials warned of more attacks") leaves the
 * report as it is.
 */
function isUnreal(tokens: readonly Token[], f: SentenceFacts): boolean {
  if (f.attackWordAt.length === 0) return false;
  const at = Math.min(...f.attackWordAt);
  if (isHypothetical(tokens, at) || threatClauseRunsTo(tokens, f, at)) return true;
  for (let j = at - 1; j >= Math.max(f.first, at - THREAT_WINDOW); j--) {
    const w = tokens[j]!.norm;
    if (WORDS.threat_words.has(w)) return true;
    if (WORDS.threat_fillers.has(w)) continue;
    // The one threatened, named right after the threat: "threatens Britain with attacks".
    return j > f.first && tokens[j]!.capitalized && WORDS.threat_words.has(tokens[j - 1]!.norm);
  }
  return false;
}

/**
 * A threat whose own clause, with its modal, runs on to the attack word however far: "vowed on
 * Wednesday that the group will target battleships with missiles". A clause joined by "as",
 * "amid" or "while" ("vowed it would respond as drones struck the city") is another; and "to"
 * alone is not enough past the usual window, as headlines use it of what was done ("rebels
 * vow to expand their campaign after missile hits tanker" over the strike's report).
 */
function threatClauseRunsTo(tokens: readonly Token[], f: SentenceFacts, at: number): boolean {
  for (let j = f.first; j < at; j++) {
    if (!WORDS.threat_words.has(tokens[j]!.norm)) continue;
    let modal = false;
    for (let k = j + 1; k < at; k++) {
      const w = tokens[k]!.norm;
      if (WORDS.clause_joiners.has(w)) return false;
      if (WORDS.modals.has(w)) modal = true;
    }
    return modal;
  }
  return false;
}

/**
 * Numbers that change over a period: a trend verb with a rate or a period ("fatalities have
 * increased by 195 percent", "attacks rose this year"), or a counted subject right before
 * "up"/"down" in headline style ("Terror attacks up, fatalities down"). A toll that rises is one
 * event's toll.
 */
function isTrend(tokens: readonly Token[], f: SentenceFacts): boolean {
  let verb = false;
  let measure = false;
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    if (WORDS.toll_words.has(w)) return false;
    if (WORDS.trend_verbs.has(w)) verb = true;
    if (WORDS.trend_measures.has(w)) measure = true;
    if (WORDS.trend_headline_words.has(w) && i > f.first && WORDS.trend_subjects.has(tokens[i - 1]!.norm)) return true;
  }
  return verb && measure;
}

/**
 * A share of a period's toll: "drones caused a third of the civilian deaths recorded this year",
 * "un tiers des morts … enregistrés cette année", a share word with "of" after it and a period or a
 * year after that. A share with no period ("half of the victims were children") is one event's.
 */
function isShareOfPeriod(tokens: readonly Token[], f: SentenceFacts): boolean {
  let share = false;
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    if (WORDS.share_words.has(w) && i + 1 < f.end && WORDS.share_joiners.has(tokens[i + 1]!.norm)) share = true;
    // Not an age ("half of them 12-year-old children").
    const period = (WORDS.trend_measures.has(w) || WORDS.share_periods.has(w)) && !startsWithDigit(tokens[i - 1]?.norm ?? '');
    if (share && (period || isYear(w))) return true;
  }
  return false;
}

/** Words from a figure to the attack word it counts: "241 cases of kidnapping", "469건의 자살폭탄 테러". */
const TALLY_COUNT_WINDOW = 3;

/**
 * Attacks counted by a figure over a year or a span of dates: "32 kidnappings so far in 2023",
 * "241 cases of kidnapping were recorded during 2023", "469 suicide bombings in 2023": a statistic.
 * Only counter words ("cases of") may stand between the figure and the attack word, so a toll
 * ("killed 32 people in attacks in 2023") or counted victims ("kidnapped 32 passengers") is none.
 */
function isPeriodTally(tokens: readonly Token[], f: SentenceFacts): boolean {
  const counted = f.attackWordAt.some((at) => {
    for (let j = at - 1; j >= Math.max(f.first, at - TALLY_COUNT_WINDOW); j--) {
      const w = tokens[j]!.norm;
      if (startsWithDigit(w)) return !isYear(w) && Number(w.replace(/,/g, '')) >= 2;
      if (!WORDS.tally_counters.has(w)) return false;
    }
    return false;
  });
  if (!counted) return false;
  for (let i = f.first; i < f.end; i++) if (isYear(tokens[i]!.norm)) return true;
  return f.period;
}

/** A film, book or game is the subject: "the highly dramatic film", "this game", "the new novel". */
function isAboutWork(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (!WORDS.work_nouns.has(tokens[i]!.norm) || isMatch(tokens, f, i)) continue;
    for (let j = i - 1; j >= Math.max(f.first, i - WORK_NOUN_WINDOW); j--) if (WORDS.work_determiners.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** "the game with Central High", "during the game": a match being played, not a work. */
function isMatch(tokens: readonly Token[], f: SentenceFacts, noun: number): boolean {
  if (noun + 1 < f.end && WORDS.match_partners.has(tokens[noun + 1]!.norm)) return true;
  for (let j = noun - 1; j >= Math.max(f.first, noun - WORK_NOUN_WINDOW - 1); j--) if (WORDS.match_times.has(tokens[j]!.norm)) return true;
  return false;
}

/** "10h30": hours and minutes in the French way. */
const FRENCH_CLOCK = /^([01]?\d|2[0-3])h[0-5]\d$/;
/** Hours and minutes: "10.58" in one token, or "10:30", which comes apart into "10" and "30". */
const HOURS = /^([01]?\d|2[0-3])$/;
const HOURS_MINUTES = /^([01]?\d|2[0-3])[.:][0-5]\d$/;
const MINUTES = /^[0-5]\d$/;

/** Hours with their minutes after a clock opener ("saat 10.58", "a las 10:30"), not a bare count ("las 10 víctimas"). */
function isClockFigure(tokens: readonly Token[], at: number, end: number): boolean {
  const w = tokens[at]!.norm;
  return HOURS_MINUTES.test(w) || (HOURS.test(w) && at + 1 < end && MINUTES.test(tokens[at + 1]!.norm));
}

function saidAt(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let j = at - 1; j >= Math.max(sentenceStart, at - SAID_WINDOW); j--) {
    if (!WORDS.said_verbs.has(tokens[j]!.norm)) continue;
    // 'the minister said: "Yesterday, two jets…"': a capital right after the verb opens the words said.
    const next = tokens[j + 1]!;
    return !(next.capitalized && !WORDS.weekdays.has(next.norm) && !WORDS.month_names.has(next.norm));
  }
  return false;
}
