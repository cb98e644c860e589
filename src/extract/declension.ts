/**
 * Place names in their cases: the one place where the engine reads a name that a language has
 * declined, or joined a preposition to, back to the name the gazetteer knows. The place scan
 * (`places.ts`) calls `declinedPlace` for a word that names nothing as written; folding
 * (`normalize.ts`) calls `stripTurkishSuffix` on every word.
 *
 * Every language that declines names does it the same way here: a word ending in one of its case
 * endings is looked up as its stem plus each ending the name may have in that case's place — an
 * ending → the name's endings, one list a language family in `config/data/grammar.yaml`
 * (`cyrillic_case_endings`, `slavic_case_endings`, `indic_case_endings`, `german_genitive_endings`,
 * `latin_case_endings`). What differs between families is which words are read so, how long the
 * stem must stay, and which places a guessed base form may name (`CASE_READINGS` below). Added to
 * the endings: the adjective a Cyrillic region is named by ("Брянской" → "брянск"), Ukrainian's і
 * of a closed syllable ("Миколаєва" → "миколаїв"), Hindi and Bengali vowel lengths, and the
 * prepositions Arabic and Hebrew join in front of a name ("ببغداد", "בחדרה").
 *
 * Turkish is the exception: its case suffix follows an apostrophe ("Hakkari'de", "PKK'lı") and is
 * taken off every word in folding, so that the token is the name; it is code (a pattern), not a
 * list, because folding runs below the grammar words, which are stored folded. `turkishPlaceCase`
 * then tells the place scan what the suffix said (in, from, on).
 */
import { isDistrict, type PlaceKind } from '../vocabulary.js';
import { foldArabicScript, INDIC_RE, isCaseless, shortVowels } from './scripts.js';

/** An ending → the endings of the name it may replace ("" for none), in the order tried (a `*_case_endings` list). */
export type CaseEndings = readonly (readonly [string, readonly string[]])[];

/** How the languages that decline place names do it (config/data/grammar.yaml). */
export interface Declension {
  /** Russian, Ukrainian and Bulgarian ("Херсоні" → "херсон"): `cyrillic_case_endings`. */
  cyrillic: CaseEndings;
  /** The Slavic languages in the Latin script, after a preposition ("v Nigérii" → "nigerie"): `slavic_case_endings`. */
  slavicLatin: CaseEndings;
  /** The Indian scripts, Georgian and Armenian, which join case endings to a name ("मुंबईत", "சென்னையில்"): `indic_case_endings`. */
  indic: CaseEndings;
  /** German names a country in the genitive with an -s ("im Süden Afghanistans"): `german_genitive_endings`. */
  germanGenitive: CaseEndings;
  /** Lithuanian, Latvian, Estonian, Finnish, Hungarian and Romanian ("Kyjive", "Kijevben"): `latin_case_endings`. */
  latin: CaseEndings;
  /** Endings of an adjective made from a city's name ("ской", "ська"). */
  adjectiveEndings: ReadonlySet<string>;
  /** What the city's name may end with in place of the adjective's -ск/-ськ. */
  adjectiveBases: readonly string[];
  /** The prepositions after which a Slavic language in the Latin script declines a name ("w", "v", "iz"). */
  slavicPrepositions: ReadonlySet<string>;
  /** Arabic articles before a name ("al"): after one, a word is a family name from a place ("al-Baghdadi"), no case form. */
  arabicArticles: ReadonlySet<string>;
  /** A word for a region or a district ("Region"): no declined name. */
  isDivisionWord: (norm: string) => boolean;
}

/** A word of the text as the place scan sees it. */
export interface WordInText {
  /** The folded word. */
  norm: string;
  capitalized: boolean;
  /** In a script without case (Arabic, Devanagari…). */
  caseless: boolean;
  /** The folded word before it, if any. */
  previous: string | undefined;
  /** The first word of its sentence: capitalised whatever it is. */
  opensSentence: boolean;
  /** The text is written with the letters of the Latin-script languages that decline names (`declinesNames`). */
  textDeclines: boolean;
}

/** What `declinedPlace` needs of a gazetteer entry. */
export interface DeclinedEntry {
  id: string;
  kind: PlaceKind;
  population: number;
}

