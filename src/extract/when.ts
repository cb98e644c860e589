/**
 * When a sentence is set. A report tells its attack in the title and lead, then often recalls
 * other attacks, each opened by its own time: "On March 3, four guards were killed…", "In May,
 * two jawans…", "Yesterday two smaller bombs…", "On Sunday morning, a gang attacked…". Such a
 * sentence is another event's, and its figures, weapons and places are not this one's.
 */
import type { Token } from './normalize.js';
import { WORDS } from './words.js';

/** A time named in the text: a weekday, today/yesterday, a date ("August 5", "13 March") or a month alone. */
export interface TimeMention {
  kind: 'weekday' | 'relative' | 'date' | 'month';
  /** "monday", "yesterday", "aug 5", "aug". */
  key: string;
  month?: string;
  at: number;
}

/** Sentences (the title first) whose times are the event's own. */
export const EVENT_TIME_SENTENCES = 4;
/** Sentences from which an opening time other than the event's makes a sentence another event's: after the title and lead. */
export const OTHER_TIME_FROM = 2;
/** Tokens at the start of a sentence looked at for the time it opens with. */
const OPENER_SPAN = 6;
/** Monday first, as grammar.yaml lists them. */
const WEEKDAYS = [...WORDS.weekdays];
const DAY_DIGITS = /^\d{1,2}$/;
/** A day of the month: "5", "31". */
export const isDayNumber = (t: Token | undefined) => t !== undefined && DAY_DIGITS.test(t.norm) && Number(t.norm) >= 1 && Number(t.norm) <= 31;

/** The time named at token `i`, if any ("may" only capitalised: it is also a modal). */
export function timeAt(tokens: readonly Token[], i: number): TimeMention | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (WORDS.weekdays.has(t.norm)) return { kind: 'weekday', key: t.norm, at: i };
  if (WORDS.day_words.has(t.norm)) return { kind: 'relative', key: t.norm, at: i };
  if (WORDS.month_names.has(t.norm) && (t.norm !== 'may' || t.capitalized)) {
    const month = t.norm.slice(0, 3);
    const same = (j: number) => tokens[j]?.sentence === t.sentence;
    const day = isDayNumber(tokens[i + 1]) && same(i + 1) ? tokens[i + 1] : isDayNumber(tokens[i - 1]) && same(i - 1) ? tokens[i - 1] : undefined;
    if (day) return { kind: 'date', key: `${month} ${Number(day.norm)}`, month, at: i };
    // "Sept autres militaires ont été blessés": French seven, not September, with no day beside it.
    return WORDS.number_units[t.norm] === undefined ? { kind: 'month', key: month, month, at: i } : undefined;
  }
  return undefined;
}

/** The event's own times: those of the title and lead, except a weekday that only dates a statement ("said Thursday"). */
export interface EventTime {
  weekdays: Set<string>;
  relative: Set<string>;
  dates: Set<string>;
  months: Set<string>;
  /** Two or more sentences open with their own dates: a digest of dated events, each as much the text's as the others. */
  digest: boolean;
}

/** `sentences`: how many sentences (the title first) hold the event's times. */
export function eventTime(tokens: readonly Token[], sentences = EVENT_TIME_SENTENCES): EventTime {
  const out: EventTime = { weekdays: new Set(), relative: new Set(), dates: new Set(), months: new Set(), digest: false };
  out.digest = openingDates(tokens).size >= 2;
  let sentenceStart = 0;
  for (let i = 0; i < tokens.length && tokens[i]!.sentence < sentences; i++) {
    if (i === 0 || tokens[i]!.sentence !== tokens[i - 1]!.sentence) sentenceStart = i;
    const m = timeAt(tokens, i);
    // A time opening a sentence after the lead may be another event's: it is what is compared.
    if (!m || (tokens[i]!.sentence >= OTHER_TIME_FROM && i < sentenceStart + OPENER_SPAN)) continue;
    if (m.kind === 'weekday') {
      out.weekdays.add(m.key);
      // "the governor said Thursday": the attack may have been the night before.
      // Also "said on Wednesday" (round 10).
      const before = tokens[i - 1]?.norm === 'on' ? tokens[i - 2] : tokens[i - 1];
      if (WORDS.speech_words.has(before?.norm ?? '')) out.weekdays.add(WEEKDAYS[(WEEKDAYS.indexOf(m.key) + 6) % 7]!);
    } else if (m.kind === 'relative') out.relative.add(m.key);
    else if (m.kind === 'date') out.dates.add(m.key);
    if (m.month) out.months.add(m.month);
  }
  return out;
}

