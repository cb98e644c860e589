import { isCuratedTown, isDistrict, isSite } from '../vocabulary.js';
import { type Declension, declinedPlace, declinesNames, stripTurkishSuffix, turkishPlaceCase } from './declension.js';
import { writtenName } from './gazetteer/display-name.js';
import { distanceKm, type Gazetteer, type GazetteerEntry } from './gazetteer/index.js';
import { phraseKey, type Token, writtenUnspaced } from './normalize.js';
import { startsWithDigit } from './numbers.js';
import { MENTION_USE_WEIGHT, PLACE_SIZE, PLACE_SCORE as W } from './weights.js';
import { WORDS } from './words.js';

/** The part of the gazetteer that place resolution needs. */
export type PlaceEntry = Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'country' | 'lat' | 'lon' | 'population' | 'admin1' | 'featureCode'>;
export type PlaceIndex = Pick<Gazetteer, 'candidates' | 'demonym' | 'byId' | 'spellingVariants' | 'regionCentres'>;

export interface PlaceMention {
  entry: PlaceEntry;
  /** Token span. */
  start: number;
  end: number;
  sentence: number;
  inTitle: boolean;
  /** Preceded by "in", "near", "at", "struck"…: the text puts something there. */
  locative: boolean;
  /** Followed by "air base", "airbase", "base": the text speaks of a base. */
  baseContext: boolean;
  /**
   * How much the mention says the event happened there: 1 for a place; less for an adjective
   * ("US base", "Saudi-led"), an origin ("rocket from Gaza"), a border ("near the Niger border"),
   * and nothing for a capital that stands for its government ("Russia blames Kyiv").
   */
  weight: number;
  /** What the mention is in its sentence: the place itself, or one of the uses that `weight` discounts. */
  use: MentionUse;
  /** "the Ain al-Asad airbase west of Baghdad": the place (Ain al-Asad) that this one only locates. */
  locates: PlaceEntry | null;
  /**
   * "about 30km from Beni town": the distance in km the text states between the scene and this
   * place; for a bare direction ("south of Baghdad"), as far as a place that is only a reference.
   */
  statedKm: number | null;
  /** The town or region as the text spells it in Latin script ("Kut" for Al Kūt), to show to readers. */
  written: string | undefined;
}

/**
 * What a mention is in its sentence: the place itself, an attribute ("US base"), the home of the
 * people or unit named ("Jane Roe, 24, of Waycross"; "Kentucky National Guardsmen"), an origin
 * ("rocket from Gaza"), a destination ("the train to Peshawar"), a border, a government, or one
 * end of a line named after its ends ("the Kirkuk-Ceyhan pipeline"), or one end of the road the
 * text names as the scene ("on the Maiduguri-Damboa road"), or where a warning sounded ("sirens
 * were sounded in Ashkelon").
 */
export type MentionUse =
  | 'place'
  | 'attribute'
  | 'home'
  | 'origin'
  | 'destination'
  | 'border'
  | 'government'
  | 'earlier-event'
  | 'war'
  | 'route-end'
  | 'road-end'
  | 'warning';

const MAX_NAME_TOKENS = 6;
/**
 * Round 23: in Chinese and Japanese the word cutter gives a name its dictionary lacks one letter a
 * word ("第聂伯罗" is four): a name that begins with such a word may run to this many.
 */
const MAX_UNSPACED_NAME_TOKENS = 12;
/** How far back "from" may stand before the place: "from the direction of the occupied Golan in the north". */
const FROM_REACH = 8;
/** How far back "to" may stand: "to the nearby province of Narathiwat". */
const DESTINATION_REACH = 6;
/** How far before "in" a siren or alert word may stand: "sirens were also heard in …". */
const WARNING_REACH = 5;
/** How far before "of"/"from" a stated distance may stand: "about 30km (14 miles) from". */
const DISTANCE_REACH = 6;
const KM_PER_MILE = 1.609;
const KM_PER_NAUTICAL_MILE = 1.852;

function _titleCaseSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
}

export interface PlaceScanOptions {
  /** Tokens that belong to something else (actors, attack phrases): no place may overlap them. */
  masked: Uint8Array;
  titleEnd: number;
  /** Token range of a dateline ("BAGHDAD (Reuters) —"), whose places do not count by themselves. */
  dateline: readonly [number, number] | null;
  /** A dateline opening the title itself ("BANGKOK: A Myanmar military airstrike…" as a feed's title). */
  titleDateline: readonly [number, number] | null;
  /** Countries the text speaks of otherwise (the forces it names: "Pakistani military" → PK). */
  contextCountries: ReadonlySet<string>;
  /** By the token that ends an actor's name, the countries the actor is of or fights in ("Houthis" → YE). */
  actorHomes?: ReadonlyMap<number, ReadonlySet<string>>;
  /** The text is Turkish (PreparedDocument.turkish): names carry their case after an apostrophe. */
  turkish: boolean;
  /** The text is Urdu (PreparedDocument.urdu): it writes English loans in English order. */
  urdu: boolean;
  /** Token `at` lies in a clause about another event (clauses.ts): a place there is that event's. */
  referred?: (at: number) => boolean;
}

interface RawMention {
  start: number;
  end: number;
  key: string;
  candidates: readonly PlaceEntry[];
  /** Found only by its spelling skeleton ("Qandahar" for Kandahar): a place only where the text puts something there. */
  variant: boolean;
  /** Named with a word for a region or district after it ("Kurram district", "Chikun LGA"): not a bare name. */
  worded: boolean;
}

/** A word after a name that says it is a region or a district. */
const divisionWord = (norm: string) => WORDS.region_words.has(norm) || WORDS.district_words.has(norm);

/** How the languages that decline place names do it: grammar.yaml's case-ending lists, read by declension.ts. */
const DECLENSION: Declension = {
  cyrillic: WORDS.cyrillic_case_endings,
  slavicLatin: WORDS.slavic_case_endings,
  indic: WORDS.indic_case_endings,
  germanGenitive: WORDS.german_genitive_endings,
  latin: WORDS.latin_case_endings,
  adjectiveEndings: WORDS.cyrillic_adjective_endings,
  adjectiveBases: WORDS.cyrillic_adjective_bases,
  slavicPrepositions: WORDS.slavic_place_prepositions,
  arabicArticles: WORDS.construct_articles,
  isDivisionWord: divisionWord,
};

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
/** ʼ, which some sites write for the apostrophe of an elision. */
const MODIFIER_APOSTROPHE = 0x2bc;

/** text[start, end) has an apostrophe: read without cutting the word out, at every word of a name's window. */
function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) return true;
  }
  return false;
}

/** Characters from a word's start to the apostrophe of the longest elided article read ("lorsqu'"). */
const MAX_ELISION = Math.max(...[...WORDS.elided_articles].map((a) => a.length)) + 1;
/**
 * The name after an elision starts with a capital ("nell'Iraq"; not "all'alba", at dawn, which is
 * no Alba).
 */
const CAPITAL_RE = /^\p{Lu}/u;

/**
 * The article or preposition (WORDS.elided_articles) elided into a word, in lower case, and the
 * rest of the word after the apostrophe: "d'Idlib" → "d", "Idlib"; undefined for other words. Only
 * a word with an apostrophe near its start is read again, so other words cost a few character reads.
 */
function elision(text: string, t: Token): { article: string; rest: string } | undefined {
  for (let c = t.start + 1; c < Math.min(t.end, t.start + MAX_ELISION); c++) {
    const code = text.charCodeAt(c);
    if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === MODIFIER_APOSTROPHE) {
      const article = text.slice(t.start, c).toLowerCase();
      return WORDS.elided_articles.has(article) ? { article, rest: text.slice(c + 1, t.end) } : undefined;
    }
  }
  return undefined;
}

/**
 * The key of a name that French or Italian writes with an elided article or "de" joined to it:
 * "la région d'Idlib", "dans l'Ituri", "le nord d'Israël", "nell'Iraq". The word folds to one
 * token ("didlib") that no name has and that is not capitalised; undefined for other words.
 */
function elidedName(text: string, t: Token): string | undefined {
  if (t.capitalized || t.caseless) return undefined;
  const e = elision(text, t);
  return e && CAPITAL_RE.test(e.rest) ? phraseKey(e.rest) : undefined;
}

/** The place's name begins elided into "de" ("d'Idlib", "dell'Iraq"): read as "of" before it. */
const elidedOf = (text: string, t: Token) => WORDS.elided_of.has(elision(text, t)?.article ?? '');
/** Italian "in the", "on the" elided into the name ("nell'Iraq settentrionale"): read as "in" before it. */
const elidedIn = (text: string, t: Token) => WORDS.elided_in.has(elision(text, t)?.article ?? '');

