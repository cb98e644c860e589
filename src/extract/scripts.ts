/**
 * What folding needs beyond Latin script: Arabic, Persian and Urdu letters and digits, the vowel
 * signs of the Indian and South-East Asian scripts, Chinese, Japanese and Korean. Used by
 * `normalize.ts` (every word) and by `declension.ts` (the base forms of a declined place name).
 */

const ARABIC_SCRIPT_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Letters of the Arabic script that Urdu has and Arabic and Persian lack: its text has them. */
const URDU_LETTERS_RE = /[ٹڈڑںےہھ]/u;

/** The text is Urdu (URDU_LETTERS_RE). */
export function writesUrdu(text: string): boolean {
  return URDU_LETTERS_RE.test(text);
}

// Letters written in several ways: teh marbuta as heh, alef maksura and Persian yeh as yeh,
// Persian kaf as kaf, alef wasla as alef ("مدينة" = "مدينه", "ی" = "ي"); Urdu's final yeh barree,
// heh goal, the aspirating heh doachashmee and noon ghunna as yeh, heh and noon ("حملہ" = Persian
// "حمله", "دھماکے" = "دهماكي", "میں" = "مين"); Eastern Arabic and Persian/Urdu digits as ASCII
// digits, so that "٥" and "۵" read as 5. Round 28 (place28): Pashto's gaf "ګ" as the Persian and
// Urdu "گ" ("اروزګان" = "اروزگان", Uruzgan), the one letter Pashto writes its own way in names the
// other languages share.
const ARABIC_LETTERS: Record<string, string> = {
  ګ: 'گ',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ے: 'ي',
  ۓ: 'ي',
  ک: 'ك',
  ۀ: 'ه',
  ہ: 'ه',
  ۂ: 'ه',
  ھ: 'ه',
  ں: 'ن',
  ٱ: 'ا',
  ـ: '',
};
for (let d = 0; d <= 9; d++) {
  ARABIC_LETTERS[String.fromCharCode(0x660 + d)] = String(d);
  ARABIC_LETTERS[String.fromCharCode(0x6f0 + d)] = String(d);
}
const ARABIC_LETTERS_RE = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');

// The article "al-" with the conjunctions and prepositions written joined to it ("wa-", "bi-",
// "fa-", "ka-", and "li-" + "al-" written "lil-"): "والموصل", "بالموصل", "للموصل" all read "موصل";
// and "wa-" (and) before any longer word: "وإصابة" (and the wounding) reads "اصابه". A word that
// itself begins with و loses it too, in the text and in the lists alike.
const ARABIC_ARTICLE_RE = /^(?:[وف]?(?:[بك]?ال|لل)(?=..)|و(?=...))/;

/** Folds a word holding Arabic-script letters (marks already removed): letter variants, digits, the article. */
export function foldArabicScript(word: string): string {
  if (!ARABIC_SCRIPT_RE.test(word)) return word;
  return word.replace(ARABIC_LETTERS_RE, (c) => ARABIC_LETTERS[c] ?? '').replace(ARABIC_ARTICLE_RE, '');
}

// A letter of a script without case ("other letter": Arabic, Devanagari, Bengali, Han…), or of
// Georgian's everyday alphabet (Mkhedruli), which Unicode files as lower case but which writes a
// name as any other word (round 17: "რუსეთის", of Russia, was never looked up).
const CASELESS_LETTER_RE = /[\p{Lo}\u10D0-\u10FF]/u;

/** A script without upper and lower case (Arabic, Devanagari…): a name there is not capitalised. */
export function isCaseless(word: string): boolean {
  return CASELESS_LETTER_RE.test(word.charAt(0));
}

// The Indian scripts (Devanagari to Malayalam) write vowels as combining signs, which are letters
// there, not accents: "मौत" (death) must not fold to "मत" (vote). Only the nukta dot ("ज़ख्मी" =
// "जख्मी") and the chandrabindu, often written as anusvara ("पाँच" = "पांच"), fold away, and a
// Malayalam chillu letter reads as its consonant with virama, the older way to write it ("ൽ" = "ല്").
export const INDIC_RE = /[\u0900-\u0DFF]/;
const MALAYALAM_CHILLU: Record<string, string> = { ൺ: 'ണ്', ൻ: 'ന്', ർ: 'ര്', ൽ: 'ല്', ൾ: 'ള്', ൿ: 'ക്' };
const MALAYALAM_CHILLU_RE = /[ൺൻർൽൾൿ]/g;
const INDIC_FOLD_RE =
  /[\u093C\u09BC\u0A3C\u0ABC\u0B3C\u0CBC\u0901\u0981\u0A01\u0A81\u0B01\u0C01\u0D01\u0966-\u096F\u09E6-\u09EF\u0BE6-\u0BEF\u0C66-\u0C6F\u0D66-\u0D6F]/g;
const NUKTA_RE = /[\u093C\u09BC\u0A3C\u0ABC\u0B3C\u0CBC]/;

// Thai, Lao, Burmese and Khmer write vowels and tones as combining signs too ("ดับ", died, is not
// "ดบ"): their signs stay, their digits read as digits ("๔", "၅").
const SOUTHEAST_ASIAN_RE = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/;
const SOUTHEAST_ASIAN_DIGIT_RE = /[\u0E50-\u0E59\u0ED0-\u0ED9\u1040-\u1049\u17E0-\u17E9]/g;

