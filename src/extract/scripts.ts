/**
 * What folding needs beyond Latin script: Arabic and Persian letters and digits, Turkish case
 * suffixes after an apostrophe, and the inflected forms under which Cyrillic and Arabic text
 * names a place. Used by `normalize.ts` (every word) and the place scan (`places.ts`).
 */

const ARABIC_SCRIPT_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const CYRILLIC_RE = /^[\u0400-\u04FF]/;

// Letters written in several ways: teh marbuta as heh, alef maksura and Persian yeh as yeh,
// Persian kaf as kaf, alef wasla as alef ("مدينة" = "مدينه", "ی" = "ي"); Eastern Arabic and
// Persian digits as ASCII digits, so that "٥" and "۵" read as 5.
const ARABIC_LETTERS: Record<string, string> = {
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ۀ: 'ه',
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

/** A script without upper and lower case (Arabic, Persian): a name there is not capitalised. */
export function isCaseless(word: string): boolean {
  return ARABIC_SCRIPT_RE.test(word.charAt(0));
}

// Turkish joins a case suffix to a proper name with an apostrophe: "Hakkari'de" (in Hakkari),
// "PKK'lı" (of the PKK), "Derbent'teki". The suffix is not part of the name. Single vowels are
// left alone: they end Arabic names ("Sana'a", "Dar'a").
const TURKISH_SUFFIX_RE =
  /^(\p{Lu}[\p{L}\p{M}]*)['’](?:d[ae]|t[ae]|d[ae]n|t[ae]n|d[ae]ki|t[ae]ki|n[iıuü]n|[iıuü]n|y[ae]|y[iıuü]|l[iıuü]|l[ae]|n[ae]|nd[ae]|nd[ae]n)$/u;

/** "Hakkari'de" → "Hakkari"; other words unchanged. */
export function stripTurkishSuffix(word: string): string {
  const m = TURKISH_SUFFIX_RE.exec(word);
  return m ? m[1]! : word;
}

/** How Cyrillic text declines a place name (config/data/grammar.yaml). */
export interface CyrillicDeclension {
  /** An ending → the endings of the name it may replace ("і" → "", "а", "ь"…). */
  cases: ReadonlyMap<string, readonly string[]>;
  /** Endings of an adjective made from a city's name ("ской", "ська"). */
  adjectiveEndings: ReadonlySet<string>;
  /** What the city's name may end with in place of the adjective's -ск/-ськ. */
  adjectiveBases: readonly string[];
}

// An adjective made from a place name keeps -ск/-цк (Russian) or -ськ/-цьк (Ukrainian) before its ending.
const ADJECTIVE_STEM_RE = /(?:с|ц)ь?к$/;

/**
 * Base forms a declined place name may have, for a gazetteer look-up when the word as written
 * is no name: Russian, Ukrainian and Bulgarian case endings ("Херсона", "Херсоні" → "херсон";
 * "Умані" → "умань"; "Миколаєва" → "миколаів", the Ukrainian і of a closed last syllable), a
 * region's adjective ("Брянской" → "брянск", "Херсонська" → "херсон", "Сумської" → "суми"), and
 * Arabic words with a joined conjunction or preposition ("وبغداد", "ببغداد" → "بغداد").
 * `norm` is a folded word.
 */
export function nameBaseForms(norm: string, declension: CyrillicDeclension): string[] {
  const out: string[] = [];
  if (CYRILLIC_RE.test(norm)) {
    for (const ending of declension.adjectiveEndings) {
      const stem = norm.slice(0, -ending.length);
      if (!norm.endsWith(ending) || !ADJECTIVE_STEM_RE.test(stem) || stem.length < 5) continue;
      out.push(stem);
      const city = stem.replace(/сь?к$/, '');
      if (city !== stem) for (const base of declension.adjectiveBases) out.push(city + base);
    }
    for (const [ending, bases] of declension.cases) {
      if (!norm.endsWith(ending) || norm.length - ending.length < 3) continue;
      const stem = norm.slice(0, -ending.length);
      for (const base of bases) out.push(stem + base);
      // Ukrainian "Миколаїв" → "Миколаєва", "Харків" → "Харкова": о/е/є in the stem stand for і.
      const closed = /[оеє](.)$/.exec(stem);
      if (closed) out.push(`${stem.slice(0, -2)}і${closed[1]}`);
    }
  } else if (/^[وبلفك]/.test(norm) && isCaseless(norm) && norm.length > 4) {
    // Only before a name of four letters or more: "بلاد" (land) is not "ب" + "لاد" (Lod).
    out.push(foldArabicScript(norm.slice(1)));
  }
  return out;
}