/** Finds place-name mentions: capitalised n-grams (longest first) that the gazetteer knows. */
function scanMentions(tokens: readonly Token[], text: string, index: PlaceIndex, opts: PlaceScanOptions): RawMention[] {
  const out: RawMention[] = [];
  const textDeclines = declinesNames(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (opts.masked[i]) continue;
    const startsWithParticle = WORDS.particles.has(t.norm) && !t.capitalized && tokens[i + 1]?.capitalized === true;
    // "el municipio Catatumbo": a division's word before its name, read with the name only.
    const startsWithDivision = WORDS.district_words_before.has(t.norm) && !t.capitalized && tokens[i + 1]?.capitalized === true;
    const elided = elidedName(text, t);
    // Arabic and Persian have no capitals: any word may begin a name there.
    if (!t.capitalized && !t.caseless && !startsWithParticle && !startsWithDivision && elided === undefined) continue;
    let found: RawMention | undefined;
    let key = '';
    let whole = '';
    const keys: string[] = [];
    // The same keys with each word as written: tokens drop a Turkish case suffix after an
    // apostrophe ("Hakkari'de"), but there it may be a transliterated soft sign ("Medel'in").
    const wholeKeys: string[] = [];
    // Until a word is written otherwise than it folds (most names), the key as written is the key
    // itself, the same string: not built, hashed and compared a second time.
    let writtenOtherwise = false;
    const maxTokens = t.caseless && writtenUnspaced(t.norm) ? MAX_UNSPACED_NAME_TOKENS : MAX_NAME_TOKENS;
    for (let j = i; j < Math.min(tokens.length, i + maxTokens); j++) {
      const tj = tokens[j]!;
      if (opts.masked[j] || tj.sentence !== t.sentence) break;
      if (j > i && !tj.capitalized && !tj.caseless && !WORDS.particles.has(tj.norm) && tj.norm !== 'and') break;
      const norm = j === i && elided !== undefined ? elided : tj.norm;
      key = key ? `${key} ${norm}` : norm;
      keys.push(key);
      const wholeNorm = j === i && elided !== undefined ? elided : hasApostrophe(text, tj.start, tj.end) ? phraseKey(text.slice(tj.start, tj.end)) : tj.norm;
      if (wholeNorm !== tj.norm) writtenOtherwise = true;
      whole = !writtenOtherwise ? key : whole ? `${whole} ${wholeNorm}` : wholeNorm;
      wholeKeys.push(whole);
    }
    for (let n = keys.length; n >= (startsWithDivision ? 2 : 1) && !found; n--) {
      const last = tokens[i + n - 1]!;
      if (!last.capitalized && !last.caseless && n > 1) continue;
      // "Plateau state", "Al-Asad air base": the name with the lower-case place words after it first.
      const after = tokens[i + n];
      const plainAfter = after !== undefined && !after.capitalized && !opts.masked[i + n];
      if (plainAfter && (divisionWord(after.norm) || WORDS.base_words.has(after.norm) || after.norm === 'air')) {
        const two = tokens[i + n + 1]?.norm;
        const withWords = [...new Set([keys[n - 1]!, wholeKeys[n - 1]!])].flatMap((k) => [`${k} ${after.norm}`, ...(two ? [`${k} ${after.norm} ${two}`] : [])]);
        for (const k of withWords) {
          const cands = index.candidates(k);
          if (cands.length > 0) found = { start: i, end: i + n, key: keys[n - 1]!, candidates: cands, variant: false, worded: divisionWord(after.norm) };
        }
        if (found?.worded && !WORDS.first_level_region_words.has(after.norm)) found = seatTown(found, found.key, found.end, index);
      }
      // "the Catatumbo region": a division word that is none of a district's names says the text
      // means another place (Catatumbo, a municipality of Venezuela, is a region of Colombia).
      const calledOtherwise = plainAfter && divisionWord(after.norm);
      // The words as written first, then as folded when they differ.
      const written = wholeKeys[n - 1]!;
      found ??=
        mentionNamed(index, written, i, i + n, calledOtherwise) ??
        (keys[n - 1] === written ? undefined : mentionNamed(index, keys[n - 1]!, i, i + n, calledOtherwise));
      // "Sinjar District", "Chikun Local Government Area" written with capitals: the name before the
      // district's words, and a town's when the district is named for one.
      if (found && !found.worded && found.end === i + n && n > 1 && found.candidates.some(isDistrict)) {
        let j = n;
        while (j > 1 && (divisionWord(tokens[i + j - 1]!.norm) || WORDS.district_name_words.has(tokens[i + j - 1]!.norm))) j--;
        if (j < n) {
          const worded = { ...found, worded: true };
          found = WORDS.first_level_region_words.has(tokens[i + j]!.norm) ? worded : seatTown(worded, keys[j - 1]!, i + j, index);
        }
      }
      // "Marsa Matrouh", "Qandahar", "Shabwa": a big city's or a region's name spelt as another
      // transliteration, before a shorter name as written ("Marsa", a town in Malta).
      if (!found && t.capitalized && last.capitalized) {
        const cands = index.spellingVariants(keys[n - 1]!);
        if (cands.length > 0) found = { start: i, end: i + n, key: keys[n - 1]!, candidates: cands, variant: true, worded: false };
      }
    }
    if (startsWithDivision && !found) continue;
    // Round 28: a Hebrew name of two words or more with "in", "to", "from" or "and" joined to its first.
    if (!found && t.caseless) found = joinedPrefixName(tokens, i, index, opts.masked);
    // Round 23: a Chinese or Japanese name that the word cutter joined to "in" or to a place word.
    if (!found && maxTokens === MAX_UNSPACED_NAME_TOKENS) found = edgeCutMention(tokens, i, index, opts.masked);
    // A declined name, or one with a preposition joined ("у Херсоні", "ببغداد", "मुंबईत", "v Nigérii",
    // "Afghanistans", "Kijevben"; declension.ts), for a word that names nothing as written or that only
    // a spelling skeleton read ("Tallinnas" is Tallinn's case form, "Suicas" no Finnish case of Suez).
    if (!found || found.variant) {
      const word = {
        norm: t.norm,
        capitalized: t.capitalized,
        caseless: t.caseless,
        previous: tokens[i - 1]?.norm,
        opensSentence: i === 0 || tokens[i - 1]!.sentence !== t.sentence,
        textDeclines,
      };
      const declined = declinedPlace(index, word, DECLENSION, found?.candidates);
      if (declined) found = { start: i, end: i + 1, key: declined.key, candidates: declined.candidates, variant: false, worded: false };
    }
    // "the central Somali town of": a demonym used as an adjective is not the place it also names.
    if (
      found &&
      found.end - found.start === 1 &&
      index.demonym(found.key) &&
      !found.candidates.some((c) => c.kind === 'country') &&
      tokens[found.end] &&
      !tokens[found.end]!.capitalized
    ) {
      continue;
    }
    // "the Red Sea", "the Gulf of Aden": a sea, not the region or city named after it; also where
    // the water comes first in other languages ("خليج عدن", "Golfo da Guiné").
    const waterBefore = (k: number) => WORDS.water_words_before.has(tokens[k]?.norm ?? '') && tokens[k]!.sentence === tokens[i]!.sentence;
    const ofWater =
      (tokens[i - 1]?.norm === 'of' && WORDS.water_words.has(tokens[i - 2]?.norm ?? '')) ||
      waterBefore(i - 1) ||
      (WORDS.of_words.has(tokens[i - 1]?.norm ?? '') && waterBefore(i - 2));
    if (
      found &&
      (ofWater || (tokens[i - 1]?.norm === 'the' && WORDS.water_words.has(tokens[found.end - 1]!.norm))) &&
      found.candidates.every((c) => c.kind !== 'country')
    ) {
      i = found.end - 1;
      continue;
    }
    if (found) {
      out.push(found);
      i = found.end - 1;
    }
  }
  return out;
}

/** Letters a name cut out of a word of the text has at least: a two-letter one is too often half of a word. */
const MIN_EDGE_CUT_LETTERS = 3;

/**
 * Round 23: the word cutter joins "in" before a name to its first letter, or a place word after it
 * to its last, when the two make a word of its dictionary ("在內洛爾": "在內", "洛", "爾"; "也門市":
 * "也", "門市", a shop; "加勒比区南部": "加勒比", "区南部"): the name from after the "in" or up to the
 * place word (`unspaced_name_prefixes`, `unspaced_name_suffixes`), of MIN_EDGE_CUT_LETTERS letters
 * at least, the longest, over words written together.
 */
function edgeCutMention(tokens: readonly Token[], i: number, index: PlaceIndex, masked: Uint8Array): RawMention | undefined {
  const first = tokens[i]!;
  const cut = (word: string, edges: ReadonlySet<string>, atStart: boolean): string[] => {
    for (const e of edges) {
      if (word.length > e.length && (atStart ? word.startsWith(e) : word.endsWith(e))) return [word, atStart ? word.slice(e.length) : word.slice(0, -e.length)];
    }
    return [word];
  };
  const heads = cut(first.norm, WORDS.unspaced_name_prefixes, true);
  let found: RawMention | undefined;
  let middle = '';
  for (let j = i; j < Math.min(tokens.length, i + MAX_UNSPACED_NAME_TOKENS); j++) {
    const tj = tokens[j]!;
    if (masked[j] || tj.sentence !== first.sentence || !tj.caseless || !writtenUnspaced(tj.norm)) break;
    if (j > i && tj.start !== tokens[j - 1]!.end) break;
    const tails = cut(tj.norm, WORDS.unspaced_name_suffixes, false);
    for (const head of j === i ? [''] : heads) {
      for (const tail of j === i ? heads.flatMap((h) => cut(h, WORDS.unspaced_name_suffixes, false)) : tails) {
        const key = head + middle + tail;
        // The words as written were looked up before.
        if (key === (j === i ? first.norm : first.norm + middle + tj.norm) || key.length < MIN_EDGE_CUT_LETTERS) continue;
        const candidates = index.candidates(key);
        if (candidates.length > 0) found = { start: i, end: j + 1, key, candidates, variant: false, worded: false };
      }
    }
    if (j > i) middle += tj.norm;
  }
  return found;
}

/** A Hebrew word opening with one or two joined prefixes (ב in, ל to, מ from, ו and) before at least two letters. */
const HEBREW_JOINED_RE = /^(ו?[בלמ]|ו)\p{Script=Hebrew}{2,}$/u;

/**
 * Round 28 (place28): a Hebrew name of two words or more whose first word carries a joined
 * preposition or "and" ("בקריית שמונה", in Kiryat Shmona; "בבאר שבע", in Beersheba; "מתל אביב"):
 * the name without it, read only as the whole name (a single word is declension.ts's, which asks
 * for four letters more: "מקום", place, is not "קום", Qom).
 */
function joinedPrefixName(tokens: readonly Token[], i: number, index: PlaceIndex, masked: Uint8Array): RawMention | undefined {
  const t = tokens[i]!;
  const prefix = HEBREW_JOINED_RE.exec(t.norm)?.[1];
  if (!prefix) return undefined;
  const ends: [number, string][] = [];
  let key = t.norm.slice(prefix.length);
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_NAME_TOKENS); j++) {
    const tj = tokens[j]!;
    if (masked[j] || tj.sentence !== t.sentence || !tj.caseless) break;
    key = `${key} ${tj.norm}`;
    ends.push([j + 1, key]);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const found = mentionNamed(index, ends[k]![1], i, ends[k]![0], false);
    if (found) return found;
  }
  return undefined;
}

/** Tokens [start, end) as the place(s) called `key`; a division word after them that is none of a district's names leaves districts out. */
function mentionNamed(index: PlaceIndex, key: string, start: number, end: number, calledOtherwise: boolean): RawMention | undefined {
  const named = index.candidates(key);
  const candidates = calledOtherwise ? named.filter((c) => !isDistrict(c)) : named;
  return candidates.length > 0 ? { start, end, key, candidates, variant: false, worded: false } : undefined;
}

/**
 * "Chamchamal district", "Sinjar District", "Izmail raion": a district named for a town of its
 * region is that town's surroundings, and is read as the town, as before districts were known (an
 * incident is matched on towns; a small town needs the text's support, as it did). Districts named
 * for no town ("Kurram district", "Rutshuru territory") stay, and so do those called by a word for
 * a province ("Cebu province", "Séno province": the Philippines' and Burkina Faso's provinces are
 * GeoNames' second-level divisions).
 */
function seatTown(m: RawMention, townKey: string, townEnd: number, index: PlaceIndex): RawMention {
  const districts = m.candidates.filter(isDistrict);
  if (districts.length === 0) return m;
  const towns = index.candidates(townKey).filter((c) => c.kind === 'city' && districts.some((d) => d.admin1 !== null && d.admin1 === c.admin1));
  return towns.length > 0 ? { start: m.start, end: townEnd, key: townKey, candidates: towns, variant: false, worded: false } : m;
}

/**
 * A possessive or a case ending after an apostrophe ends a name: "Somalia's Lower Shabelle",
 * Turkish "Hakkari’nin Şemdinli ilçesinde" (Hakkari's Şemdinli district), "Hakkari’de PKK…".
 */
const CASE_ENDING_RE = /['’]\p{L}{1,5}$/u;
/** What may stand between two words of one phrase: spaces alone, or a comma. */
const SPACE_GAP_RE = /^\s+$/;
const COMMA_GAP_RE = /^\s*,\s*$/;
const LOWER_CASE_RE = /\p{Ll}/u;
const SYLLABIC_PAIR_RE = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\u30FC]{2}$/u;