/** The dates named in the first words of sentences ("On 5 October, …", "MALI: On October 7, …"). */
function openingDates(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i]!.sentence !== tokens[i - 1]!.sentence) start = i;
    if (i - start >= OPENER_SPAN) continue;
    const m = timeAt(tokens, i);
    if (m?.kind === 'date') out.add(m.key);
  }
  return out;
}

/** The time a sentence opens with at `from`, past "Also, on", "Last", "the" ("On 30 July", "On March 3"). */
function openerAt(tokens: readonly Token[], from: number, to: number): TimeMention | undefined {
  let i = from;
  while (i < to && (WORDS.time_opener_skips.has(tokens[i]!.norm) || WORDS.time_preps.has(tokens[i]!.norm) || tokens[i]!.norm === 'the')) i++;
  // "On 30 July, …": the day before its month.
  const at = isDayNumber(tokens[i]) && i + 1 < to && tokens[i + 1]!.sentence === tokens[i]!.sentence ? i + 1 : i;
  return at < Math.min(to, from + OPENER_SPAN) ? timeAt(tokens, at) : undefined;
}

/** The time differs from every time of the event ("On Sunday" when the lead says Monday; any calendar date when the lead names none). */
function differs(m: TimeMention, ev: EventTime, opened: boolean): boolean {
  switch (m.kind) {
    case 'weekday':
      return ev.weekdays.size > 0 && !ev.weekdays.has(m.key);
    case 'relative':
      return ev.relative.size > 0 && !ev.relative.has(m.key);
    case 'date':
      return ev.dates.size > 0 ? !ev.dates.has(m.key) : ev.months.size > 0 ? !ev.months.has(m.month!) : opened;
    case 'month':
      return ev.months.size > 0 ? !ev.months.has(m.month!) : true;
  }
}

/**
 * The sentence `from..to` (after the lead) is set at another time than the event: it opens with a
 * time that is not the event's ("On March 3, …", "Also, on 13 March, …", "Last Friday, …",
 * "Yesterday …"), or it places something "in" another month ("where a drone struck a seminary in
 * November"), and does not speak of "the attack" or "the toll".
 */
export function setAtOtherTime(tokens: readonly Token[], from: number, to: number, ev: EventTime): boolean {
  // "On Sunday, the toll rose to eight": still this event.
  for (let j = from + 1; j < to; j++) if (WORDS.event_anaphors.has(tokens[j]!.norm) && WORDS.anaphor_determiners.has(tokens[j - 1]!.norm)) return false;
  for (let i = from; i < to && (WORDS.time_opener_skips.has(tokens[i]!.norm) || WORDS.time_preps.has(tokens[i]!.norm) || tokens[i]!.norm === 'the'); i++)
    // "Last Friday", "Last week": another time whatever the event's.
    if (tokens[i]!.norm === 'last' && timeAt(tokens, i + 1)?.kind === 'weekday') return true;
  const opener = openerAt(tokens, from, to);
  // In a digest of dated events a date opening a sentence is no other event's than the text's.
  if (opener && differs(opener, ev, true) && !(ev.digest && opener.kind === 'date')) return true;
  for (let j = from + 1; j < to; j++) {
    if (tokens[j - 1]!.norm !== 'in') continue;
    const m = timeAt(tokens, j);
    if (m?.kind === 'month' && differs(m, ev, false)) return true;
  }
  for (let j = from + 1; j < to; j++) if (isEarlierDay(tokens, j, ev)) return true;
  return false;
}

