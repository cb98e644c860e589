import type { Token } from './normalize.js';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  // French and Spanish (not un/une/uno/una, which read as "UN", nor once/sept/cent).
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  // Portuguese, Italian, German and Polish (not "due", "otto", "elf": English words and names).
  dois: 2,
  duas: 2,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  tre: 3,
  quattro: 4,
  sette: 7,
  dieci: 10,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwolf: 12,
  dwie: 2,
  dwa: 2,
  dwoje: 2,
  trzy: 3,
  cztery: 4,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };
/** French and Spanish round figures: "une trentaine de blessés" (about 30), "una docena de muertos". */
const ROUND: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  decena: 10,
  docena: 12,
  veintena: 20,
  centenar: 100,
};
/** Quantities that say "some" without a figure: the count is unknown, not zero. */
const VAGUE = new Set(['dozens', 'scores', 'several', 'many', 'hundreds', 'thousands', 'numerous', 'multiple', 'some', 'few', 'countless', 'tens']);
/** Hedges before a figure: "at least 12" → 12, "more than 20" → 20. */
const HEDGES: readonly (readonly string[])[] = [
  ['at', 'least'],
  ['more', 'than'],
  ['no', 'fewer', 'than'],
  ['no', 'less', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['roughly'],
  ['some'],
  ['over'],
  ['approximately'],
  ['an', 'estimated'],
  ['between'],
  ['au', 'moins'],
  ['plus', 'de'],
  ['al', 'menos'],
  ['mas', 'de'],
  ['pelo', 'menos'],
  ['mais', 'de'],
  ['almeno'],
  ['oltre'],
  ['piu', 'di'],
  ['mindestens'],
  ['mehr', 'als'],
  ['co', 'najmniej'],
  ['ponad'],
  ['at', 'most'],
  ['a', 'total', 'of'],
  ['another'],
  ['further'],
  ['at', 'leat'],
];

export interface NumberPhrase {
  /** The figure, or null for a vague quantity ("dozens", "several"). */
  value: number | null;
  start: number;
  /** One past the last token of the number phrase. */
  end: number;
}

function hedgeLength(tokens: readonly Token[], i: number): number {
  for (const h of HEDGES) {
    if (h.every((w, k) => tokens[i + k]?.norm === w)) return h.length;
  }
  return 0;
}

function digitsValue(norm: string): number | undefined {
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(norm)) return undefined;
  return Number(norm.replace(/,/g, ''));
}

/** Reads a word number ("forty five", "two hundred", "a dozen") at i; returns value and end. */
function wordNumber(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i]?.norm;
  if (t === undefined) return undefined;
  if ((t === 'a' || t === 'one' || t === 'two' || t === 'three') && tokens[i + 1]?.norm === 'dozen') {
    const mult = t === 'a' || t === 'one' ? 1 : UNITS[t]!;
    return { value: 12 * mult, end: i + 2 };
  }
  if (t === 'dozen') return { value: 12, end: i + 1 };
  const round = tokens[i + 1] ? ROUND[tokens[i + 1]!.norm] : undefined;
  if ((t === 'une' || t === 'una' || t === 'un') && round !== undefined) {
    return { value: round, end: tokens[i + 2]?.norm === 'de' ? i + 3 : i + 2 };
  }
  let value: number | undefined;
  let j = i;
  if (TENS[t] !== undefined) {
    value = TENS[t]!;
    j = i + 1;
    const u = tokens[j]?.norm;
    if (u !== undefined && UNITS[u] !== undefined && UNITS[u]! < 10 && UNITS[u]! > 0) {
      value += UNITS[u]!;
      j++;
    }
  } else if (UNITS[t] !== undefined) {
    value = UNITS[t]!;
    j = i + 1;
  } else if (t === 'a' && tokens[i + 1] && SCALES[tokens[i + 1]!.norm] !== undefined) {
    value = 1;
    j = i + 1;
  }
  if (value === undefined) return undefined;
  const s = tokens[j]?.norm;
  if (s !== undefined && SCALES[s] !== undefined) {
    value *= SCALES[s]!;
    j++;
    if (tokens[j]?.norm === 'and') {
      const rest = wordNumber(tokens, j + 1);
      if (rest && rest.value < 100) return { value: value + rest.value, end: rest.end };
    }
  }
  return { value, end: j };
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
    // "1.5 million" or "2 million": scale words after digits.
    const next = tokens[k + 1]?.norm;
    if (next === 'million') return { value: digits * 1_000_000, start: i, end: k + 2 };
    return withRange(tokens, { value: digits, start: i, end: k + 1 });
  }
  const word = wordNumber(tokens, k);
  if (word) return withRange(tokens, { value: word.value, start: i, end: word.end });
  if (VAGUE.has(tok.norm)) {
    // "dozens of people", "hundreds of"
    const end = tokens[k + 1]?.norm === 'of' ? k + 2 : k + 1;
    return { value: null, start: i, end };
  }
  return undefined;
}

/** Words joining the two ends of a range: "10 to 15", "two or three", "between 10 and 15". */
const RANGE_JOINERS = new Set(['to', 'or', 'and']);

/**
 * A range counts as its lower end, as "at least" does: "10 to 15 people", "two or three", "10-15",
 * "between 10 and 15". "and" joins a range only after "between" ("two soldiers and three
 * civilians" is a sum, read by the caller).
 */
function withRange(tokens: readonly Token[], n: { value: number; start: number; end: number }): NumberPhrase {
  const joiner = tokens[n.end]?.norm;
  let second = n.end;
  if (joiner !== undefined && RANGE_JOINERS.has(joiner) && (joiner !== 'and' || tokens[n.start]?.norm === 'between')) second = n.end + 1;
  const t = tokens[second];
  if (t === undefined || (second === n.end && digitsValue(t.norm) === undefined)) return n;
  const upper = digitsValue(t.norm) ?? wordNumber(tokens, second)?.value;
  if (upper === undefined || upper <= n.value) return n;
  const end = digitsValue(t.norm) !== undefined ? second + 1 : wordNumber(tokens, second)!.end;
  return { value: n.value, start: n.start, end };
}

/** A 4-digit number that reads as a year (1900–2099). */
export function isYear(norm: string): boolean {
  return /^(19|20)\d\d$/.test(norm);
}