/** Rejects mentions that are more likely part of a person's name, a common word or an acronym. */
function plausibleMention(tokens: readonly Token[], text: string, m: RawMention, index: PlaceIndex, inTitle: boolean): boolean {
  const first = tokens[m.start]!;
  const raw = text.slice(first.start, tokens[m.end - 1]!.end);
  const single = m.end - m.start === 1;
  const hasCountry = m.candidates.some((c) => c.kind === 'country');
  // Two-letter tokens ("Ga", "US", "IS") only as an upper-case country code; two syllables of Han,
  // katakana or Hangul are a name ("加沙", "ガザ": round 23), which the gazetteer holds only for big places.
  if (single && raw.replace(/\./g, '').length <= 2 && !(hasCountry && raw === raw.toUpperCase()) && !SYLLABIC_PAIR_RE.test(raw)) return false;
  // An acronym spelled out beside it, "GAT (Groupes armés terroristes)" or "… (GAT)", names a group.
  const acronym = single && raw.length >= 3 && raw === raw.toUpperCase() && !hasCountry;
  if (acronym && (/^\s*\(/.test(text.slice(first.end, first.end + 3)) || (text[first.start - 1] === '(' && text[first.end] === ')'))) return false;
  // "according to IRNA", "state news agency SANA": in mixed-case text a word in capitals that is
  // only another spelling of the biggest place of that name (Salerno, Sanaa) is an acronym; a
  // place's own name in capitals ("MOGADISHU") still counts.
  const mixedCase = [tokens[m.start - 1], tokens[m.end]].some((t) => t && t.sentence === first.sentence && LOWER_CASE_RE.test(text.slice(t.start, t.end)));
  if (acronym && mixedCase && phraseKey(m.candidates[0]!.name) !== m.key) return false;
  // "l'Ouest du Niger", "the north of Mali": a compass word, not the region named like it.
  // "dans l'Est du pays": the name elided into its article is read as the name.
  const firstKey = elidedName(text, first) ?? first.norm;
  if (single && WORDS.compass_names.has(firstKey) && WORDS.compass_of.has(tokens[m.end]?.norm ?? '') && tokens[m.end]!.sentence === first.sentence)
    return false;
  // French "au Sud", "dans l'Ouest": a compass word alone is a direction; the regions named by one
  // (Sud and Ouest in Haiti, Nord in Burkina Faso) take a region word ("the Nord region").
  if (single && WORDS.compass_names.has(firstKey) && !hasCountry && !WORDS.region_words.has(tokens[m.end]?.norm ?? '')) return false;
  const prev = tokens[m.start - 1];
  // "a Toyota pickup", "hit Toyota car", "Iskander missiles": a make of vehicle or arms named like a
  // town abroad is the make, unless the text puts something in it ("in Toyota on Monday", "en Honda,
  // Tolima") or names its region after it. A lower-case noun after it is what the make qualifies.
  if (single && WORDS.make_names.has(firstKey)) {
    const after = tokens[m.end];
    const qualifies =
      after !== undefined && after.sentence === first.sentence && !after.capitalized && !after.caseless && !WORDS.not_adjective_next.has(after.norm);
    const at = prev !== undefined && prev.sentence === first.sentence && (WORDS.locatives.has(prev.norm) || WORDS.name_prefixes.has(prev.norm));
    if ((qualifies || !at) && !divisionWord(after?.norm ?? '')) return false;
  }
  if (prev && prev.sentence === first.sentence && SPACE_GAP_RE.test(text.slice(prev.end, first.start))) {
    if (WORDS.person_titles.has(prev.norm) && prev.capitalized) return false;
    // "Michael Jordan": a capitalised word before the name that is not a place, direction or demonym.
    const possessive = CASE_ENDING_RE.test(text.slice(prev.start, prev.end));
    // "En Irak", "Im Irak", "W Kijowie": a sentence may open with the word for "in" of any language read.
    const locative = WORDS.name_prefixes.has(prev.norm) || WORDS.locatives.has(prev.norm);
    // "North Waziristan" is a name of its own; "Kuzey Irak" (northern Iraq) a side of the place.
    const side = WORDS.direction_words.has(prev.norm);
    if (prev.capitalized && !inTitle && !possessive && !locative && !side && !index.demonym(prev.norm)) return false;
  }
  const next = tokens[m.end];
  // "Bab al-Saray market": a name going on with a joined Arabic article is a longer name the
  // gazetteer does not know (the whole would have matched first), not the place called like its head.
  const last = tokens[m.end - 1]!;
  const joined = tokens[m.end + 1];
  if (
    next &&
    joined &&
    joined.sentence === first.sentence &&
    WORDS.construct_articles.has(next.norm) &&
    SPACE_GAP_RE.test(text.slice(last.end, next.start)) &&
    text[next.end] === '-' &&
    joined.start === next.end + 1 &&
    joined.capitalized
  )
    return false;
  if (next && next.sentence === first.sentence && next.capitalized && !inTitle) {
    // "Jordan Peterson": a capitalised word after the name that is neither a place word nor a place.
    // A weekday or month is the event's date as wire copy writes it ("in Kabul Tuesday"; round 25).
    const date = WORDS.weekdays.has(next.norm) || WORDS.month_names.has(next.norm);
    if (!WORDS.name_suffixes.has(next.norm) && !index.demonym(next.norm) && !date) {
      // "Somalia's Lower Shabelle", "Erbil, Iraq": a possessive or punctuation ends the name.
      const sep = text.slice(last.end, next.start);
      // "Kirkuk-Ceyhan": a hyphen before another place joins two places, not a first name and a surname.
      const placeAfterHyphen = /^[-–‑]$/.test(sep) && index.candidates(next.norm).length > 0;
      if (!/[,;:()—–]/.test(sep) && !placeAfterHyphen && !CASE_ENDING_RE.test(text.slice(last.start, last.end))) return false;
    }
  }
  // A region or base may share a common word's name ("Central", "Maritime"), but not in a Title Case title.
  const named = !inTitle && m.candidates.some((c) => c.kind === 'region' || isSite(c));
  if (single && WORDS.common_words.has(firstKey) && !hasCountry && !named) return false;
  return true;
}

/** Regions of one country a text names before a country's name that is also one of its regions reads as that region. */
const SIBLING_REGIONS = 2;

/** A Title Case title has no lower-case word of four letters or more beyond a few prepositions. */
const regionKeys = new WeakMap<GazetteerEntry, string[]>();

/** "Georgia" names "Georgia State" (its name or an alias, less a region word). */
function regionCalled(region: GazetteerEntry, key: string): boolean {
  let keys = regionKeys.get(region);
  if (!keys) {
    keys = [region.name, ...region.aliases].map(phraseKey);
    regionKeys.set(region, keys);
  }
  return keys.some((k) => {
    if (k === key) return true;
    const rest = k.startsWith(`${key} `) ? k.slice(key.length + 1) : '';
    return WORDS.region_words.has(rest);
  });
}

function isTitleCase(tokens: readonly Token[], titleEnd: number): boolean {
  for (let i = 1; i < titleEnd; i++) {
    const t = tokens[i]!;
    if (!t.capitalized && t.norm.length >= 4 && !startsWithDigit(t.norm) && !WORDS.title_case_lower.has(t.norm)) return false;
  }
  return titleEnd > 1;
}

/**
 * Arabic and Hebrew put a noun's modifier after it ("جيش لبنان", Lebanon's army): a country's name
 * before a word of these scripts ends its phrase ("صاروخ من لبنان منزلا", "في شمالي إسرائيل مساء
 * الجمعة") and is no adjective of that word, as "US" is of "base" (round 20). Not in Urdu, which
 * writes English loans in English order ("چیک پوسٹ", check post).
 */
const MODIFIER_AFTER_SCRIPT_RE = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
// Round 27: Vietnamese puts the modifier after the noun too ("dân Afghanistan", Afghan people), so a
// country before a word written with its letters (ơ, ư, đ, the tone marks below and above: "khiến",
// "thiệt") is no adjective of that word. No other language writes these letters.
const VIETNAMESE_RE = /[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0110\u0111]/u;
function mentionUse(
  tokens: readonly Token[],
  text: string,
  turkish: boolean,
  urdu: boolean,
  m: RawMention,
  e: PlaceEntry,
  line?: 'road' | 'line',
  inTitleCase = false,
): MentionUse {
  if (line === 'road' && e.kind !== 'country') return afterEarlierEvent(tokens, m.start) ? 'earlier-event' : 'road-end';
  if (line && e.kind !== 'country') return 'route-end';
  const prev = tokens[m.start - 1];
  const next = tokens[m.end];
  // "Saudi-led", "US-backed", "an Ohio-based charity"
  if (text.charAt(tokens[m.end - 1]!.end) === '-') return 'attribute';
  // Turkish "Suriye'den atılan roket" (a rocket fired from Syria): "from" is the name's case ending.
  const lastWord = text.slice(tokens[m.end - 1]!.start, tokens[m.end - 1]!.end);
  const turkishCase = turkishPlaceCase(lastWord, turkish);
  if (turkishCase === 'ablative') return 'origin';
  // A name with a Turkish case ending joined ("Lübnan'a İHA saldırısı", "Lübnan'ın güneyinde") is
  // no adjective before the next word (round 14).
  const turkishCased = stripTurkishSuffix(lastWord, turkish) !== lastWord;
  if (e.kind === 'country' && !turkishCased) {
    // "near the Lebanon border", "on Lebanon frontier": a border, before it can read as an adjective.
    if (WORDS.border_words.has(next?.norm ?? '') && next!.sentence === tokens[m.start]!.sentence) return 'border';
    // "US base", "Iraq war", "U.S. service members", and in a title "Drone Attack on US Base"; not
    // before "in" or a side written after the name ("इराक में", in Iraq; "레바논 남부", south Lebanon).
    // Chinese and Japanese join the army word to the name ("トルコ軍").
    const gap = next ? text.slice(tokens[m.end - 1]!.end, next.start) : '';
    const forces = next !== undefined && (WORDS.base_words.has(next.norm) || WORDS.force_words.has(next.norm));
    if (
      next &&
      next.sentence === tokens[m.start]!.sentence &&
      !WORDS.locative_nouns.has(prev?.norm ?? '') &&
      !(next.caseless && MODIFIER_AFTER_SCRIPT_RE.test(next.norm) && !urdu) &&
      !WORDS.not_adjective_next.has(next.norm) &&
      !(next.caseless && WORDS.locatives_after.has(next.norm)) &&
      !VIETNAMESE_RE.test(text.slice(next.start, next.end)) &&
      ((!next.capitalized && (!/(ed|s)$/.test(next.norm) || /ics$/.test(next.norm))) ||
        forces ||
        // A Title Case title capitalises the noun as well: "45 Dead in US Drone Strike".
        (inTitleCase && WORDS.means_nouns.has(next.norm))) &&
      !startsWithDigit(next.norm) &&
      (SPACE_GAP_RE.test(gap) ||
        (gap === '' && next.caseless && forces) ||
        (/^[A-Z](\.[A-Z])+$/.test(text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end)) &&
          /^\.\s+$/.test(text.slice(tokens[m.end - 1]!.end, next.start))))
    )
      return 'attribute';
    // "near the Niger, Burkina border", "the border with Syria"; not "in northern Mali, on the border
    // with Niger", where the border named after the country is another's.
    for (let j = m.end; j < Math.min(tokens.length, m.end + 4); j++)
      if (WORDS.border_words.has(tokens[j]!.norm) && !WORDS.border_with_words.has(tokens[j + 1]?.norm ?? '')) return 'border';
    const before = [tokens[m.start - 1]?.norm, tokens[m.start - 2]?.norm, tokens[m.start - 3]?.norm];
    if (before.some((w) => WORDS.border_words.has(w ?? ''))) return 'border';
  }
  // "soldiers from a signal unit in Georgia", "units based in Arizona", "Jane Roe, 24, of Waycross":
  // where the victims' unit or the victims are at home, not the scene.
  if (homePlace(tokens, text, m.start) || (e.kind === 'region' && guardOf(tokens, m.end))) return 'home';
  // "Russia blames Kyiv", "Washington said": a capital standing for its government.
  const calledOn = prev?.norm === 'on' && /^call/.test(tokens[m.start - 2]?.norm ?? '');
  // A capital whose name a bigger city of its country shares ("New Delhi" is also an alias of Delhi) is one still.
  const capital = e.featureCode === 'PPLC' || (e.kind === 'city' && m.candidates.some((c) => c.featureCode === 'PPLC' && c.country === e.country));
  if (capital && ((next && WORDS.metonym_verbs.has(next.norm)) || (prev && WORDS.blame_before.has(prev.norm)) || calledOn)) return 'government';
  // "Authorities in Tehran", "the US embassy in Baghdad": where officials sit; "Moscow time".
  if (e.kind !== 'country' && prev?.norm === 'in' && WORDS.officials.has(tokens[m.start - 2]?.norm ?? '')) return 'government';
  // "the Kinshasa regime", "Baghdad authorities"
  if (e.kind === 'city' && next && !next.capitalized && WORDS.rulers.has(next.norm) && SPACE_GAP_RE.test(text.slice(tokens[m.end - 1]!.end, next.start)))
    return 'government';
  if (next?.norm === 'time' && next.sentence === tokens[m.start]!.sentence) return 'attribute';
  // "hora de Moscú", "heure de Paris": the time zone's city.
  if (WORDS.compass_of.has(prev?.norm ?? '') && WORDS.clock_words.has(tokens[m.start - 2]?.norm ?? '')) return 'attribute';
  // "the Pentagon said in Washington", "told reporters in Abuja": where the speaker was.
  const speaker = tokens[m.start - 2];
  if (prev?.norm === 'in' && speaker?.sentence === tokens[m.start]!.sentence && WORDS.speech_before_in.has(speaker.norm)) return 'government';
  // "Iran's Tasnim news agency", "Turkey's state broadcaster": the source, not the scene; so is a name
  // after the medium's word, as Arabic and the Romance languages write it ("وكالة فرانس برس", "l'agence France-Presse").
  if (next && (next.norm === 'news' || WORDS.media_words.has(next.norm)) && next.sentence === tokens[m.start]!.sentence) return 'government';
  if (namedMedium(tokens, m.start)) return 'government';
  if (
    /^['’]s\b/.test(text.slice(tokens[m.end - 1]!.end, tokens[m.end - 1]!.end + 3)) ||
    /['’]s$/.test(text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end))
  ) {
    for (let j = m.end; j < Math.min(tokens.length, m.end + 3) && tokens[j]!.sentence === tokens[m.start]!.sentence; j++) {
      if (WORDS.media_words.has(tokens[j]!.norm)) return 'government';
      // "Moscow's troops shelled Kherson": the forces' owner, as an adjective would be.
      if (WORDS.force_words.has(tokens[j]!.norm)) return 'attribute';
    }
  }
  if (afterEarlierEvent(tokens, m.start)) return 'earlier-event';
  if (warScope(tokens, m.start)) return 'war';
  // "a rocket from Gaza", "missiles fired from Yemen": where it came from.
  // Not a name whose own ending puts the event there or on it ("İsrail ordusundan Lübnan'a": from the army, on Lebanon).
  if (cameFrom(tokens, m.start) && turkishCase === undefined) return 'origin';
  const first = tokens[m.start]!;
  if (first.caseless && JOINED_FROM.some((p) => first.norm === p + firstWord(m.key))) return 'origin';
  // "the train to Peshawar", "a visit to the nearby province of Narathiwat": where someone was going.
  if (wentTo(tokens, m.start) && e.kind !== 'country') return 'destination';
  if (warnedIn(tokens, m.start)) return 'warning';
  return 'place';
}

/** How far before a place its locator's "of"/"from" may stand: "south of the Iraqi capital, Baghdad". */
const LOCATOR_REACH = 5;

/**
 * The "of" or "from" of a locator before the place at `start` ("west of Baghdad", "30 km from the
 * capital Baghdad", "north of the Iraqi capital, Baghdad"), over fillers and demonyms; null if none.
 */
function locatorOf(tokens: readonly Token[], start: number, index: PlaceIndex): number | null {
  let j = start - 1;
  const lowest = Math.max(0, start - LOCATOR_REACH);
  while (j > lowest && tokens[j]!.norm !== 'of' && tokens[j]!.norm !== 'from' && (WORDS.locator_fillers.has(tokens[j]!.norm) || index.demonym(tokens[j]!.norm)))
    j--;
  const prep = tokens[j]?.norm;
  return prep === 'of' || prep === 'from' ? j : null;
}

/**
 * "the Ain al-Asad airbase west of Baghdad", "the village of X, 30 km north of Mosul": after a
 * place the sentence has named, a direction or distance "of"/"from" a second place only says
 * where the first one lies.
 */
function locatedPlace(tokens: readonly Token[], start: number, earlier: readonly PlaceMention[], index: PlaceIndex): PlaceEntry | null {
  const j = locatorOf(tokens, start, index);
  if (j === null || !WORDS.locator_words.has(tokens[j - 1]?.norm ?? '')) return null;
  const sentence = tokens[start]!.sentence;
  const located = earlier.filter((o) => o.sentence === sentence && o.entry.kind !== 'country').at(-1);
  return located?.entry ?? null;
}

/**
 * "… a day after a drone killed a man in Tel Aviv", "in response to Israeli strikes in Beirut",
 * "in retaliation for …": what follows in the sentence is another, earlier event.
 */
function afterEarlierEvent(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]!.sentence;
  for (let j = start - 1; j >= 1 && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!.norm;
    const prev = tokens[j - 1]!.norm;
    if (WORDS.after_words.has(t) && WORDS.span_words.has(prev)) return true;
    if (WORDS.reprisal_phrases.has(`${prev} ${t}`)) return true;
  }
  return false;
}

/** How far before "in" a war word may stand: "Israel's war on Hamas in the Gaza Strip". */
const WAR_REACH = 4;

/**
 * "shipping attacks over Israel's war on Hamas in the Gaza Strip", "amid the war in Sudan": the
 * land of the wider war the report sets the attack in, not its scene.
 */
function warScope(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]!.sentence;
  let j = start - 1;
  while (j > 0 && tokens[j]!.sentence === sentence && (tokens[j]!.norm === 'the' || WORDS.direction_words.has(tokens[j]!.norm))) j--;
  if (tokens[j]?.norm !== 'in' || tokens[j]!.sentence !== sentence) return false;
  for (let k = j - 1; k >= Math.max(0, j - WAR_REACH) && tokens[k]!.sentence === sentence; k--) if (WORDS.war_scope_words.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "the train to Peshawar", "evacuated to the nearby town of Hindi": "to" before the place, over
 * "the nearby town of"; not "close to", "next to".
 */
function wentTo(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]!.sentence;
  let j = start - 1;
  const skippable = (n: string) => WORDS.destination_fillers.has(n) || WORDS.settlement_words.has(n) || WORDS.region_words.has(n);
  while (j > 0 && j > start - DESTINATION_REACH && tokens[j]!.sentence === sentence && skippable(tokens[j]!.norm)) j--;
  return tokens[j]?.norm === 'to' && tokens[j]!.sentence === sentence && !WORDS.proximity_before_to.has(tokens[j - 1]?.norm ?? '');
}

/**
 * "Sirens also sounded in Ashkelon and the kibbutzim around it": the places of a
 * list after "in" whose clause is about sirens or alerts.
 */
function warnedIn(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]!.sentence;
  let j = start - 1;
  while (j > 0 && tokens[j]!.sentence === sentence && (tokens[j]!.capitalized || tokens[j]!.norm === 'and' || tokens[j]!.norm === 'the')) j--;
  if (tokens[j]?.norm !== 'in' || tokens[j]!.sentence !== sentence) return false;
  for (let k = j - 1; k >= Math.max(0, j - WARNING_REACH) && tokens[k]!.sentence === sentence; k--) if (WORDS.warning_words.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "about 30km (14 miles) from Beni town", "270 kilometers southwest of Baghdad", "76 nautical miles
 * west of Yemen's al Hudaydah": the distance the text puts between the scene and the place, in km
 * (the larger figure when it gives two units).
 */
function statedKm(tokens: readonly Token[], start: number, index: PlaceIndex, bareBearing: boolean): number | null {
  const j = locatorOf(tokens, start, index);
  if (j === null) return null;
  const sentence = tokens[start]!.sentence;
  const figure = (t: Token | undefined) => (t && /^\d[\d,]*(\.\d+)?$/.test(t.norm) ? Number(t.norm.replace(/,/g, '')) : null);
  let km: number | null = null;
  for (let k = j - 1; k >= Math.max(1, j - DISTANCE_REACH) && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!.norm;
    const glued = /^(\d[\d,]*(?:\.\d+)?)(km|kms|mi)$/.exec(t);
    let d: number | null = null;
    if (glued) d = Number(glued[1]!.replace(/,/g, '')) * (glued[2] === 'mi' ? KM_PER_MILE : 1);
    else if (WORDS.kilometre_units.has(t)) d = figure(tokens[k - 1]);
    else if (WORDS.mile_units.has(t)) {
      const nautical = tokens[k - 1]?.norm === 'nautical';
      const n = figure(tokens[nautical ? k - 2 : k - 1]);
      d = n === null ? null : n * (nautical ? KM_PER_NAUTICAL_MILE : KM_PER_MILE);
    }
    if (d !== null) km = Math.max(km ?? 0, d);
  }
  // "a bus hit south of Baghdad": a bare direction puts the scene some unstated way off the place
  // (unless it only locates a place the sentence named before it: "Ramat David, southeast of Haifa").
  const bearing = tokens[j - 1]?.norm ?? '';
  const compass = WORDS.locator_words.has(bearing) && !WORDS.kilometre_units.has(bearing) && !WORDS.mile_units.has(bearing);
  // It is taken as far as a place that only locates (NEAR_LOCATOR_KM).
  if (km === null && bareBearing && compass && !WORDS.close_bearing_words.has(tokens[j - 2]?.norm ?? '')) return NEAR_LOCATOR_KM;
  return km;
}

/**
 * "a rocket from Gaza", "shells fired from across the Golan Heights", "fired from the
 * Lebanese city of Tyre": where it came from (capitalised adjectives may sit in between).
 */
function cameFrom(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - FROM_REACH) && tokens[j]!.sentence === tokens[start]!.sentence; j--) {
    if (WORDS.from_words.has(tokens[j]!.norm)) return !WORDS.from_locators.has(tokens[j - 1]?.norm ?? '') && !partOfPlace(tokens, j);
    if (j > 0 && WORDS.from_phrases.has(`${tokens[j - 1]!.norm} ${tokens[j]!.norm}`)) return true;
    // "from Arizona, California and New York": the places of a list after "from".
    if (!WORDS.from_fillers.has(tokens[j]!.norm) && !tokens[j]!.capitalized && tokens[j]!.norm !== 'and') return false;
  }
  return false;
}