/** What `declinedPlace` needs of the gazetteer. */
export interface DeclinedIndex<E> {
  candidates(key: string): readonly E[];
  demonym(key: string): string | undefined;
}

/** A declined word read as a name: the base form that named places first, and every base form's places. */
export interface DeclinedName<E> {
  key: string;
  candidates: readonly E[];
}

// Letters each family is written in.
const CYRILLIC_RE = /^[\u0400-\u04FF]/;
// Georgian joins its case endings to a name as the Indian languages do ("ქაბულში", in Kabul), and
// so does Armenian ("Տավուշի", of Tavush; "Գազայում", in Gaza).
const CASE_ENDING_SCRIPT_RE = /[\u10A0-\u10FF\u0531-\u058F]/;
/** A folded word in Latin letters only. */
const LATIN_WORD_RE = /^[a-z]+$/;

/**
 * How many letters of a word must stay before a case ending. Cyrillic, Slavic and the Indian
 * scripts: two letters with their signs at least ("मौत", death, is not "मौ" + "त").
 */
const MIN_STEM = 3;
/** A German genitive: "Irans" (4 + -s) at least, not "Laos" less -s. */
const GENITIVE_MIN_STEM = 4;
/** The Latin-script languages, read without a preposition: "Region" is no "Regi" (Reggio), "Kill" no "Kil" (Kiel). */
const LATIN_MIN_STEM = 5;
/** A region or city guessed from a Latin-script case ending must be this big: a stem is no village abroad. */
const DECLINED_MIN_POPULATION = 50_000;
/** …and this big when the word opens a sentence, capitalised whatever it is. */
const DECLINED_FIRST_MIN_POPULATION = 500_000;

/** The forms a word ending in one of `endings` may have, its stem keeping `minStem` letters; `also(stem)` adds a form after each ending's. */
export function caseForms(norm: string, endings: CaseEndings, minStem: number, also?: (stem: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const [ending, bases] of endings) {
    if (!norm.endsWith(ending) || norm.length - ending.length < minStem) continue;
    const stem = norm.slice(0, -ending.length);
    for (const base of bases) out.push(stem + base);
    const extra = also?.(stem);
    if (extra !== undefined) out.push(extra);
  }
  return out;
}

// An adjective made from a place name keeps -ск/-цк (Russian) or -ськ/-цьк/-зьк (Ukrainian) before its ending.
const ADJECTIVE_STEM_RE = /(?:с|ц|з)ь?к$/;

/** The city a Cyrillic region's adjective is made from ("Брянской" → "брянск", "Херсонська" → "херсон", "Сумської" → "суми"). */
function adjectiveBaseForms(norm: string, d: Declension): string[] {
  const out: string[] = [];
  for (const ending of d.adjectiveEndings) {
    const stem = norm.slice(0, -ending.length);
    if (!norm.endsWith(ending) || !ADJECTIVE_STEM_RE.test(stem) || stem.length < 5) continue;
    // A town named by an adjective, in its nominative ("Хмельницькій" → "Хмельницький").
    out.push(stem, `${stem}ии`);
    // -цьк/-цк after a name in -ця/-ца or -к ("Вінниця" → "вінницький", "Кременчук" → "кременчуцький").
    if (/ць?к$/.test(stem)) {
      const root = stem.replace(/ь?к$/, '');
      out.push(`${root}я`, `${root}а`, `${root.slice(0, -1)}к`);
      continue;
    }
    // Ukrainian turns a final ж into з before -ськ ("Запоріжжя" → "запорізький", "Париж" → "паризький").
    const city = stem.replace(/зьк$/, 'ж').replace(/сь?к$/, '');
    if (city === stem) continue;
    for (const base of d.adjectiveBases) out.push(city + base);
    // A name in a doubled consonant and -я drops both ("Закарпаття" → "закарпатський"); one in -а
    // takes -ан- ("Буча" → "бучанський").
    out.push(`${city}${city.at(-1)}я`);
    if (city.endsWith('ан')) out.push(`${city.slice(0, -2)}а`);
  }
  return out;
}

/** Ukrainian "Миколаїв" → "Миколаєва", "Харків" → "Харкова": о/е/є in a declined stem stand for і. */
export function closedSyllable(stem: string): string | undefined {
  const closed = /[оеє](.)$/.exec(stem);
  return closed ? `${stem.slice(0, -2)}і${closed[1]}` : undefined;
}

