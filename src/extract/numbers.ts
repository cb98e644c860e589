import type { Token } from './normalize.js';
import { WORDS } from './words.js';

export interface NumberPhrase {
  /** The figure, or null for a vague quantity ("dozens", "several"). */
  value: number | null;
  start: number;
  /** One past the last token of the number phrase. */
  end: number;
}

/**
 * The hedges by their first word, in the list's order: readNumber runs at nearly every token, and
 * trying the whole list there cost more than the rest of the number reading.
 */
const HEDGES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const h of WORDS.hedges) (byFirst.get(h[0]!) ?? byFirst.set(h[0]!, []).get(h[0]!)!).push(h);
  return byFirst;
})();

/** The first hedge in the list's order that starts at i. */
export function hedgeLength(tokens: readonly Token[], i: number): number {
  const first = tokens[i]?.norm;
  const hedges = first === undefined ? undefined : HEDGES_BY_FIRST_WORD.get(first);
  if (hedges === undefined) return 0;
  for (const h of hedges) {
    if (h.every((w, k) => tokens[i + k]?.norm === w)) return h.length;
  }
  return 0;
}

/**
 * "1,200", "1200", or with the dot most other languages group thousands by ("1.463 heridos",
 * "12.000 Tote"); not "1,20", "12th", nor a decimal or a time ("2.5", "22.50").
 */
const FIGURE_RE = /^\d{1,3}(,\d{3})*$|^\d{1,3}(\.\d{3})+$|^\d+$/;
const GROUP_MARKS_RE = /[,.]/g;
/** A word of letters in any script, three or more (a counted noun, not "to" or a figure). */
const LETTERS_RE = /^\p{L}{3,}$/u;

function digitsValue(norm: string): number | undefined {
  // Every form starts with a digit: most words fail this test, not the expression.
  if (!startsWithDigit(norm) || !FIGURE_RE.test(norm)) return undefined;
  return Number(norm.replace(GROUP_MARKS_RE, ''));
}

/** Past an "of" after a round figure: "une dizaine de", "una decina di". */
function afterOf(tokens: readonly Token[], j: number): number {
  return WORDS.of_words.has(tokens[j]?.norm ?? '') ? j + 1 : j;
}

/**
 * Every word a word number can start with: readNumber runs at nearly every token, and most tokens
 * fail this one look-up instead of a dozen.
 */
const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set([
  'a',
  'one',
  'two',
  'three',
  'dozen',
  ...WORDS.one_articles,
  ...WORDS.half_words,
  ...[WORDS.number_round, WORDS.number_tens, WORDS.guarded_numbers, WORDS.number_units, WORDS.teen_units].flatMap((figures) => Object.keys(figures)),
]);