/** Arabic "أجزاء (واسعة) من", parts (wide parts) of: the "من" at `from` reads "of", its place is the scene. */
function partOfPlace(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.norm ?? '';
  if (WORDS.from_parts.has(before)) return true;
  return WORDS.from_part_adjectives.has(before) && WORDS.from_parts.has(tokens[from - 2]?.norm ?? '');
}

/**
 * Mentions joined by a hyphen, "Kirkuk-Ceyhan", "Zimovniki-Remontnoye-Elista": a pipeline, road
 * or railway named after its ends. Both places are named, neither is the scene by itself: the
 * text says elsewhere where on the line the attack was ("in Mardin province").
 */
function hyphenatedEnds(tokens: readonly Token[], text: string, raw: readonly RawMention[]): number[] {
  const firsts: number[] = [];
  for (let k = 0; k + 1 < raw.length; k++) {
    const a = raw[k]!;
    const b = raw[k + 1]!;
    if (b.start === a.end && /^[-–‑]$/.test(text.slice(tokens[a.end - 1]!.end, tokens[b.start]!.start))) firsts.push(k);
  }
  return firsts;
}

/**
 * The ends of a hyphenated line followed by a road word, "the Maiduguri-Damboa road", "Lamu-Ijara-Garissa
 * road": a road, which the text names as where the attack happened, unlike a pipeline's ends.
 */
function namedRoadEnds(tokens: readonly Token[], raw: readonly RawMention[], routeFirsts: readonly number[]): Set<number> {
  const ends = new Set<number>();
  const firsts = new Set(routeFirsts);
  for (const k of routeFirsts) {
    if (firsts.has(k - 1)) continue;
    let last = k + 1;
    while (firsts.has(last)) last++;
    if (WORDS.road_words.has(tokens[raw[last]!.end]?.norm ?? '')) for (let j = k; j <= last; j++) ends.add(j);
  }
  for (let k = 0; k + 1 < raw.length; k++) if (roadInProse(tokens, raw[k]!, raw[k + 1]!)) ends.add(k).add(k + 1);
  return ends;
}

/**
 * Two places a road runs between, told in prose: "the road between Najaf and Karbala", "the
 * highway that links Gao with Ansongo", "the Mosul to Erbil road" (grammar.yaml road_pair_openers).
 */
function roadInProse(tokens: readonly Token[], a: RawMention, b: RawMention): boolean {
  const norm = (i: number) => tokens[i]?.norm ?? '';
  const joined = b.start === a.end + 1 && WORDS.road_pair_joiners.has(norm(a.end)) && tokens[a.start]!.sentence === tokens[b.start]!.sentence;
  if (!joined) return false;
  if (norm(a.end) === 'to' && WORDS.road_words.has(norm(b.end))) return true;
  if (!WORDS.road_pair_openers.has(norm(a.start - 1))) return false;
  const roadAt = norm(a.start - 2) === 'that' || norm(a.start - 2) === 'which' ? a.start - 3 : a.start - 2;
  return WORDS.road_words.has(norm(roadAt));
}