/** The base forms of a Cyrillic word under `endings` (a name's cases, and a group's plural ones for actors), the stem's і restored. */
export function cyrillicCaseForms(norm: string, endings: CaseEndings): string[] {
  return caseForms(norm, endings, MIN_STEM, closedSyllable);
}

/**
 * A Hebrew word opening with a joined preposition or "and" before at least four more letters: with
 * three, everyday words would be read as names ("מקום", place, as "קום", Qom).
 */
const HEBREW_PREFIX_RE = /^[בלמו]\p{Script=Hebrew}{4,}$/u;
/** An Ethiopic word opening with a joined preposition (በ in, ከ from, የ of, ለ for) before a name of two letters or more. */
const ETHIOPIC_PREFIX_RE = /^[በከየለ]\p{Script=Ethiopic}{2,}$/u;

/**
 * The base forms a word of a script that declines names may have, by its script (one script a
 * word): after a Slavic preposition, the Latin-script Slavic case endings ("v Nigérii" → "nigerie",
 * "u Kijevu" → "kijev", "kod Kruševca" → "krusevac"); Cyrillic case endings and adjectives
 * ("Херсона", "Херсоні" → "херсон"; "Умані" → "умань"; "Брянской" → "брянск"); the Indian
 * scripts', Georgian's and Armenian's case endings ("पुण्यात" → "पुणे", "சென்னையில்" → "சென்னை",
 * "ქაბულში" → "ქაბული"), each with short vowels too ("मोगादीशु" → "मोगादिशु"); an Arabic word less a
 * joined conjunction or preposition ("وبغداد", "ببغداد" → "بغداد"); a Hebrew one less one or two.
 */
function scriptBaseForms(word: WordInText, d: Declension): string[] {
  const { norm } = word;
  // Latin-script Slavic endings only after a preposition: alone, "Marie" would be "Maria" or "Mari".
  if (word.capitalized && d.slavicPrepositions.has(word.previous ?? '') && !CYRILLIC_RE.test(norm)) return caseForms(norm, d.slavicLatin, MIN_STEM);
  if (CYRILLIC_RE.test(norm)) return [...adjectiveBaseForms(norm, d), ...caseForms(norm, d.cyrillic, MIN_STEM, closedSyllable)];
  if (INDIC_RE.test(norm.charAt(0)) || CASE_ENDING_SCRIPT_RE.test(norm.charAt(0))) {
    const out = caseForms(norm, d.indic, MIN_STEM);
    // Each with its vowels short, as script-names.json also holds every name.
    for (const form of [norm, ...out]) {
      const short = shortVowels(form);
      if (short !== form) out.push(short);
    }
    return out;
  }
  // Only before a name of four letters or more: "بلاد" (land) is not "ب" + "لاد" (Lod).
  if (/^[وبلفك]/.test(norm) && isCaseless(norm) && norm.length > 4) return [foldArabicScript(norm.slice(1))];
  // Amharic joins "in", "from", "of" and "for" to a name ("በሶማሊያ", in Somalia; "ከሱዳን", from Sudan).
  if (ETHIOPIC_PREFIX_RE.test(norm)) return [norm.slice(1)];
  if (HEBREW_PREFIX_RE.test(norm)) {
    // Hebrew joins "in", "to", "from", "and" to a name ("בחדרה", in Hadera; "ומירושלים", and from
    // Jerusalem): the name without one or two of them.
    const one = norm.slice(1);
    return HEBREW_PREFIX_RE.test(one) ? [one, one.slice(1)] : [one];
  }
  return [];
}

/** Looks `forms` up, in order: the first that names places accepted is the key, every form's places compete. */
function lookUp<E>(index: DeclinedIndex<E>, forms: readonly string[], accepts: (e: E) => boolean): DeclinedName<E> | undefined {
  let found: DeclinedName<E> | undefined;
  for (const form of forms) {
    const cands = index.candidates(form).filter(accepts);
    if (cands.length === 0) continue;
    if (!found) found = { key: form, candidates: cands };
    else found = { key: found.key, candidates: [...new Set([...found.candidates, ...cands])] };
  }
  return found;
}