/** Reads a word number ("forty five", "two hundred", "a dozen") at i; returns value and end. */
function wordNumber(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i]?.norm;
  if (t === undefined || !WORD_NUMBER_STARTS.has(t)) return undefined;
  if ((t === 'a' || t === 'one' || t === 'two' || t === 'three') && tokens[i + 1]?.norm === 'dozen') {
    const mult = t === 'a' || t === 'one' ? 1 : WORDS.number_units[t]!;
    return { value: 12 * mult, end: i + 2 };
  }
  if (t === 'dozen') return { value: 12, end: i + 1 };
  const next = tokens[i + 1]?.norm;
  const round = next !== undefined ? WORDS.number_round[next] : undefined;
  if (round !== undefined && WORDS.one_articles.has(t)) return { value: round, end: afterOf(tokens, i + 2) };
  // "около десятка", "ще десяток": a round figure without its article.
  const bare = WORDS.number_round[t];
  if (bare !== undefined && !WORDS.one_articles.has(tokens[i - 1]?.norm ?? '') && !WORDS.half_words.has(tokens[i - 1]?.norm ?? ''))
    return { value: bare, end: afterOf(tokens, i + 1) };
  // "اثني عشر": a unit and "ten".
  const teen = next !== undefined ? WORDS.number_teens[next] : undefined;
  if (teen !== undefined) {
    const unit = WORDS.teen_units[t] ?? WORDS.number_units[t];
    if (unit !== undefined && unit > 0 && unit < 10) return { value: teen + unit, end: i + 2 };
  }
  // "medio centenar de heridos": half a round figure (50).
  if (WORDS.half_words.has(t) && round !== undefined) {
    return { value: round / 2, end: tokens[i + 2]?.norm === 'de' ? i + 3 : i + 2 };
  }
  let value: number | undefined;
  let j = i;
  if (WORDS.number_tens[t] !== undefined) {
    ({ value, end: j } = tensAndUnit(tokens, i, WORDS.number_tens[t]!));
  } else if (WORDS.guarded_numbers[t] !== undefined) {
    // "ne ferisce due", "due morti", "otto persone": a number that is also a common word ("due
    // to", "Otto") only right after a casualty verb or right before people or a casualty word.
    // "Dodici i feriti": the casualty word after its article counts it as well.
    const next = (WORDS.plural_articles.has(tokens[i + 1]?.norm ?? '') ? tokens[i + 2]?.norm : tokens[i + 1]?.norm) ?? '';
    const casualtyWord = (w: string) => WORDS.after_figure.has(w) && !WORDS.guarded_verb_followers.has(w);
    // "once soldados muertos", "sei agenti feriti": the counted noun, then its casualty word.
    // Not an adverb or a verb ("once again wounded", "once shot dead a man").
    const noun = tokens[i + 1];
    const nounThenCasualty =
      noun !== undefined &&
      !noun.capitalized &&
      LETTERS_RE.test(noun.norm) &&
      !WORDS.common_words.has(noun.norm) &&
      !WORDS.before_figure.has(noun.norm) &&
      !WORDS.after_figure.has(noun.norm) &&
      !WORDS.to_death_verbs.has(noun.norm) &&
      !WORDS.adverb_endings.some((e) => noun.norm.endsWith(e)) &&
      casualtyWord(tokens[i + 2]?.norm ?? '');
    const counted = casualtyWord(next) || WORDS.person_nouns.has(next) || WORDS.people_words.has(next) || nounThenCasualty;
    // "ferendo altri sei": the others between the verb and its number.
    const verbAt = WORDS.other_words.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
    const afterVerb = WORDS.before_figure.has(tokens[verbAt]?.norm ?? '') && !WORDS.clause_breaks.has(next) && !tokens[i]!.capitalized;
    if (!counted && !afterVerb && !beforeAuxiliaryCasualty(tokens, i)) return undefined;
    value = WORDS.guarded_numbers[t]!;
    j = i + 1;
  } else if (WORDS.number_units[t] !== undefined) {
    // "Sept. 11", "Sept 30": the month, not French "sept" (seven).
    if (WORDS.month_names.has(t) && startsWithDigit(tokens[i + 1]?.norm ?? '')) return undefined;
    value = WORDS.number_units[t]!;
    j = i + 1;
    const next = tokens[j]?.norm ?? '';
    if (value > 0 && value < 10) {
      // "quatre-vingt-dix" (90): four twenties, then what follows them.
      if (WORDS.times_twenty.has(next)) ({ value, end: j } = tensAndUnit(tokens, j, value * 20));
      // Arabic "خمسة وعشرون" (25): the unit before its tens.
      else if (WORDS.units_first_tens.has(next)) value += WORDS.number_tens[tokens[j++]!.norm] ?? 0;
    }
  } else if (t === 'a' && tokens[i + 1] && WORDS.number_scales[tokens[i + 1]!.norm] !== undefined) {
    value = 1;
    j = i + 1;
  }
  if (value === undefined) return undefined;
  const s = tokens[j]?.norm;
  const scale = s === undefined ? undefined : WORDS.number_scales[s];
  if (scale !== undefined) {
    value *= scale;
    j++;
  }
  // "two hundred and five", "ciento veinte", "one thousand five hundred", Indonesian "dua puluh
  // lima" (two tens five): what is left below the scale (or below a hundred said in one word).
  const place = scale ?? (value >= 100 && value % 100 === 0 ? 100 : undefined);
  if (place !== undefined) {
    const joined = tokens[j]?.norm === 'and' || WORDS.number_joiners.has(tokens[j]?.norm ?? '');
    const rest = wordNumber(tokens, joined ? j + 1 : j);
    if (rest && rest.value < place) return { value: value + rest.value, end: rest.end };
  }
  return { value, end: j };
}

/**
 * The tens word at `at` worth `tens`, with the unit after it: "twenty-one", "treinta y dos",
 * "vingt et un", "dix-sept" (17), and from 60 by twenties a teen ("soixante-dix-sept", 77;
 * "quatre-vingt-onze", 91). A joiner with no unit after it is not read.
 */