/** Folds a word of a script whose vowel signs are letters (NFKD, not yet stripped of marks): Indian scripts' nukta, chandrabindu, chillu, and native digits. */
export function foldVowelSignScript(word: string): string | undefined {
  if (SOUTHEAST_ASIAN_RE.test(word)) return word.replace(SOUTHEAST_ASIAN_DIGIT_RE, (c) => String((c.charCodeAt(0) & 0xf) % 10));
  if (!INDIC_RE.test(word)) return undefined;
  return word
    .replace(MALAYALAM_CHILLU_RE, (c) => MALAYALAM_CHILLU[c] ?? c)
    .replace(INDIC_FOLD_RE, (c) => {
      if (NUKTA_RE.test(c)) return '';
      const code = c.charCodeAt(0);
      // Chandrabindu (U+0901, U+0981…) → anusvara, the next code point.
      if ((code & 0x7f) === 0x01) return String.fromCharCode(code + 1);
      // A native digit: its place after the script's zero (U+0966, U+09E6…).
      return String((code & 0x7f) - 0x66);
    });
}

// Chinese, Japanese and Korean keep their marks: the voicing marks of kana ("が" is not "か") and
// Hangul syllables stay composed (NFKC: full-width digits and half-width kana read as the usual ones).
const EAST_ASIAN_RE = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFFDC]/;
const HANGUL_WORD_RE = /^[\uAC00-\uD7A3]+$/;

// Korean joins its particles to the noun they mark ("키이우에서", in Kyiv; "테러로", by a terror
// attack; "러시아군이", the Russian army as subject) and its verbs of Chinese origin are a noun with
// "to do" or "to become" ("사망했다", died; "살해됐다", was killed; "공격당한", attacked): both come
// off, so that the noun is the word of the lists and of the gazetteer, in the text and the lists
// alike. A particle that a vowel-final noun takes ("가", "는", "를", "로", "와") only after a
// syllable without a final consonant, its twin ("이", "은", "을", "으로", "과") only after one with
// it, as the grammar pairs them; "도" (also), "의" (of), "가" and "와" leave two syllables at least
// ("인도", India; "국가", state). Longest first; a word may carry a verb ending or two particles.
type KoreanEnding = readonly [string, 'any' | 'vowel' | 'consonant', number];
const KOREAN_ENDINGS: readonly KoreanEnding[] = (
  [
    ...['했습니다', '했으며', '했는데', '했으나', '했다', '했고', '했던', '하면서', '하며', '하고', '하는', '하자', '하여', '해서', '한', '해', '했'].map(
      (e) => [e, 'any', 2] as const,
    ),
    ...['되었다', '됐으며', '됐다', '됐고', '되어', '되고', '되는', '된', '돼', '당했다', '당했으며', '당한', '당해', '당하고'].map(
      (e) => [e, 'any', 2] as const,
    ),
    ...['에서는', '에서도', '에서의', '에서', '에게서', '에게', '에는', '에도', '에', '까지', '부터', '께서'].map((e) => [e, 'any', 1] as const),
    ['으로는', 'consonant', 1],
    ['으로', 'consonant', 1],
    ['로는', 'vowel', 1],
    ['로', 'vowel', 1],
    ['이', 'consonant', 1],
    ['은', 'consonant', 1],
    ['을', 'consonant', 1],
    ['과', 'consonant', 1],
    ['는', 'vowel', 1],
    ['를', 'vowel', 1],
    ['가', 'vowel', 2],
    ['와', 'vowel', 2],
    ['의', 'any', 2],
    ['도', 'any', 2],
  ] as KoreanEnding[]
).sort((a, b) => b[0].length - a[0].length);

/** A Hangul syllable with a final consonant (batchim): (code − 가) mod 28 is its final. */
function closedSyllable(c: string): boolean {
  return (c.charCodeAt(0) - 0xac00) % 28 !== 0;
}

function stripKorean(word: string): string {
  for (let round = 0; round < 2; round++) {
    const ending = KOREAN_ENDINGS.find(([e, after, min]) => {
      if (!word.endsWith(e) || word.length - e.length < min) return false;
      if (after === 'any') return true;
      return closedSyllable(word.charAt(word.length - e.length - 1)) === (after === 'consonant');
    });
    if (!ending) break;
    word = word.slice(0, -ending[0].length);
  }
  return word;
}

/** Folds a word holding Chinese, Japanese or Korean letters (undefined for other words): NFKC, lower case, Korean particles and verb endings off. */
export function foldEastAsian(word: string): string | undefined {
  if (!EAST_ASIAN_RE.test(word)) return undefined;
  const folded = word.normalize('NFKC').toLowerCase();
  return HANGUL_WORD_RE.test(folded) ? stripKorean(folded) : folded;
}

// Hindi, Marathi and Bengali write a foreign name's i and u long or short at will ("मोगादीशु",
// "मोगादिशू" are Mogadishu): for a place look-up the two lengths are one. Not in folding itself,
// where they tell words apart ("की", of, is not "कि", that).
const LONG_VOWELS: Record<string, string> = { 'ी': 'ि', 'ू': 'ु', ई: 'इ', ऊ: 'उ', 'ী': 'ি', 'ূ': 'ু', ঈ: 'ই', ঊ: 'উ' };
const LONG_VOWELS_RE = /[ीूईऊীূঈঊ]/g;

/** A Devanagari or Bengali word with its long i and u written short. */
export function shortVowels(norm: string): string {
  return norm.replace(LONG_VOWELS_RE, (c) => LONG_VOWELS[c] ?? c);
}