/**
 * Lithuanian, Latvian, Estonian, Finnish, Hungarian and Romanian join case endings to a name
 * written in the Latin script ("Kyjive", "Rusijos", "Tallinnas", "Kiovassa", "Kijevben", "Ucrainei").
 * So many of their endings end English words too that the word must look like one: capitalised,
 * longer than the shortest stem, Latin letters only, in a text written in those languages' letters
 * (`declinesNames`), no demonym ("Russian"), no division word ("Region"), and not after an Arabic
 * article ("al-Sudani" is a family name).
 */
function latinCaseForm<E>(word: WordInText, index: DeclinedIndex<E>, d: Declension): boolean {
  return (
    word.textDeclines &&
    !d.arabicArticles.has(word.previous ?? '') &&
    word.capitalized &&
    word.norm.length > LATIN_MIN_STEM &&
    LATIN_WORD_RE.test(word.norm) &&
    !index.demonym(word.norm) &&
    !d.isDivisionWord(word.norm)
  );
}

const isCountry = (e: DeclinedEntry) => e.kind === 'country';

/**
 * The place(s) a word that names nothing as written names in one of its cases, or undefined.
 * Tried in turn, the first that names a place winning: the word's script's case endings and joined
 * prepositions (every place: the text's letters say the language), a German genitive (countries
 * only), and the Latin-script case endings of `latin_case_endings` (countries, and regions and
 * cities of 50,000 people, or 500,000 for a sentence's first word: a stem guessed from so common
 * endings is no village abroad). `guess`: the places a spelling skeleton found for the word
 * ("Tallinnas" as a variant of Tallinn's): only a Latin-script case form naming one of them
 * replaces it ("Suicas" stays Suez).
 */
export function declinedPlace<E extends DeclinedEntry>(
  index: DeclinedIndex<E>,
  word: WordInText,
  d: Declension,
  guess?: readonly E[],
): DeclinedName<E> | undefined {
  if (guess === undefined) {
    // "Николаевской" is the adjective of Николаев (Mykolaiv) before it is the town of Nikolayevsk
    // its stem spells: every base form's places compete, as a name's homonyms do.
    const found =
      ((word.capitalized || word.caseless) && lookUp(index, scriptBaseForms(word, d), () => true)) ||
      (word.capitalized && lookUp(index, caseForms(word.norm, d.germanGenitive, GENITIVE_MIN_STEM), isCountry)) ||
      undefined;
    if (found) return found;
  }
  if (!latinCaseForm(word, index, d)) return undefined;
  const minPopulation = word.opensSentence ? DECLINED_FIRST_MIN_POPULATION : DECLINED_MIN_POPULATION;
  const declined = lookUp(
    index,
    caseForms(word.norm, d.latin, LATIN_MIN_STEM),
    (c) => c.kind === 'country' || ((c.kind === 'city' || c.kind === 'region') && !isDistrict(c) && c.population >= minPopulation),
  );
  return guess === undefined || declined?.candidates.some((c) => guess.includes(c)) ? declined : undefined;
}

/**
 * Latin letters with a diacritic: the languages that join case endings to names write them often
 * (Hungarian á é ö ő, Lithuanian ą ė š ų, Latvian ā ē ī, Estonian õ ä, Romanian ă ș ț, and the Slavic
 * Latin alphabets' č ć š ž), one letter in a hundred or more, and there "Kyjive", "Kijevben" or
 * "Bihaća" is a case form. English and Indonesian write none but in a few names ("Juárez", "Vučić"):
 * there a capitalised word that ends like a case ("Korban", victim) is its own word.
 */
const DIACRITIC_LETTER_RE = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/gu;
const DECLINING_LETTERS_MIN = 3;
const DECLINING_LETTERS_SHARE = 0.01;

/** `letters` (a global pattern) stand `min` times at least in `text`, and `share` of its characters. */
function writtenWith(text: string, letters: RegExp, min: number, share: number): boolean {
  const n = text.match(letters)?.length ?? 0;
  return n >= min && n >= text.length * share;
}

/** The text is written with the letters of the Latin-script languages that decline names. */
export function declinesNames(text: string): boolean {
  return writtenWith(text, DIACRITIC_LETTER_RE, DECLINING_LETTERS_MIN, DECLINING_LETTERS_SHARE);
}