function commaBetween(tokens: readonly Token[], text: string, a: RawMention, b: RawMention): boolean {
  return b.start === a.end && COMMA_GAP_RE.test(text.slice(tokens[a.end - 1]!.end, tokens[b.start]!.start));
}

function followedBy(tokens: readonly Token[], end: number, words: ReadonlySet<string>): boolean {
  for (let j = end; j < Math.min(tokens.length, end + 2); j++) {
    if (words.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.norm !== 'air' && tokens[j]!.norm !== 'military') return false;
  }
  return false;
}

/** Names a list may hold before the one at hand: "based in Ohio, Texas, Utah and New Mexico". */
const UNIT_HOME_LIST_SPAN = 12;

/**
 * The place at `start` is where a unit or a person is at home, not the scene: "a unit in Georgia",
 * "units based in Arizona, California and Kentucky"; "Spc. Jane Roe, 24, of Waycross, Ga.",
 * "Sgt. John Doe, of Dayton, Ohio", "soldiers hailing from Georgia" (the victims' home towns).
 */
function homePlace(tokens: readonly Token[], text: string, start: number): boolean {
  const sentence = tokens[start]!.sentence;
  let j = start - 1;
  while (j > start - UNIT_HOME_LIST_SPAN && j > 0 && tokens[j]!.sentence === sentence && (tokens[j]!.capitalized || tokens[j]!.norm === 'and')) j--;
  const prep = tokens[j]?.norm;
  const inWord = prep === 'in' || WORDS.locative_nouns.has(prep ?? '');
  if (tokens[j]?.sentence !== sentence || (!inWord && prep !== 'from' && prep !== 'of')) return false;
  const before = tokens[j - 1];
  if (!before) return false;
  if (prep !== 'of' && WORDS.home_unit_words.has(before.norm)) return true;
  if (inWord && WORDS.home_possessives.has(before.norm) && WORDS.home_unit_words.has(tokens[j - 2]?.norm ?? '')) return true;
  if (prep === 'from' && WORDS.home_person_words.has(before.norm)) return true;
  // "soldiers from Kentucky", "the injured were from Arizona and California": where people come from.
  if (prep === 'from' && (WORDS.member_nouns.has(before.norm) || WORDS.guard_words.has(before.norm) || WORDS.copulas.has(before.norm))) return true;
  // ", 24, of Waycross", "Jane Roe, of Dayton": a person's age or name set off by a comma before "of".
  const comma = COMMA_GAP_RE.test(text.slice(before.end, tokens[j]!.start));
  return prep === 'of' && comma && (/^\d{1,3}$/.test(before.norm) || before.capitalized);
}

/**
 * "Pakistan-administered Kashmir", "Indian-held Kashmir": the country (named or by its demonym)
 * joined by a hyphen to a word of control right before the name holds the place.
 */
function controller(tokens: readonly Token[], text: string, start: number, index: PlaceIndex): string | undefined {
  const word = tokens[start - 1];
  const who = tokens[start - 2];
  if (!word || !who || !WORDS.control_words.has(word.norm) || word.sentence !== tokens[start]!.sentence) return undefined;
  if (text.slice(who.end, word.start) !== '-') return undefined;
  return index.demonym(who.norm) ?? index.candidates(who.norm).find((c) => c.kind === 'country')?.country;
}

/** "Kentucky National Guardsmen", "the Georgia Air National Guard": a state's Guard is at home there. */
function guardOf(tokens: readonly Token[], end: number): boolean {
  let j = end;
  while (j < end + 2 && WORDS.guard_fillers.has(tokens[j]?.norm ?? '')) j++;
  const t = tokens[j];
  return t !== undefined && t.sentence === tokens[end - 1]!.sentence && WORDS.guard_words.has(t.norm);
}

/**
 * "by the Houthis in Yemen", "les shebab en Somalie": a country named right after a group that
 * is of it or fights in it qualifies the group (where it is at home, whence it struck), as
 * "Yemen's Houthis" would; the scene is named elsewhere, else that country still counts a little.
 */
function actorsHome(tokens: readonly Token[], m: RawMention, e: PlaceEntry, homes: PlaceScanOptions['actorHomes']): boolean {
  const prep = tokens[m.start - 1];
  if (e.kind !== 'country' || !homes || !prep || !WORDS.locatives.has(prep.norm)) return false;
  let j = m.start - 2;
  while (j >= 0 && WORDS.article_words.has(tokens[j]!.norm)) j--;
  return j >= 0 && tokens[j]!.sentence === prep.sentence && homes.get(j)?.has(e.country) === true;
}

/** A name after the word for its medium: "وكالة فرانس برس", "l'agence France-Presse" (a source, not a place). */
function namedMedium(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  return prev !== undefined && prev.sentence === tokens[start]!.sentence && WORDS.media_words.has(prev.norm);
}

/**
 * "the capital Sanaa", "العاصمة الأفغانية كابول", "столиця Україна Київ": a country's capital in
 * apposition to the word for one (a demonym may stand between) is that city, whatever else the text names.
 */
function namedCapital(tokens: readonly Token[], m: PlaceMention, index: PlaceIndex): boolean {
  if (m.entry.featureCode !== 'PPLC') return false;
  for (let j = m.start - 1; j >= Math.max(0, m.start - 3) && tokens[j]!.sentence === tokens[m.start]!.sentence; j--) {
    if (WORDS.capital_words.has(tokens[j]!.norm)) return true;
    if (!index.demonym(tokens[j]!.norm) && !WORDS.article_words.has(tokens[j]!.norm)) return false;
  }
  return false;
}

/** The token is French "à" as written (it folds to "a", the English article). */
const isWrittenA = (text: string, t: Token) => t.end - t.start === 1 && (text[t.start] === 'à' || text[t.start] === 'À');

/** A key's first word: the one a joined preposition is written on ("בקריית שמונה"). */
const firstWord = (key: string) => key.slice(0, (key.indexOf(' ') + 1 || key.length + 1) - 1);

/** Arabic, Hebrew and Amharic join "in" to the name: "بالعراق", "ببغداد" (in Iraq, in Baghdad), "בחדרה" (in Hadera), "በሶማሊያ" (in Somalia). */
const JOINED_IN = ['ب', 'وب', 'ב', 'וב', 'በ'];
/** Hebrew and Amharic join "from" to the name: "מעזה" (from Gaza), "ומלבנון" (and from Lebanon), "ከሱዳን" (from Sudan). */
const JOINED_FROM = ['מ', 'ומ', 'ከ'];

/** The Korean word as written is its folded name and a locative particle ("우크라이나에서는" → "우크라이나" + "에서" + "는"). */
function koreanLocative(written: string, norm: string): boolean {
  if (!written.startsWith(norm) || written.length === norm.length) return false;
  const rest = written.slice(norm.length);
  for (const p of WORDS.korean_locative_particles) if (rest.startsWith(p)) return true;
  return false;
}

/** "in Iraq and Syria", "au Mali et Niger": the place after "and" shares the "in" of the place just before it. */
function joinedToLocative(tokens: readonly Token[], placed: readonly PlaceMention[], start: number): boolean {
  const before = placed[placed.length - 1];
  return before?.locative === true && before.end === start - 1 && WORDS.list_joiners.has(tokens[start - 1]?.norm ?? '');
}

function isLocative(tokens: readonly Token[], text: string, turkish: boolean, start: number, end: number, key: string): boolean {
  const first = tokens[start]!;
  // Turkish puts "in" after the name, in its case ending: "Hakkari'de", "Şırnak'ta"; and "on" a
  // struck place in the dative: "Lübnan'a İHA saldırısı" (round 14).
  const last = tokens[end - 1]!;
  const turkishCase = turkishPlaceCase(text.slice(last.start, last.end), turkish);
  if (turkishCase === 'locative' || turkishCase === 'dative') return true;
  // …and "in its north" after the name's genitive: "Irak'ın kuzeyinde", "Suriye'nin doğusundaki".
  const side = tokens[end];
  if (turkishCase === 'genitive' && side?.sentence === last.sentence && WORDS.turkish_side_locatives.has(side.norm)) return true;
  // "इराक में", "イラク北部で", "레바논 남부": "in" or the side after the name; "우크라이나에서": joined to it.
  if (side?.sentence === last.sentence && side.caseless && WORDS.locatives_after.has(side.norm)) return true;
  if (last.caseless && koreanLocative(text.slice(last.start, last.end), last.norm)) return true;
  // The article is folded away with the "in" before it ("بالعراق" is "عراق"): the written word tells.
  if (first.caseless && (/^و?بال/.test(text.slice(first.start, first.end)) || JOINED_IN.some((p) => first.norm === p + firstWord(key)))) return true;
  // "la région d'Idlib", "près d'Ansongo": "de" elided into the name after a locating word.
  if (elidedOf(text, first) && WORDS.of_locatives.has(tokens[start - 1]?.norm ?? '')) return true;
  if (elidedIn(text, first)) return true;
  let j = start - 1;
  // Skip "the" and directions: "in the northern city of", "in southern Lebanon", "in northeast Jordan".
  while (j >= 0 && (WORDS.direction_words.has(tokens[j]!.norm) || WORDS.place_of_words.has(tokens[j]!.norm))) {
    if (WORDS.place_of_words.has(tokens[j]!.norm) && WORDS.of_locatives.has(tokens[j - 1]?.norm ?? '')) return true;
    j--;
  }
  const prev = tokens[j];
  if (!prev || prev.sentence !== tokens[start]!.sentence) return false;
  // French "à Ménaka": the written accent tells it from the English article.
  return WORDS.locatives.has(prev.norm) || WORDS.locative_nouns.has(prev.norm) || isWrittenA(text, prev);
}

/**
 * "the DR Congo's Beni region": a name with a region word that the gazetteer knows only as a
 * region of a country the text never names (Beni Department, Bolivia) is read without the region
 * word when the name is a place in a country the text names (Beni, DR Congo).
 */
function preferNamedCountry(raw: RawMention[], tokens: readonly Token[], index: PlaceIndex): RawMention[] {
  const named = new Set(raw.flatMap((m) => m.candidates.filter((c) => c.kind === 'country').map((c) => c.country)));
  return raw.map((m) => {
    if (m.candidates.some((c) => named.has(c.country))) return m;
    // The region word inside the name ("Beni region") or right after it.
    const inside = m.end - m.start >= 2 && WORDS.region_words.has(tokens[m.end - 1]!.norm);
    if (!inside && !WORDS.region_words.has(tokens[m.end]?.norm ?? '')) return m;
    const key = inside ? m.key.split(' ').slice(0, -1).join(' ') : m.key;
    const candidates = index.candidates(key).filter((c) => named.has(c.country));
    return candidates.length > 0 ? { start: m.start, end: inside ? m.end - 1 : m.end, key, candidates, variant: false, worded: false } : m;
  });
}

/**
 * A region's seat that the text says is the region. "Sulaimani province's Chamchamal district": the
 * seat named with a word for a province is the province, when the gazetteer knows the province by
 * another name only (Sulaymaniyah Governorate). "Eastern Deir ez-Zor", "the Idlib countryside": a
 * side or the countryside of a seat that shares its region's name is the region. The town would
 * otherwise become the scene of an attack 50 km from it.
 */
