import { decodeHTML } from 'entities';
import { stripTurkishSuffix, writesTurkish } from './declension.js';
import { foldArabicScript, foldEastAsian, foldVowelSignScript, isCaseless, writesUrdu } from './scripts.js';
/**
 * Text normalisation shared by every matcher (places, actors, attack terms, rule keywords):
 * case-, punctuation- and diacritic-insensitive, so "Ain Al-Asad", "ain al asad" and "Aïn al‑Asad"
 * all become the tokens ["ain", "al", "asad"].
 */

export interface Token {
  /** Normalised form: lowercase ASCII-folded letters and digits. */
  readonly norm: string;
  /** Offsets of the token in the original text. */
  readonly start: number;
  readonly end: number;
  /** The original token starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Written in a script without case (Arabic, Persian), where a name cannot be told by a capital. */
  readonly caseless: boolean;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

// Letters that NFKD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  // Hausa's hooked letters (ƙ, ɗ, ɓ, ƴ): outlets write "ƙauye" or "kauye" for the same village, so
  // they fold to the plain letter as an accented one does.
  ƙ: 'k',
  Ƙ: 'k',
  ɗ: 'd',
  Ɗ: 'd',
  ɓ: 'b',
  Ɓ: 'b',
  ƴ: 'y',
  Ƴ: 'y',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  ʿ: '',
  ʾ: '',
  ʻ: '',
  ʼ: '',
  '‘': '',
  '’': '',
  "'": '',
  '`': '',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const MARKS_RE = /\p{M}+/gu;

const PLAIN_WORD_RE = /^[A-Za-z0-9]*$/;

/** Folds one word to its normalised form (no tokenisation). */
export function foldWord(word: string): string {
  // Fast path for plain ASCII letters and digits, most words of English text and of names.
  if (PLAIN_WORD_RE.test(word)) return word.toLowerCase();
  const eastAsian = foldEastAsian(word);
  if (eastAsian !== undefined) return eastAsian;
  const decomposed = word.normalize('NFKD');
  const vowelSigns = foldVowelSignScript(decomposed);
  if (vowelSigns !== undefined) return vowelSigns;
  return foldArabicScript(
    decomposed
      .replace(MARKS_RE, '')
      .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? '')
      .toLowerCase(),
  );
}

// A word: letters/digits with their combining marks ("H̱olon", "Naz̧arābād" have no precomposed
// letter), inner apostrophes and ayn/hamza signs ("Sana'a", "Iraq's", "Ba‘qūbah", "Taʻizz") and
// inner dots in numbers ("1.5").
// A figure written joined to a word of a caseless script ("میں4افراد", "83మంది", Urdu and Telugu
// news) is a word of its own.
const WORD_RE = /\p{Nd}+(?=\p{Lo})|\p{Lo}[\p{L}\p{M}]*(?=\p{Nd})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘ʼʻ`ʿʾ][\p{L}\p{M}]+)*(?:[.,]\d+)*/gu;
const POSSESSIVE_RE = /['’ʼ`]s$/i;
/** Possessive "'s" folds away: "Iraq's" → "iraq". */
function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE_RE, '');
}
// A sentence ends at . ! ? ; before a capital or digit, or before any word of a script without
// case (Arabic "؟" and "؛" too), and always at the Devanagari danda "।", the full stops of Chinese
// and Japanese "。" (with "！" and "？", written with no space after), Khmer "។", Burmese "။",
// Amharic "።" and Armenian "։", and the Urdu full stop "۔" — but not after an abbreviation ("Oct. 17", "Gen. Smith", "U.S. Army", "No. 3"), nor at an
// Urdu full stop written between two words as a hyphen ("سیستان۔بلوچستان"). Thai and Lao end no
// sentence with a full stop: after their letters it closes an abbreviation ("8.00 น." o'clock,
// "อ." district, "พ.ต.อ." a police colonel's rank), and a space or a line ends the sentence.
const ABBREVIATIONS = `Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Cpl|Adm|Gov|Sen|Rep|Rev|Prof|St|Mt|No|Nos|Vol|Jr|Sr|vs|Inc|Co|Corp|Ltd|[A-Z]`;
const SENTENCE_END_RE = new RegExp(
  String.raw`(?:(?<!\b(?:${ABBREVIATIONS}))(?<![\u0E00-\u0EFF])\.|[!?;])["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])|
\s*
|
(?=\s*[\p{Lu}])|(?<![\u0E00-\u0EFF])[.!?;؟؛]+\s+(?=\p{Lo})|
(?=\s*\p{Lo})|[।॥。！？｡។။።։]+\s*|۔+(?:\s+|(?!\p{L}))`,
  'gu',
);

const TITLE_CLAUSE_RE = /;\s+(?=\p{Ll})/gu;

/**
 * Splits text into normalised tokens, keeping offsets, capitalisation and sentence numbers.
 * `turkish`: the text is Turkish, whose case suffixes fold away (a prepared document says it once).
 */
