import { resolveCountry } from '../config/terms.js';
import type { TimeOfDay } from '../extract/analysis.js';
import type { AttackType } from '../vocabulary.js';
import { perIncident } from './incident.js';

/**
 * Comparing the headlines of reports. A report's body often recalls other attacks ("…hours after
 * the overnight drone raid"), so the attack types extracted from the whole text mix events; the
 * headline names the one the report is about. What a headline says of the attack (its means, the
 * kinds of place hit, day or night, an earlier attack) is the extraction's headline stage
 * (`Extraction.headline`); this file gathers those facts per incident and reads the names of
 * places and people headlines give, which no lexicon lists.
 */

export interface Headlines {
  /** The means each source's headline names first. */
  types: ReadonlySet<AttackType>;
  /** Day or night, as the sources' headlines say. */
  timesOfDay: ReadonlySet<TimeOfDay>;
  /** The kinds of place hit that the sources' headlines name. */
  hitPlaces: ReadonlySet<string>;
  /** Where the sources' headlines say it happened (`headlinePlaceWords`), their capitalised words and proper names. */
  placeWords: readonly string[];
  /** The landmarks the sources' headlines place the attack near or outside of (`headlineLandmarkWords`). */
  landmarkWords: readonly string[];
  capitalised: readonly string[];
  properNames: ReadonlySet<string>;
}

/** What the headlines of an incident's sources say (kept per incident object). */
export const incidentHeadlines = perIncident((incident): Headlines => {
  const types = new Set<AttackType>();
  const timesOfDay = new Set<TimeOfDay>();
  const hitPlaces = new Set<string>();
  const placeWords = new Set<string>();
  const capitalised = new Set<string>();
  const properNames = new Set<string>();
  for (const s of incident.sources) {
    for (const w of headlinePlaceWords(s.title)) placeWords.add(w);
    for (const w of headlineCapitalised(s.title)) capitalised.add(w);
    for (const w of headlineProperNames(s.title)) properNames.add(w);
    // A source stored before the extraction read headlines says nothing here.
    if (!s.headline) continue;
    for (const kind of s.headline.hitPlaces) hitPlaces.add(kind);
    const type = s.headline.attackTypes[0];
    if (type) types.add(type);
    if (s.headline.timeOfDay) timesOfDay.add(s.headline.timeOfDay);
  }
  return {
    types,
    timesOfDay,
    hitPlaces,
    placeWords: [...placeWords],
    landmarkWords: headlineLandmarkWords(...incident.sources.map((s) => s.title)),
    capitalised: [...capitalised],
    properNames,
  };
});