function provinceOfSeat(entry: PlaceEntry, tokens: readonly Token[], start: number, end: number, index: PlaceIndex): PlaceEntry {
  if (entry.kind !== 'city' || entry.featureCode !== 'PPLA' || !entry.admin1) return entry;
  const region = index.byId(entry.admin1);
  if (!region) return entry;
  if (WORDS.first_level_region_words.has(tokens[end]?.norm ?? '')) return region;
  const sentence = tokens[start]!.sentence;
  const at = (i: number) => (tokens[i]?.sentence === sentence ? tokens[i]!.norm : '');
  const side = WORDS.region_side_words.has(at(start - 1));
  const countryside =
    WORDS.region_countryside_words.has(at(start - 1)) ||
    WORDS.region_countryside_words.has(at(end)) ||
    (WORDS.region_side_words.has(at(end)) && WORDS.region_countryside_words.has(at(end + 1)));
  if (!side && !countryside) return entry;
  const seat = index.byId(entry.id);
  const names = seat ? [seat.name, ...seat.aliases] : [entry.name];
  return names.some((n) => regionCalled(region, phraseKey(n))) ? region : entry;
}

/**
 * A town's or region's name as the text writes it, when that spelling is one of the entry's names
 * (not a declined form, nor a province read from its seat's name). Countries and bases keep their
 * curated names ("Iraq" for "Irak").
 */
function spelling(tokens: readonly Token[], text: string, m: RawMention, e: PlaceEntry): string | undefined {
  if ((e.kind !== 'city' && e.kind !== 'region') || !m.candidates.includes(e)) return undefined;
  const name = writtenName(text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end));
  if (name === undefined || phraseKey(name) !== m.key) return undefined;
  if (e.kind === 'city') return name;
  // A region with the word the text gives it ("Kaduna state", apart from the city of Kaduna).
  const word = tokens[m.end];
  return word && WORDS.region_words.has(word.norm) && SPACE_GAP_RE.test(text.slice(tokens[m.end - 1]!.end, word.start))
    ? writtenName(text.slice(tokens[m.start]!.start, word.end))
    : name;
}

/**
 * The normalised words of tokens start…end, one space apart ("al anbar"): a loop, not
 * `slice().map().join()`, whose intermediate arrays resolvePlaces' optimised code deoptimised on
 * (round 24).
 */
function spanKey(tokens: readonly Token[], start: number, end: number): string {
  let key = '';
  for (let i = start; i < end && i < tokens.length; i++) key += i === start ? tokens[i]!.norm : ` ${tokens[i]!.norm}`;
  return key;
}

/** The entry chosen for a mention, its score, and whether the text supports it. */
interface Choice {
  entry: PlaceEntry;
  score: number;
  supported: boolean;
}

/**
 * V8 stores a record's field in the representation of the first value written to it (a small
 * integer, a double, a pointer) and, when a later value does not fit, changes the hidden class of
 * every record of that shape and throws away the optimised code that reads them: a mention's
 * weight first 1 then 0.2, its stated distance first null then 30, a choice's score first 2 then
 * 2.5. While the extraction worker warmed up, each such change cost a recompilation of
 * `resolvePlaces` (about a second of a helper thread's CPU). The records made here at load, with
 * the fields in the order `resolvePlaces` writes them and every kind of value they take, give those
 * fields their final representation before any code that reads them is optimised.
 */
function settleRecordShapes(): readonly (Choice | PlaceMention)[] {
  const entry: PlaceEntry = { id: '', name: '', kind: 'city', country: '', lat: 0.5, lon: 0.5, population: 0, admin1: null, featureCode: null };
  const choices: Choice[] = [
    { entry, score: 0, supported: false },
    { entry, score: 0.5, supported: true },
  ];
  const mentions: PlaceMention[] = [0, 0.5].flatMap((weight) =>
    [null, 1, 0.5].map((statedKm) => ({
      entry,
      start: 0,
      end: 1,
      sentence: 0,
      inTitle: false,
      locative: false,
      baseContext: false,
      weight,
      use: 'place' as const,
      locates: statedKm === null ? null : entry,
      statedKm,
      written: statedKm === null ? undefined : '',
    })),
  );
  return [...choices, ...mentions];
}
void settleRecordShapes();

/**
 * One name, one place: a name the text ties to a place ("Tripoli, Lebanon", "Dover, Delaware")
 * is that place wherever the text repeats it (the title's bare "Tripoli" too). The mention whose
 * choice scored highest decides for the others that have its entry among their candidates.
 */
function oneSensePerName(raw: readonly RawMention[], choices: (Choice | undefined)[]): void {
  const bestByKey = new Map<string, Choice>();
  for (let k = 0; k < raw.length; k++) {
    const c = choices[k];
    const held = bestByKey.get(raw[k]!.key);
    if (c && (!held || c.score > held.score)) bestByKey.set(raw[k]!.key, c);
  }
  for (let k = 0; k < raw.length; k++) {
    const c = choices[k];
    const best = bestByKey.get(raw[k]!.key);
    if (!c || !best || best.entry === c.entry || !raw[k]!.candidates.includes(best.entry)) continue;
    choices[k] = { entry: best.entry, score: c.score, supported: c.supported || best.supported };
  }
}

/**
 * Resolves place mentions to gazetteer entries, CLIFF/Mordecai style: a name's candidates are
 * scored by kind, population, the countries the text names, "X, Country" and "X province"
 * patterns, base words, and distance to the text's unambiguous places. Small places need that
 * support; names that look like people, common words or datelines are left out.
 */