// Turkish joins a case suffix to a proper name with an apostrophe: "Hakkari'de" (in Hakkari),
// "PKK'lı" (of the PKK), "PKK'lılar" (PKK members), "Derbent'teki". The suffix is not part of the
// name. Single vowels are left alone: they end Arabic names ("Sana'a", "Dar'a").
const TURKISH_SUFFIX_RE =
  /^(\p{Lu}[\p{L}\p{M}]*)['’](?:d[ae]|t[ae]|d[ae]n|t[ae]n|d[ae]ki|t[ae]ki|n[iıuü]n|[iıuü]n|y[ae]|y[iıuü]|l[iıuü](?:l[ae]r(?:[iıuü]n?|[ae]|d[ae]n?|c[ae])?)?|l[ae]|n[ae]|nd[ae]|nd[ae]n)$/u;

/** The Turkish cases that place an event: locative "Hakkari'de" (in), ablative "Suriye'den" (from). */
const TURKISH_LOCATIVE_RE = /^\p{Lu}[\p{L}\p{M}]*['’]n?[dt][ae]$/u;
const TURKISH_ABLATIVE_RE = /^\p{Lu}[\p{L}\p{M}]*['’]n?[dt][ae]n$/u;

/** The genitive, before the side of the place: "Irak'ın kuzeyinde" (in the north of Iraq). */
const TURKISH_GENITIVE_RE = /^\p{Lu}[\p{L}\p{M}]*['’]n?[iıuü]n$/u;

/** The dative, where a strike lands: "Lübnan'a İHA saldırısı" (a drone strike on Lebanon), "Gazze'ye". */
const TURKISH_DATIVE_RE = /^\p{Lu}[\p{L}\p{M}]*['’](?:y[ae]|[ae])$/u;

/** "Hakkari'de" is "in Hakkari", "Suriye'den" "from Syria", "Lübnan'a" "on/to Lebanon"; other words are none. */
export function turkishPlaceCase(word: string, turkish = false): 'locative' | 'ablative' | 'dative' | 'genitive' | undefined {
  if (TURKISH_LOCATIVE_RE.test(word)) return 'locative';
  if (TURKISH_ABLATIVE_RE.test(word)) return 'ablative';
  if (TURKISH_DATIVE_RE.test(word) && stripTurkishSuffix(word, turkish) !== word) return 'dative';
  if (TURKISH_GENITIVE_RE.test(word)) return 'genitive';
  return undefined;
}

/**
 * A single-vowel case (dative "Lübnan'a", accusative "İsrail'i") only on a name with a letter of
 * Turkish's own, or as "ı", which Arabic transliterations never write ("Sana'a" keeps its vowel).
 */
const TURKISH_VOWEL_CASE_RE = /^(\p{Lu}[\p{L}\p{M}]*)['’]([aeiuüı])$/u;
const TURKISH_LETTER_RE = /[üıİşğçöÜŞĞÇÖ]/u;

/**
 * Turkish (and Azerbaijani) text: the dotless "ı" is one letter in twenty or so there, and other
 * languages write it only inside a Turkish name ("Erdoğan", "Kılıçdaroğlu" in an English report).
 */
const DOTLESS_I_RE = /ı/g;
const TURKISH_TEXT_SHARE = 0.01;
/** …and a few at least: one "ı" is a Turkish name's ("Irak'ı" in a list of names), not Turkish text. */
const TURKISH_TEXT_MIN = 2;
export function writesTurkish(text: string): boolean {
  return writtenWith(text, DOTLESS_I_RE, TURKISH_TEXT_MIN, TURKISH_TEXT_SHARE);
}

/**
 * "Hakkari'de" → "Hakkari", "Lübnan'a" → "Lübnan"; other words unchanged. In Turkish text a single
 * vowel is a case too after any name ("Irak'a", "Irak'ı"), as it is not in an Arabic name elsewhere.
 */
export function stripTurkishSuffix(word: string, turkish = false): string {
  // Every suffix follows an apostrophe: most words have none, and need no regular expression.
  if (!word.includes("'") && !word.includes('’')) return word;
  const m = TURKISH_SUFFIX_RE.exec(word);
  if (m) return m[1]!;
  const v = TURKISH_VOWEL_CASE_RE.exec(word);
  return v && (turkish || v[2] === 'ı' || TURKISH_LETTER_RE.test(v[1]!)) ? v[1]! : word;
}