/** Words from an attack's noun to the "in" or "last" that dates it: "a missile strike on the consulate in April". */
const DATED_SPAN = 4;

/**
 * The attack named just before `end` is dated at another time than the event: "in" a month not the
 * event's, or "last year"/"last month" ("whose consulate was destroyed in an Israeli missile strike in
 * April", in a report of a blast on 25 May). A weekday or a date of the event's week may be its own.
 */
export function datedAtOtherTime(tokens: readonly Token[], end: number, ev: EventTime): boolean {
  const sentence = tokens[end - 1]!.sentence;
  for (let j = end; j < Math.min(tokens.length, end + DATED_SPAN) && tokens[j]!.sentence === sentence; j++) {
    const m = tokens[j]!.norm === 'in' ? timeAt(tokens, j + 1) : undefined;
    if (m?.kind === 'month' && tokens[j + 1]!.sentence === sentence && differs(m, ev, false)) return true;
    if (tokens[j]!.norm === 'last' && WORDS.past_period_nouns.has(tokens[j + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Words before a day that make it the day of a statement, not of the event ("said on Tuesday", "told reporters Tuesday"). */
const SPEECH_BEFORE_DAY = 3;

/**
 * "…was killed in a gunfight in Kupwara district on Tuesday" in a report of Friday's attack;
 * "wounded nine soldiers … on Yesterday" in one of today's: a day before the event's (the nearer way
 * round the week), not a statement's, sets the sentence before the event. A later day may be the
 * same event's update ("two of the wounded died on Saturday").
 */
function isEarlierDay(tokens: readonly Token[], j: number, ev: EventTime): boolean {
  const m = timeAt(tokens, j);
  if (!m || (m.kind !== 'weekday' && m.kind !== 'relative')) return false;
  for (let k = j - 1; k >= Math.max(0, j - SPEECH_BEFORE_DAY) && tokens[k]!.sentence === tokens[j]!.sentence; k--)
    if (WORDS.speech_words.has(tokens[k]!.norm)) return false;
  if (m.kind === 'relative') return m.key === 'yesterday' && ev.relative.has('today') && !ev.relative.has('yesterday');
  if (ev.weekdays.size === 0 || ev.weekdays.has(m.key)) return false;
  const day = WEEKDAYS.indexOf(m.key);
  // Before every day of the event, and nearer backwards than forwards.
  return [...ev.weekdays].every((w) => {
    const back = (WEEKDAYS.indexOf(w) - day + 7) % 7;
    return back > 0 && back < 7 - back;
  });
}

/** The sentence tokens [from, to) open with "Last week", "Earlier this month", "Separately", "The attack came…". */
export function opensWithEarlier(tokens: readonly Token[], from: number, to: number): boolean {
  return WORDS.earlier_openers.some((phrase) => phrase.every((w, k) => from + k < to && tokens[from + k]!.norm === w));
}

/** A year, also with a case ending glued on ("2016'da" reads "2016da"): "2016". */
const YEAR = /^((?:19|20)\d\d)(?:[^\d].*)?$/u;

/** The years named in tokens [from, to), but for a year someone was born or something founded in ("a girl born in 2015"). */
export function yearsOf(tokens: readonly Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const m = YEAR.exec(tokens[i]!.norm);
    if (m && !yearOfOrigin(tokens, i)) out.add(m[1]!);
  }
  return out;
}

/** The year at `i` follows a word of birth or founding, directly or after "in": "born in 2021", "founded 1990". */
function yearOfOrigin(tokens: readonly Token[], i: number): boolean {
  const before = (k: number) => (tokens[i - k]?.sentence === tokens[i]!.sentence ? tokens[i - k]!.norm : '');
  return WORDS.origin_words.has(before(1)) || (WORDS.year_prepositions.has(before(1)) && WORDS.origin_words.has(before(2)));
}