export function resolvePlaces(tokens: readonly Token[], text: string, index: PlaceIndex, opts: PlaceScanOptions): PlaceMention[] {
  // In a Title Case title capitals say nothing; in a sentence-case title they do.
  const titleCase = isTitleCase(tokens, opts.titleEnd);
  // A name found only as another spelling counts where the text puts something there ("in Qandahar",
  // "Shabwa province"), not as any capitalised word ("Peter" is no spelling of Saint Petersburg's "Piter").
  const placedVariant = (m: RawMention) =>
    isLocative(tokens, text, opts.turkish, m.start, m.end, m.key) ||
    followedBy(tokens, m.end, WORDS.region_words) ||
    WORDS.of_locatives.has(tokens[m.start - 2]?.norm ?? '');
  const raw = preferNamedCountry(
    scanMentions(tokens, text, index, opts).filter(
      (m) => plausibleMention(tokens, text, m, index, titleCase && m.start < opts.titleEnd) && (!m.variant || placedVariant(m)),
    ),
    tokens,
    index,
  );
  // Countries the text names outright, and anchors (names with one candidate) for distance.
  const namedCountries = new Set<string>();
  // Round 21: countries named only as the border the scene lies near ("along the Line of Control,
  // the border with Pakistan"): the text is set beside them, not in them ("in Kashmir" is Indian
  // Kashmir there).
  const borderCountries = new Set<string>();
  const anchors: PlaceEntry[] = [];
  for (const m of raw) {
    const country = m.candidates.find((c) => c.kind === 'country');
    // "Saudi-led", "the US singer": an attribute, not a country the text is set in; but "the
    // Mozambique gas town of Palma" does set it.
    const glued = text.charAt(tokens[m.end - 1]!.end) === '-';
    const abbreviation = m.end - m.start <= 2 && text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end).replace(/\./g, '').length <= 3;
    const use = country && !glued && !namedMedium(tokens, m.start) ? mentionUse(tokens, text, opts.turkish, opts.urdu, m, country) : undefined;
    if (use === 'border') borderCountries.add(country!.country);
    else if (use !== undefined && !(abbreviation && MENTION_USE_WEIGHT[use] < MENTION_USE_WEIGHT.origin)) namedCountries.add(country!.country);
    // A region name that belongs to one country names that country too ("Northern Ireland"); a
    // district's only with a word that says it is one ("Kurram district"; bare "Catatumbo" is a
    // municipality of Venezuela and a region of Colombia that GeoNames lacks).
    const regions = m.candidates.filter((c) => c.kind === 'region' && (!isDistrict(c) || m.worded));
    if (!country && regions.length > 0 && regions.every((r) => r.country === regions[0]!.country)) namedCountries.add(regions[0]!.country);
    if (m.candidates.length === 1) anchors.push(m.candidates[0]!);
  }
  // Demonyms ("Iraqi", "Syrian") say a little about which country the text is about.
  for (const c of namedCountries) borderCountries.delete(c);
  const demonymCountries = new Set<string>(opts.contextCountries);
  // The dateline's place, named again in the text, is supported by it ("BANNU: … the Bannu Cantonment").
  const datelineKey = opts.dateline ? spanKey(tokens, opts.dateline[0], opts.dateline[1]) : '';
  for (let i = 0; i < tokens.length; i++) {
    // Arabic script has no capitals: its adjectives count as they are ("العاصمة الأفغانية كابول").
    if (!tokens[i]!.capitalized && !tokens[i]!.caseless) continue;
    const dem = index.demonym(tokens[i]!.norm);
    if (dem) demonymCountries.add(dem);
  }
  const routeFirsts = hyphenatedEnds(tokens, text, raw);
  const routeEnds = new Set(routeFirsts.flatMap((k) => [k, k + 1]));
  const roadEnds = namedRoadEnds(tokens, raw, routeFirsts);
  const choices: (Choice | undefined)[] = [];
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k]!;
    const baseContext = followedBy(tokens, m.end, WORDS.base_words);
    // "Plateau state", "the state of Jalisco"
    const regionContext =
      followedBy(tokens, m.end, WORDS.region_words) || (tokens[m.start - 1]?.norm === 'of' && WORDS.region_words.has(tokens[m.start - 2]?.norm ?? ''));
    // "Winder, Georgia": the next mention, after a comma, is the place's country or region; and
    // the mention after the comma is read in the light of the one before it.
    const nextM = raw[k + 1];
    const commaAfter = nextM && commaBetween(tokens, text, m, nextM) ? nextM.candidates.filter((c) => c.kind === 'country' || c.kind === 'region') : [];
    const prevM = raw[k - 1];
    const prevEntry = prevM && commaBetween(tokens, text, prevM, m) ? choices[k - 1]?.entry : undefined;
    const holder = controller(tokens, text, m.start, index);
    let best: Choice | undefined;
    // "Quezon province", "Barrow County" where the gazetteer holds no such region: a division it
    // lacks, not the city known by that short name (Quezon City, Barrow-in-Furness, far from it).
    const regionLacked = divisionWord(tokens[m.end]?.norm ?? '') && !m.candidates.some((c) => c.kind === 'region');
    for (const c of m.candidates) {
      if (regionLacked && c.kind === 'city' && phraseKey(c.name).startsWith(`${m.key} `)) continue;
      let score = 0;
      let supported = false;
      if (c.kind === 'country') score += W.country;
      else if (isSite(c)) score += baseContext ? W.baseWithBaseWord : W.base;
      else if (c.kind === 'region') {
        score += (isDistrict(c) ? m.worded : regionContext) ? W.regionWithRegionWord : W.region;
        // …but not over a town in a country the text names ("the Kwala–Nara road" of a Mali story).
        const overTowns = m.candidates.every(
          (o) => o.kind !== 'city' || (o.population * W.regionOverTownRatio < c.population && (o.country === c.country || !namedCountries.has(o.country))),
        );
        if (overTowns) score += W.regionOverTown;
      } else score += Math.log10(c.population + 1) * W.cityPerPopulationDecade;
      if (!isSite(c) && baseContext && m.candidates.some(isSite)) score += W.notTheBase;
      if (c.kind !== 'country' && namedCountries.has(c.country)) {
        score += W.inNamedCountry;
        supported = true;
      } else if (c.kind !== 'country' && demonymCountries.has(c.country)) {
        score += W.inDemonymCountry;
        supported = true;
      } else if (c.kind !== 'country' && borderCountries.has(c.country)) score += W.inBorderCountry;
      if (datelineKey && (datelineKey === m.key || datelineKey.startsWith(`${m.key} `))) supported = true;
      if (commaAfter.some((o) => (o.kind === 'country' && o.country === c.country) || o.id === c.admin1)) {
        score += W.commaCountryAfter;
        supported = true;
      }
      // "Pakistan-administered Kashmir", "Indian-controlled Kashmir": the side of a divided land
      // (a region; a town of the holder's name is no side: "Russian-held Donetsk" is in Ukraine).
      if (holder && c.kind === 'region' && c.country === holder) {
        score += W.controlledBy;
        supported = true;
      }
      if (prevEntry && ((c.kind === 'region' && c.id === prevEntry.admin1) || (c.kind === 'country' && c.country === prevEntry.country))) {
        score += W.commaCountryBefore;
        supported = true;
      }
      // "Pathankot … in Punjab": the region an unambiguous place of the text lies in.
      if (c.kind === 'region' && anchors.some((a) => a.admin1 === c.id)) {
        score += W.regionOfAnchor;
        supported = true;
      }
      // "Jammu and Kashmir's Poonch district": a district of a region the text names (Poonch is a
      // district of Pakistan's Azad Kashmir too).
      if (isDistrict(c) && anchors.some((a) => a.id === c.admin1)) {
        score += W.districtOfAnchor;
        supported = true;
      }
      if (c.kind !== 'country' && anchors.some((a) => a !== c && distanceKm(a, c) < W.anchorKm)) {
        score += W.nearAnchor;
        supported = true;
      }
      if (!best || score > best.score) best = { entry: c, score, supported };
    }
    choices.push(best);
  }
  // The ends of one line lie within reach of each other: each supports the other ("Kirkuk-Ceyhan"
  // is the Ceyhan of Turkey, not a village elsewhere).
  for (const k of routeFirsts) {
    const [a, b] = [choices[k], choices[k + 1]];
    if (a && b && distanceKm(a.entry, b.entry) <= W.routeKm) a.supported = b.supported = true;
  }
  oneSensePerName(raw, choices);
  // An unambiguous small town is supported by the homonym it made the text's choice ("in Raman
  // district" beside "Yala", which Raman placed in Thailand rather than Nigeria): the two support
  // each other as the ends of one road do.
  for (const [k, c] of choices.entries()) {
    if (!c || c.supported || raw[k]!.candidates.length !== 1) continue;
    c.supported = choices.some((o, j) => o !== undefined && j !== k && o.supported && o.entry.id !== c.entry.id && distanceKm(o.entry, c.entry) < W.anchorKm);
  }
  const out: PlaceMention[] = [];
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k]!;
    const best = choices[k];
    const inTitle = m.start < opts.titleEnd;
    const baseContext = followedBy(tokens, m.end, WORDS.base_words);
    if (!best) continue;
    const e = provinceOfSeat(best.entry, tokens, m.start, m.end, index);
    // A curated town has no population, but was listed because the news names it as a scene: it
    // counts as a town of some size does.
    const mid = e.population >= PLACE_SIZE.namedInText || isCuratedTown(e);
    // Places under 100,000 need support from the text (its countries, a nearby place, "X, Country"),
    // or 15,000 people and a mention outside the title; unsupported, they hardly count for the
    // country of the attack (a town of that name may lie elsewhere).
    // In the title, such a place counts only when its name is no other place's and the title puts
    // the event there, with "in" or as the object of the attack ("Two officers hurt in Mandera terror
    // attack", "Россияне атаковали Дружковку"; not "in Barrow County", a county the gazetteer lacks).
    const locative = isLocative(tokens, text, opts.turkish, m.start, m.end, m.key) || joinedToLocative(tokens, out, m.start);
    // A district counts as a region where the text says it is one ("Kurram district"), or where the
    // text puts the event at a bare name that is no other place's ("in Djugu"); else as a town of its size.
    const big = isDistrict(e)
      ? m.worded === true || (locative && m.candidates.length === 1)
      : e.kind === 'country' || e.kind === 'region' || isSite(e) || e.population >= PLACE_SIZE.standsAlone;
    const hitInTitle = locative || WORDS.attacker_verbs.has(tokens[m.start - 1]?.norm ?? '');
    const placedInTitle = m.candidates.length === 1 && hitInTitle && !WORDS.region_words.has(tokens[m.end]?.norm ?? '');
    const unsupportedMid = mid && !WORDS.common_words.has(m.key) && (!inTitle || placedInTitle);
    if (!big && !(best.supported && (mid || !inTitle)) && !unsupportedMid) continue;
    const within = (d: readonly [number, number] | null) => d !== null && m.start >= d[0] && m.end <= d[1];
    const inDateline = within(opts.dateline) || within(opts.titleDateline);
    if (inDateline) continue;
    let use = actorsHome(tokens, m, e, opts.actorHomes)
      ? 'origin'
      : mentionUse(tokens, text, opts.turkish, opts.urdu, m, e, roadEnds.has(k) ? 'road' : routeEnds.has(k) ? 'line' : undefined, titleCase && inTitle);
    // "…, the deadliest since a truck bombing in Kano in 2019": the place of the event referred to.
    if (use === 'place' && opts.referred?.(m.start)) use = 'earlier-event';
    const locates = locatedPlace(tokens, m.start, out, index);
    out.push({
      entry: e,
      start: m.start,
      end: m.end,
      sentence: tokens[m.start]!.sentence,
      inTitle,
      locative,
      baseContext,
      // The two ends of a line support each other: "Kirkuk-Ceyhan" is not some other Ceyhan.
      weight: MENTION_USE_WEIGHT[use] * (big || best.supported || use === 'route-end' || use === 'road-end' ? 1 : MENTION_USE_WEIGHT.unsupportedFactor),
      use,
      locates,
      statedKm: statedKm(tokens, m.start, index, locates === null),
      written: spelling(tokens, text, m, e),
    });
  }
  // Consistency: a country name that is also the name of a region of the country written after
  // it ("Georgia, United States", "Niger, Nigeria") or of the region another place of the text lies
  // in ("Winder, Georgia": Georgia State, US) is that region, wherever the text names it.
  const keyOf = (pm: PlaceMention) => spanKey(tokens, pm.start, pm.end);
  // Loops rather than a chain of `map` and `filter`: the optimised code read the arrays such a
  // chain makes with a hidden class of its own, and deoptimised on the others (round 24).
  const regionIds = new Set<string>();
  for (const o of out) if (o.entry.admin1 !== null) regionIds.add(o.entry.admin1);
  const regions: GazetteerEntry[] = [];
  for (const id of regionIds) {
    const region = index.byId(id);
    if (region) regions.push(region);
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const pm = out[k]!;
    const next = out[k + 1]!;
    if (pm.entry.kind !== 'country' || next.entry.kind !== 'country' || next.entry.country === pm.entry.country || next.start !== pm.end) continue;
    if (!COMMA_GAP_RE.test(text.slice(tokens[pm.end - 1]!.end, tokens[next.start]!.start))) continue;
    const key = keyOf(pm);
    const region = [...WORDS.region_words]
      .flatMap((w) => index.candidates(`${key} ${w}`))
      .find((r) => r.kind === 'region' && r.country === next.entry.country && regionCalled(r, key));
    if (region) regions.push(region);
  }
  // …or holds the division named before the comma ("Barrow County, Georgia"): a division of a
  // region, not of a country of that name.
  for (const pm of out) {
    const prev = tokens[pm.start - 1];
    if (pm.entry.kind !== 'country' || !prev?.capitalized || !divisionWord(prev.norm) || prev.sentence !== tokens[pm.start]!.sentence) continue;
    if (!COMMA_GAP_RE.test(text.slice(prev.end, tokens[pm.start]!.start))) continue;
    const key = keyOf(pm);
    const region = [...WORDS.region_words]
      .flatMap((w) => index.candidates(`${key} ${w}`))
      .find((r) => r.kind === 'region' && r.country !== pm.entry.country && regionCalled(r, key));
    if (region) regions.push(region);
  }
  // …or of a region of the country whose other regions the text names ("a signal unit in
  // Georgia" beside units "based in Arizona, California and Kentucky": the US state).
  const regionsOf = new Map<string, Set<string>>();
  for (const o of out) if (o.entry.kind === 'region') regionsOf.set(o.entry.country, (regionsOf.get(o.entry.country) ?? new Set()).add(o.entry.id));
  for (const pm of out) {
    if (pm.entry.kind !== 'country') continue;
    const key = keyOf(pm);
    for (const [country, named] of regionsOf) {
      if (country === pm.entry.country || named.size < SIBLING_REGIONS) continue;
      const region = [...WORDS.region_words]
        .flatMap((w) => index.candidates(`${key} ${w}`))
        .find((r) => r.kind === 'region' && r.country === country && regionCalled(r, key));
      if (region) regions.push(region);
    }
  }
  for (const pm of out) {
    if (pm.entry.kind !== 'country' || regions.length === 0) continue;
    const key = keyOf(pm);
    const region = regions.find((r) => r.country !== pm.entry.country && regionCalled(r, key));
    if (region) pm.entry = region;
  }
  // A name found only as another spelling ("Djugu" for Djougou, Benin) is no better sign of a place
  // abroad than a word without capitals.
  const variantStarts = new Set(raw.filter((m) => m.variant).map((m) => m.start));
  const caseless = (pm: PlaceMention) => tokens.slice(pm.start, pm.end).every((t) => t.caseless) && !namedAfterTownWord(tokens, text, pm.start);
  const unmarked = (pm: PlaceMention) => (pm.inTitle && titleCase) || variantStarts.has(pm.start) || caseless(pm);
  // "the capital Sanaa" names Yemen as surely as its name would.
  for (const pm of out) if (namedCapital(tokens, pm, index)) namedCountries.add(pm.entry.country);
  const homonyms = loneHomonyms(out, unmarked, caseless, namedCountries, demonymCountries, index);
  return homonyms.size === 0 ? out : out.filter((pm) => !homonyms.has(pm));
}

/**
 * "في مدينة الموصل", "در شهر زاهدان": a word for a town right before the caseless word at `start`
 * marks it a name, as a capital would. Not an Arabic word for a town with its article ("مطار المدينة
 * لأول مرة", the city's airport for the first time): a town word before a name takes none.
 */
function namedAfterTownWord(tokens: readonly Token[], text: string, start: number): boolean {
  const prev = tokens[start - 1];
  if (!prev || prev.sentence !== tokens[start]!.sentence || !WORDS.caseless_settlement_words.has(prev.norm)) return false;
  return !ARABIC_DEFINITE_RE.test(text.slice(prev.start, prev.end));
}
const ARABIC_DEFINITE_RE = /^[وبلف]?ال/u;

/**
 * Mentions that are a town's name abroad and no place of the text: a word whose writing gives no
 * sign that it is a name (a script without capitals, a title in Title Case or capitals, a name found
 * only by its spelling skeleton), whose
 * country nothing else in the text names (no other place, no name, demonym or forces of it), lying
 * more than `W.loneHomonymKm` from every place where the text puts the scene. "Kian" (increasingly)
 * in an Indonesian title is Ji'an, China, in a report from Papua; an Arabic village's name a big
 * Gulf city's. A place the text names as the scene in a country of its own is no homonym.
 */