/** A capitalised name (of one or more capitalised words) after one of `words`. */
const nameAfter = (words: string) => new RegExp(String.raw`\b(?:${words})\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*)`, 'gu');
/** Where the headline says it happened; of that, in a town, or by a landmark. */
const NAMED_PLACE = nameAfter('in|at|near|outside');
const IN_PLACE = nameAfter('in|at');
const LANDMARK = nameAfter('near|outside');
const CAPITALISED = /\p{Lu}[\p{L}\p{M}.'’-]*/gu;
const POSSESSIVE = /['’]s$/;
const ACRONYM = /^[\p{Lu}.]+$/u;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');

/**
 * The words of the names a headline gives for where it happened ("in Bint Jbeil"), folded, whether
 * or not the gazetteer knows them. A possessive before a name is what holds the place, not the
 * place ("near Iraq's Baqouba", "in Marjayoun's Khiam"); a country is no town ("in Niger near Mali
 * border"), nor is an acronym ("in IED blast").
 */
export function headlinePlaceWords(title: string): readonly string[] {
  return namedPlaceWords(title, NAMED_PLACE);
}

/**
 * The words of the names headlines place the attack near or outside of ("car bomb near Moscow",
 * "raid outside Jenin"), folded: landmarks, which the attack need not be in — unless one of the
 * headlines says it was in the place too ("near aid site in Rafah").
 */
export function headlineLandmarkWords(...titles: string[]): string[] {
  const inPlace = new Set(titles.flatMap((t) => namedPlaceWords(t, IN_PLACE)));
  return [...new Set(titles.flatMap((t) => namedPlaceWords(t, LANDMARK)))].filter((w) => !inPlace.has(w));
}

/**
 * Grouping asks for the same titles' and place names' words many times (each report against each
 * candidate, each incident's sources again whenever the incident is a new object: merged, or read
 * again from the store); they are a pure function of the text, so they are kept, up to this many
 * per kind of words (then forgotten all at once).
 */
const WORDS_KEPT = 8_192;
const wordsKept = new Map<unknown, Map<string, readonly string[]>>();

function keptWords(kind: unknown, text: string, find: (text: string) => string[]): readonly string[] {
  const kept = wordsKept.get(kind) ?? new Map<string, readonly string[]>();
  wordsKept.set(kind, kept);
  const known = kept.get(text);
  if (known) return known;
  if (kept.size >= WORDS_KEPT) kept.clear();
  const words = Object.freeze(find(text));
  kept.set(text, words);
  return words;
}

const namedPlaceWords = (title: string, pattern: RegExp) => keptWords(pattern, title, (t) => findNamedPlaceWords(t, pattern));

function findNamedPlaceWords(title: string, pattern: RegExp): string[] {
  return [...title.matchAll(pattern)]
    .flatMap((m) => {
      if (resolveCountry(m[1]!.replace(POSSESSIVE, ''))) return [];
      const parts = m[1]!.split(/\s+/);
      const town = (w: string, i: number) => !(POSSESSIVE.test(w) && i < parts.length - 1) && !ACRONYM.test(w) && !isCountryWord(w.replace(POSSESSIVE, ''));
      return parts.filter(town).map((w) => fold(w.replace(POSSESSIVE, '')));
    })
    .filter((w) => w.length > 1);
}

/** A country's name or the adjective made from it ("Iraqi", "Yemeni", "Syrian", "Malian"). */
function isCountryWord(word: string): boolean {
  return [word, word.slice(0, -1), word.slice(0, -2), `${word}a`].some((w) => w.length > 2 && resolveCountry(w) !== null);
}

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/**
 * The proper names of a headline: capitalised words past its first (which any headline
 * capitalises) unless the first opens a "Place: …" headline, less acronyms, countries and their
 * adjectives, days and months. Folded.
 */
export function headlineProperNames(title: string): readonly string[] {
  return keptWords(headlineProperNames, title, findProperNames);
}

function findProperNames(title: string): string[] {
  const found = [...title.matchAll(CAPITALISED)];
  return found
    .filter((m, i) => i > 0 || m.index !== 0 || title[m[0].length] === ':')
    .map((m) => m[0].replace(/[:.]$/, ''))
    .filter((w) => !ACRONYM.test(w) && !isCountryWord(w.replace(POSSESSIVE, '')))
    .map((w) => fold(w.replace(POSSESSIVE, '')))
    .filter((w) => w.length >= 4 && !CALENDAR.has(w));
}

/** Every capitalised word of a headline, folded: a looser look for a name anywhere in it ("Mandera: …"). */
export function headlineCapitalised(title: string): readonly string[] {
  return keptWords(headlineCapitalised, title, findCapitalised);
}

function findCapitalised(title: string): string[] {
  return [...title.matchAll(CAPITALISED)].map((m) => fold(m[0].replace(POSSESSIVE, ''))).filter((w) => w.length > 1);
}

/**
 * Whether two folded place words may name one place: transliterations of one name differ in their
 * vowels and endings ("Nabatieh", "Nabatiyeh"; "Kryvyi Rih", "Krivyi Rih"; "Qiryat", "Kiryat"), so
 * the first three letters decide, read with y as i and q as k.
 */
export const samePlaceWord = (a: string, b: string) => stem(a) === stem(b);
const stem = (w: string) => w.replace(/y/g, 'i').replace(/q/g, 'k').slice(0, 3);