function tensAndUnit(tokens: readonly Token[], at: number, tens: number): { value: number; end: number } {
  let k = at + 1;
  const joined = WORDS.number_joiners.has(tokens[k]?.norm ?? '');
  if (joined) k++;
  const w = tokens[k]?.norm ?? '';
  // "vingt et un", "treinta y una": one, said as the article, after a joiner.
  let unit = WORDS.number_units[w] ?? (joined && WORDS.one_articles.has(w) ? 1 : undefined);
  let end = k + 1;
  if (WORDS.number_tens[w] === 10 && tens >= 60) ({ value: unit, end } = tensAndUnit(tokens, k, 10));
  const below = tens >= 60 && tens % 20 === 0 ? 20 : 10;
  return unit !== undefined && unit > 0 && unit < below ? { value: tens + unit, end } : { value: tens, end: at + 1 };
}

/** Auxiliaries that may stand between a guarded number and its casualty word. */
const GUARDED_AUXILIARIES = 2;

/**
 * "a pięć zostało rannych", "due sono rimasti feriti": a guarded number in lower case, then
 * auxiliaries and a casualty word (not a name: "Otto was killed").
 */
function beforeAuxiliaryCasualty(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.capitalized) return false;
  let k = i + 1;
  while (k <= i + GUARDED_AUXILIARIES && WORDS.verb_auxiliaries.has(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k]?.norm ?? '';
  return k > i + 1 && WORDS.after_figure.has(w) && !WORDS.guarded_verb_followers.has(w);
}

/**
 * The number phrase starting at token i, with any hedge ("at least", "more than"): digits
 * ("1,200"), words ("Forty-five", "a dozen"), or a vague quantity ("dozens" → null).
 */
export function readNumber(tokens: readonly Token[], i: number): NumberPhrase | undefined {
  const h = hedgeLength(tokens, i);
  const k = i + h;
  const tok = tokens[k];
  if (!tok) return undefined;
  const digits = digitsValue(tok.norm);
  if (digits !== undefined) {
    // "1.5 million", "2 million", "260 mil": scale words after digits.
    const scale = WORDS.number_scales[tokens[k + 1]?.norm ?? ''];
    if (scale !== undefined) return { value: Math.round(digits * scale), start: i, end: k + 2 };
    return withRange(tokens, { value: digits, start: i, end: k + 1 });
  }
  const word = wordNumber(tokens, k);
  if (word) return withRange(tokens, { value: word.value, start: i, end: word.end });
  if (WORDS.vague.has(tok.norm)) {
    // "dozens of people", "hundreds of"
    const end = tokens[k + 1]?.norm === 'of' ? k + 2 : k + 1;
    return { value: null, start: i, end };
  }
  return undefined;
}

/**
 * A range counts as its lower end, as "at least" does: "10 to 15 people", "two or three", "10-15",
 * "between 10 and 15". "and" joins a range only after "between" ("two soldiers and three
 * civilians" is a sum, read by the caller).
 */
function withRange(tokens: readonly Token[], figure: { value: number; start: number; end: number }): NumberPhrase {
  // "40 or so", "20 or more": an approximation after the figure is part of it, as "at least" before it is.
  const trailing = tokens[figure.end] && tokens[figure.end + 1] ? `${tokens[figure.end]!.norm} ${tokens[figure.end + 1]!.norm}` : '';
  const n = WORDS.trailing_hedges.has(trailing) ? { ...figure, end: figure.end + 2 } : figure;
  const joiner = tokens[n.end]?.norm;
  let second = n.end;
  if (joiner !== undefined && WORDS.range_joiners.has(joiner) && (joiner !== 'and' || tokens[n.start]?.norm === 'between')) second = n.end + 1;
  const t = tokens[second];
  if (t === undefined || (second === n.end && digitsValue(t.norm) === undefined)) return n;
  const upper = digitsValue(t.norm) ?? wordNumber(tokens, second)?.value;
  if (upper === undefined || upper <= n.value) return n;
  const end = digitsValue(t.norm) !== undefined ? second + 1 : wordNumber(tokens, second)!.end;
  return { value: n.value, start: n.start, end };
}

// Regular expressions are module constants here and in the stages: a literal in a function's body
// is a new RegExp object each time it is evaluated, and these run at nearly every token.
const YEAR_RE = /^(19|20)\d\d$/;
const DIGITS_RE = /^\d+$/;

/** A 4-digit number that reads as a year (1900–2099). */
export function isYear(norm: string): boolean {
  return YEAR_RE.test(norm);
}

/** Digits alone: "12", not "1,200" nor "12th". */
export function isDigits(norm: string): boolean {
  return DIGITS_RE.test(norm);
}

/** Starts with a digit (0–9): "12", "1,200", "2016da". */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}