function loneHomonyms(
  mentions: readonly PlaceMention[],
  unmarked: (m: PlaceMention) => boolean,
  caseless: (m: PlaceMention) => boolean,
  namedCountries: ReadonlySet<string>,
  demonymCountries: ReadonlySet<string>,
  index: PlaceIndex,
): Set<PlaceMention> {
  const lone = new Set<PlaceMention>();
  const keysOf = new Map<string, Set<string>>();
  for (const m of mentions) keysOf.set(m.entry.country, (keysOf.get(m.entry.country) ?? new Set()).add(m.entry.id));
  const alone = (m: PlaceMention) =>
    (m.entry.kind === 'city' || m.entry.kind === 'region') &&
    !namedCountries.has(m.entry.country) &&
    !demonymCountries.has(m.entry.country) &&
    keysOf.get(m.entry.country)!.size === 1;
  // Where the text puts the scene: its places in use, and a country after "in"; a town alone in its
  // country is one too when the text writes it as a name (a capital in a sentence-case body), so
  // "shooting at Vegas store" read by its skeleton as Vigo, Spain is none beside "in Las Vegas".
  const scenes = mentions.filter((m) => m.use === 'place' && (m.entry.kind !== 'country' || m.locative) && (!alone(m) || !unmarked(m)));
  // With none, a word of a script without capitals in a text that names other countries only
  // ("قصف مطار المدينة لأول مرة": "for the first time" is Laval, Canada, to the
  // gazetteer, in a report naming Iraq); a Title Case title's town stays ("Russischer
  // Drohnenangriff auf Sumy").
  const othersNamed = namedCountries.size > 0 || demonymCountries.size > 0;
  if (scenes.length === 0 && !othersNamed) return lone;
  // Round 21: …but a town within a cross-border strike's reach of those countries is the scene
  // beside them: "באזור שכם" (near Nablus) in a Hebrew report naming only the Israeli army.
  // Round 22: from the country's centre or any of its regions' ("러시아군이 … 하르키우에": Russian
  // forces … in Kharkiv, 4,000 km from Russia's centre, 200 km from its Belgorod region).
  const othersNear = (m: PlaceMention) =>
    [...namedCountries, ...demonymCountries].some((c) => {
      const country = index.byId(`country:${c}`);
      if (country !== undefined && distanceKm(country, m.entry) <= W.loneHomonymKm) return true;
      const centres = index.regionCentres(c);
      for (let k = 0; k < centres.length; k += 2) if (distanceKm({ lat: centres[k]!, lon: centres[k + 1]! }, m.entry) <= W.loneHomonymKm) return true;
      return false;
    });
  for (const m of mentions) {
    if (!alone(m) || !mentions.every((o) => o.entry.country !== m.entry.country || unmarked(o))) continue;
    if (scenes.length === 0 ? caseless(m) && !othersNear(m) : scenes.every((s) => distanceKm(s.entry, m.entry) > W.loneHomonymKm)) lone.add(m);
  }
  return lone;
}

/**
 * The place of a dateline ("SOUSSE, Tunisia (Reuters) -"), when it lies in one of the countries
 * where the attack happened: then it is most likely where the attack happened too. A dateline
 * elsewhere ("WASHINGTON —") is where the reporter is, and is left out.
 */
export function datelinePlace(
  tokens: readonly Token[],
  index: PlaceIndex,
  dateline: readonly [number, number],
  countries: readonly string[],
): PlaceEntry | undefined {
  for (let n = Math.min(4, dateline[1] - dateline[0]); n >= 1; n--) {
    const key = tokens
      .slice(dateline[0], dateline[0] + n)
      .map((t) => t.norm)
      .join(' ');
    const cands = index.candidates(key).filter((c) => c.kind !== 'country' && countries.includes(c.country));
    if (cands.length > 0) return [...cands].sort((a, b) => b.population - a.population)[0];
  }
  return undefined;
}

/**
 * "BAGHDAD (Reuters) —", "KYIV, Ukraine (AP) —", "Riyadh [Saudi Arabia], October 9 (ANI):": a
 * place, its country after a comma or in brackets, a date and an agency tag, then a dash or colon
 * ("ISLAMABAD:Pakistan condemns…": some outlets glue the story to the colon).
 */
const DATELINE_RE =
  /^([A-Z][A-Za-z.'’\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?|\s*\[[A-Z][A-Za-z.'’\- ]{1,30}\])?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)\s*(?:\([A-Za-z.&\s]{1,30}\)\s*)?(?:(?:[—–]|--?|:)\s|:(?=[A-Z]))/;
/**
 * "Peshawar, Feb 6 (PTI) At least…", "Mora (National Times)-At least…": after an agency tag the
 * story may start at once, with no dash; the tag alone marks the opening as a dateline.
 */
const AGENCY_DATELINE_RE =
  /^([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?|\s*\[[A-Z][A-Za-z.'’\- ]{1,30}\])?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)\s*\([A-Za-z.&\s]{1,30}\)\s*(?:[—–-]\s*)?(?=\p{Lu})/u;

/**
 * The dateline at token `titleEnd` (the start of the content, or 0 for the title), as a token
 * range: "BAGHDAD (Reuters) —", "KYIV, Ukraine (AP) —", "DUBAI:".
 */
export function findDateline(tokens: readonly Token[], text: string, titleEnd: number): [number, number] | null {
  const first = tokens[titleEnd];
  if (!first) return null;
  const head = text.slice(first.start, first.start + 120);
  const m = DATELINE_RE.exec(head) ?? AGENCY_DATELINE_RE.exec(head);
  if (!m) return null;
  // Mixed-case openings without an agency tag must be upper-case words ("WASHINGTON —"), else it is a sentence.
  const hasAgency = /\(/.test(m[0]);
  const upper = m[1]!.split(',')[0]!;
  // "Dubai, United Arab Emirates — A ship…": a place and its country before the dash is a dateline in any case.
  const placeAndCountry = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$/.test(m[1]!);
  // "Maputo — A terrorist gang…", "Lagos: Nigerian police said…": one or two names and a dash or
  // colon before a new sentence open a wire story too.
  const nameAndBreak = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(m[1]!) && /[—–:]\s$/.test(m[0]) && /^\p{Lu}/u.test(head.slice(m[0].length));
  if (!hasAgency && !placeAndCountry && !nameAndBreak && upper !== upper.toUpperCase()) return null;
  const endChar = first.start + m[0].length;
  let end = titleEnd;
  while (end < tokens.length && tokens[end]!.end <= endChar) end++;
  if (end === titleEnd) return null;
  return [titleEnd, end];
}

const KIND_RANK: Record<PlaceEntry['kind'], number> = { base: 0, airport: 0, city: 1, region: 2, country: 3 };
/** A locator this close to the place it locates is the same scene ("Ramat David, southeast of Haifa"). */
export const NEAR_LOCATOR_KM = 30;
const LAST = Number.MAX_SAFE_INTEGER;
const NEAR_BORDER_KM = 50;

export interface PlaceSelection {
  /**
   * How strongly each sentence reports the event, 0 strongest (the title); `null` for sentences
   * that are only context (what officials said, history, the wider conflict).
   */
  sentenceTier: readonly (number | null)[];
  /** Countries where the event happened; places elsewhere are context. Empty: any country. */
  countries: readonly string[];
  /** The dateline's place: the event's place only when the text names no place more specific than a country. */
  dateline?: PlaceEntry | undefined;
  /** The reporting sentences name a place the gazetteer does not know ("near the village of Tongo Tongo"). */
  unknownPlace?: boolean;
}

/**
 * Whether the given sentences put something at a place that no mention resolved: "near the
 * village of Tongo Tongo", "near Tinzaouaten", "in the Dikhan district". Such a text names the
 * event's place, so a dateline elsewhere is not it. Give it the mentions in the event's countries:
 * a town of the name abroad ("the village of Bani": Baní, Dominican Republic) does not resolve it.
 */
export function namesUnknownPlace(tokens: readonly Token[], sentences: (s: number) => boolean, mentions: readonly PlaceMention[], masked: Uint8Array): boolean {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.start; i < m.end; i++) covered[i] = 1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || covered[i] || masked[i] || !sentences(t.sentence) || tokens[i - 1]!.sentence !== t.sentence) continue;
    if (WORDS.common_words.has(t.norm)) continue;
    const prev = tokens[i - 1]!.norm;
    if (prev === 'near' || (prev === 'of' && WORDS.settlement_words.has(tokens[i - 2]?.norm ?? ''))) return true;
    // "a checkpoint in the Daran district", "Seno province"
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && !next.capitalized && WORDS.region_words.has(next.norm)) return true;
  }
  return false;
}

/**
 * The places where the event happened, most important first: places named in the title, then in
 * the sentences that report the event (in order; bases before cities before regions within a
 * sentence) with the regions they lie in. Only when those name nothing more specific than a
 * country, the places of the other sentences, else the dateline's. Attributes ("US embassy"),
 * origins ("rocket from Gaza"), destinations, governments ("accuses Tehran"), distant locators
 * ("west of Baghdad") and places outside the event's countries are left out; a country is kept
 * only when no place in it is.
 */
export function selectPlaces(mentions: readonly PlaceMention[], sel: PlaceSelection): PlaceEntry[] {
  // "sirens sounded in Ashkelon"; "a village near Oicha, about 30km from Beni town": a warning, or
  // a place that far from the scene, says where the event was not.
  const farOrWarned = (m: PlaceMention) =>
    (m.use === 'warning' && m.entry.kind !== 'country') || (m.use === 'place' && m.statedKm !== null && m.statedKm >= NEAR_LOCATOR_KM);
  // "on the Jammu-Srinagar highway in Kashmir's Pulwama district": a place the sentence names on the
  // road is the scene, and the road's ends only locate it.
  const placedOnRoad = (m: PlaceMention) =>
    mentions.some((o) => o.use === 'place' && o.sentence === m.sentence && o.entry.kind !== 'country' && o.start > m.start);
  const places = mentions.filter(
    (m) =>
      (m.use === 'place' || (m.use === 'road-end' && !placedOnRoad(m))) &&
      (m.locates === null || (m.entry.kind !== 'country' && m.entry.kind !== 'region' && distanceKm(m.entry, m.locates) <= NEAR_LOCATOR_KM)) &&
      !farOrWarned(m),
  );
  const inCountries = (e: PlaceEntry) => sel.countries.length === 0 || sel.countries.includes(e.country);
  // Across a border only a place next to one in the event's countries ("near the settlement of
  // Ariel in the occupied West Bank").
  const anchors = places.filter((m) => inCountries(m.entry) && m.entry.kind !== 'country').map((m) => m.entry);
  const usable = places.filter(
    (m) => inCountries(m.entry) || (m.entry.kind !== 'country' && m.entry.kind !== 'region' && anchors.some((a) => distanceKm(a, m.entry) <= NEAR_BORDER_KM)),
  );
  const ranked: { entry: PlaceEntry; key: number[] }[] = [];
  const rank = (m: PlaceMention, tier: number) =>
    ranked.push({ entry: m.entry, key: [tier, m.sentence, m.locates ? KIND_RANK.country + 1 : KIND_RANK[m.entry.kind], m.start] });
  for (const m of usable) {
    const tier = sel.sentenceTier[m.sentence];
    if (tier !== null && tier !== undefined) rank(m, tier);
  }
  const specific = () => ranked.some((r) => r.entry.kind !== 'country');
  if (!specific()) for (const m of usable) rank(m, LAST - 1);
  // Only when nothing else locates the event: the towns where sirens sounded (a missile shot down
  // over central Israel), a place some distance from an unknown scene ("75 km south-east of Bosaso").
  if (!specific()) for (const m of mentions) if (farOrWarned(m) && inCountries(m.entry) && sel.sentenceTier[m.sentence] != null) rank(m, LAST - 1);
  // The ends of a line named after them ("the Kirkuk-Ceyhan pipeline") when the text locates the
  // attack nowhere else on it.
  const locatedElsewhere = mentions.some((m) => m.use === 'place' && m.entry.kind !== 'country' && inCountries(m.entry));
  if (!specific() && !locatedElsewhere) for (const m of mentions) if (m.use === 'route-end' && inCountries(m.entry)) rank(m, LAST - 1);
  // The dateline's place when nothing else is named, or as the same scene told another way
  // ("SOUSSE, Tunisia — … the resort of Port El Kantaoui").
  const datelineNear =
    sel.dateline && ranked.some((r) => r.entry.kind !== 'country' && r.entry.kind !== 'region' && distanceKm(r.entry, sel.dateline!) <= NEAR_LOCATOR_KM);
  if (sel.dateline && ((!specific() && !sel.unknownPlace) || datelineNear)) ranked.push({ entry: sel.dateline, key: [LAST - 1, LAST, 0, 0] });
  // "Quetta … Balochistan government spokesman": the region a place of the event lies in.
  const regionsOf = new Set(ranked.flatMap((r) => (r.entry.admin1 ? [r.entry.admin1] : [])));
  for (const m of usable) if (m.entry.kind === 'region' && regionsOf.has(m.entry.id)) rank(m, LAST);
  ranked.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  const seen = new Set<string>();
  const out: PlaceEntry[] = [];
  for (const { entry } of ranked) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push(entry);
  }
  // A country is what is known only when nothing more specific in it is.
  return out.filter((e) => e.kind !== 'country' || !out.some((o) => o.kind !== 'country' && o.country === e.country));
}