export function tokenize(text: string, titleLength = 0, turkish = writesTurkish(text)): Token[] {
  const sentenceStarts: number[] = [];
  forEachMatch(SENTENCE_END_RE, text, (match, index) => sentenceStarts.push(index + match.length));
  // A title joins two headlines with a semicolon whatever case follows ("Six police killed in
  // blast; fifth attack in three months"): the second is a sentence of its own.
  forEachMatch(TITLE_CLAUSE_RE, text.slice(0, titleLength), (match, index) => sentenceStarts.push(index + match.length));
  sentenceStarts.sort((a, b) => a - b);
  const tokens: Token[] = [];
  let sentence = 0;
  forEachWord(text, turkish, (norm, raw, index, length) => {
    while (sentence < sentenceStarts.length && index >= sentenceStarts[sentence]!) sentence++;
    const first = raw.charAt(0);
    tokens.push({
      norm,
      start: index,
      end: index + length,
      capitalized: first !== first.toLowerCase(),
      caseless: isCaseless(first),
      sentence,
    });
  });
  return tokens;
}

/**
 * The normalised forms of `tokenize(text)`'s tokens, without the rest of each token: a text's
 * fingerprint reads only these, and needs neither its sentences (a pass of their expression over
 * the text) nor an object per word.
 */
export function tokenNorms(text: string): string[] {
  const norms: string[] = [];
  forEachWord(text, writesTurkish(text), (norm) => norms.push(norm));
  return norms;
}

/**
 * The words of a text as `tokenize` cuts them, in order: each word's normalised form (never
 * empty), the word as written less its possessive and (Turkish) case ending, its offset and its
 * length as written.
 */
function forEachWord(text: string, turkish: boolean, each: (norm: string, raw: string, index: number, length: number) => void): void {
  const push = (word: string, index: number, figure?: string) => {
    // In running text a Turkish case suffix folds away too ("Hakkari'de" → "hakkari"); not in
    // names of the data, where an apostrophe is often a transliterated soft sign ("Ful'da").
    const raw = stripTurkishSuffix(stripPossessive(word), turkish);
    const norm = figure ?? foldWord(raw);
    if (norm) each(norm, raw, index, word.length);
  };
  forEachMatch(WORD_RE, text, (word, index) => {
    if (!UNSPACED_SCRIPT_RE.test(word)) push(word, index);
    else if (!HAN_COUNT_RE.test(word)) for (const w of segmentWords(word)) push(w.segment, index + w.index);
    else {
      // A figure of people in Han numerals ("十二名", "三人") is read as its digits, the rest of the run as words.
      let from = 0;
      forEachMatch(HAN_COUNT_GLOBAL_RE, word, (numeral, at) => {
        for (const w of segmentWords(word.slice(from, at))) push(w.segment, index + from + w.index);
        push(numeral, index + at, String(hanNumber(numeral)));
        from = at + numeral.length;
      });
      for (const w of segmentWords(word.slice(from))) push(w.segment, index + from + w.index);
    }
  });
}

// Chinese and Japanese count people in Han numerals before a counter ("十二名士兵", twelve soldiers;
// "三人が死亡", three died), which the dictionary cuts anywhere ("二十 三名"): such a numeral is cut
// out first and read as a figure.
const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
// Not after "数", "几", "多" (several): "数十人" is tens of people, no figure.
const HAN_COUNT_RE = /(?<![数數几幾多])[〇零一二两兩三四五六七八九十百千]+[名人]/;
const HAN_COUNT_GLOBAL_RE = /(?<![数數几幾多])[〇零一二两兩三四五六七八九十百千]+(?=[名人])/g;

/** "二十三" → 23, "十二" → 12, "一百零五" → 105, "三" → 3. */
function hanNumber(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const c of numeral) {
    const scale = HAN_SCALES[c];
    if (scale === undefined) digit = HAN_DIGITS[c] ?? 0;
    else {
      // "十二": a scale with no digit before it is one of it.
      total += (digit || 1) * scale;
      digit = 0;
    }
  }
  return total + digit;
}

/**
 * Calls `each` with every match of a global regular expression (one that never matches empty) and
 * its offset. `matchAll` would clone the expression and wrap every match in an iterator result: a
 * word is the unit of every document, and those were about a tenth of what extracting one allocated.
 */
function forEachMatch(re: RegExp, text: string, each: (match: string, index: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) each(m[0], m.index);
}

// Thai, Lao, Khmer, Burmese, Chinese and Japanese write a phrase without spaces between its words
// ("ลอบวางระเบิด", planted a bomb; "发生自杀式袭击", a suicide attack happened): a run of these
// scripts (Han, kana) is cut into words by the dictionaries of Intl.Segmenter (ICU, shipped with
// Node; its break rules pick the dictionary by script, whatever the locale), in the text and the
// word lists alike, so a phrase of the lists meets the same words in a report.
const UNSPACED_SCRIPT_RE = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
const WORD_SEGMENTER = new Intl.Segmenter('th', { granularity: 'word' });

/** The words of a run of an unspaced script, with their offsets in it. */
function segmentWords(run: string): Intl.SegmentData[] {
  return [...WORD_SEGMENTER.segment(run)].filter((s) => s.isWordLike);
}

/** Normalised token strings of a phrase, e.g. for dictionary keys: "Ain al-Asad" → ["ain","al","asad"]. */
export function phraseTokens(phrase: string): string[] {
  // Same words and folding as tokenize(), without offsets and sentences (gazetteer keys: 165k names);
  // zero-width (non-)joiners go as they go from a document's text ("ఛత్తీస్‌గఢ్", Persian names).
  const out: string[] = [];
  const push = (word: string) => {
    const norm = foldWord(stripPossessive(word));
    if (norm) out.push(norm);
  };
  for (const m of phrase.replace(INVISIBLE_RE, '').matchAll(WORD_RE)) {
    if (!UNSPACED_SCRIPT_RE.test(m[0])) push(m[0]);
    else for (const w of segmentWords(m[0])) push(w.segment);
  }
  return out;
}

/** A phrase's canonical key: its normalised tokens joined by one space. */
export function phraseKey(phrase: string): string {
  return phraseTokens(phrase).join(' ');
}

// Round 23: the word cutter cuts a name its dictionary lacks anywhere ("哈尔科夫", Kharkiv, is four
// words of one letter; "ハンユニス" one word), and not always as it cut the name alone in a list. A
// place's key joins the words of the unspaced scripts without a space, so that a name is found
// however its letters were cut, but only as whole words of the text: "东方" (Dongfang, and east)
// is not found inside "东方红", one word.
const UNSPACED_JOIN_RE = /(?<=[฀-໿က-႟ក-៿぀-ヿ㐀-䶿一-鿿豈-﫿]) (?=[฀-໿က-႟ក-៿぀-ヿ㐀-䶿一-鿿豈-﫿])/g;

/** A place-name key (phraseKey) with the words of the unspaced scripts joined: "加沙 城" → "加沙城". */
export function joinUnspaced(key: string): string {
  return UNSPACED_SCRIPT_RE.test(key) ? key.replace(UNSPACED_JOIN_RE, '') : key;
}

/** A word of Thai, Lao, Burmese, Khmer, Chinese or Japanese, which write without spaces. */
export function writtenUnspaced(norm: string): boolean {
  return UNSPACED_SCRIPT_RE.test(norm);
}

/** A document ready for matching: its text tokenised once, shared by extraction and rules. */
export interface PreparedDocument {
  title: string;
  content: string;
  /** Tokens of the title, then of the content; `titleEnd` is the index of the first content token. */
  tokens: Token[];
  titleEnd: number;
  /** `title + "\n\n" + content`: token offsets point into this. */
  text: string;
  /** Written in Turkish: a name's case ending after an apostrophe places it ("Hakkari'de", in Hakkari). */
  turkish: boolean;
  /** Written in Urdu (its own letters of the Arabic script): English loans keep English order ("چیک پوسٹ", check post). */
  urdu: boolean;
}

/**
 * What extraction reads of a document: a title and the first paragraphs are where a report says
 * what happened; beyond these caps a huge input would only cost time.
 */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_CONTENT_CHARS = 20_000;

// Soft hyphens ("Sui&shy;cide") and zero-width characters sit inside words in web text.
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Decoded, invisible characters removed, composed (NFD "Se\u0301gou" → "Ségou"), capped. */
function cleanText(raw: string, maxChars: number): string {
  // Entities are decoded first so that "&shy;" is removed with the rest.
  return decodeHTML(raw.length > 2 * maxChars ? raw.slice(0, 2 * maxChars) : raw)
    .replace(INVISIBLE_RE, '')
    .normalize('NFC')
    .slice(0, maxChars)
    .trim();
}

export function prepareDocument(doc: { title: string; content?: string | null }): PreparedDocument {
  // Feed text arrives as plain text, but titles and `analyze` input often still carry HTML
  // entities ("&#8217;", "&amp;"): decoded, they do not become tokens of their own.
  const title = cleanText(doc.title, MAX_TITLE_CHARS);
  const content = cleanText(doc.content ?? '', MAX_CONTENT_CHARS);
  const text = content ? `${title}\n\n${content}` : title;
  const turkish = writesTurkish(text);
  const tokens = tokenize(text, title.length, turkish);
  let titleEnd = tokens.findIndex((t) => t.start > title.length);
  if (titleEnd < 0) titleEnd = tokens.length;
  return { title, content, tokens, titleEnd, text, turkish, urdu: writesUrdu(text) };
}
