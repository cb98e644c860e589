import { resolveCountry } from '../config/terms.js';
import type { AttackType } from '../vocabulary.js';
import { words } from './fingerprint.js';
import type { Incident } from './incident.js';

/**
 * What a headline says about which attack it reports. A report's body often recalls other attacks
 * ("…hours after the overnight drone raid"), so the attack types extracted from the whole text
 * mix events; the headline names the one the report is about, and names it first.
 */

/** Two-word means of attack, looked for before single words ("guided bomb" is not a planted bomb). */
const PHRASES: ReadonlyMap<string, AttackType> = new Map([
  ['guided bomb', 'airstrike'],
  ['guided bombs', 'airstrike'],
  ['glide bomb', 'airstrike'],
  ['glide bombs', 'airstrike'],
  ['aerial bomb', 'airstrike'],
  ['aerial bombs', 'airstrike'],
  ['air strike', 'airstrike'],
  ['air strikes', 'airstrike'],
  ['frappe aerienne', 'airstrike'],
  ['opened fire', 'armed_assault'],
  ['open fire', 'armed_assault'],
]);

/**
 * Headline nouns and verbs that name the means of an attack. Words that do not tell the means
 * ("attack", "strike", "explosive" as in "explosive drone", "bombs" as in "jets bomb a town") are
 * left out, and so are effects any weapon has ("explosions rock Kyiv", "blast"): a headline without
 * one of these says nothing here.
 */
const WORDS: ReadonlyMap<string, AttackType> = new Map(
  (
    [
      ['drone', 'drone drones shahed shaheds quadcopter quadcopters uav uavs'],
      ['missile', 'missile missiles ballistic misil misiles'],
      ['rocket', 'rocket rockets roquette roquettes cohete cohetes katyusha'],
      ['mortar_artillery', 'shelling shelled shells artillery mortar mortars howitzer obus'],
      ['airstrike', 'airstrike airstrikes warplane warplanes jets kab'],
      ['ied', 'bomb bombing bombings ied ieds landmine landmines grenade grenades bombe bomba'],
      ['suicide_attack', 'suicide suicida'],
      ['armed_assault', 'gunmen gunman shooting shootings shot gunfire ambush ambushed ambushes stormed fusillade tiroteo'],
      ['kidnapping', 'abduct abducts abducted abduction kidnap kidnaps kidnapped kidnapping hostage hostages secuestro enleves enlevement'],
    ] as const
  ).flatMap(([type, list]) => list.split(' ').map((w) => [w, type] as const)),
);

/** The means of attack a headline names first, or null when it names none. */
export function headlineType(title: string): AttackType | null {
  const tokens = words(title);
  for (let i = 0; i < tokens.length; i++) {
    const pair = PHRASES.get(`${tokens[i]} ${tokens[i + 1] ?? ''}`);
    if (pair) return pair;
    const word = WORDS.get(tokens[i]!);
    if (word) return word;
  }
  return null;
}

/**
 * The means of an earlier attack a headline sets its own against ("jets hit Nabatieh hours after
 * a drone strike", "… a day after the rocket fire"): the one named after "after", when it differs
 * from the one named before it. Null otherwise.
 */
export function headlineEarlierType(title: string): AttackType | null {
  const at = title.search(/\bafter\b/i);
  if (at < 0) return null;
  const own = headlineType(title.slice(0, at));
  const earlier = headlineType(title.slice(at));
  return own && earlier && own !== earlier ? earlier : null;
}

/**
 * Kinds of place a headline says was hit ("strike on a house", "bomb at a market"). Words for the
 * same kind are one class ("checkpoint", "checkpost"); vehicles are left out, being as often the
 * weapon ("car bomb") as the target.
 */
const HIT_PLACES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['home', 'house houses home homes apartment apartments residential'],
      ['tent', 'tent tents'],
      ['school', 'school schools'],
      ['market', 'market markets marketplace bazaar souk'],
      ['restaurant', 'restaurant restaurants cafe hotel'],
      ['shop', 'shop shops store'],
      ['worship', 'mosque church shrine synagogue temple monastery'],
      ['hospital', 'hospital clinic'],
      ['checkpoint', 'checkpoint checkpoints checkpost checkposts'],
      ['base', 'base bases cantonment barracks airbase garrison'],
      ['port', 'port harbour harbor'],
      ['refinery', 'refinery refineries'],
      ['court', 'court courthouse'],
      ['embassy', 'embassy consulate'],
      ['prison', 'prison jail'],
      ['campus', 'university college campus'],
      ['gathering', 'wedding funeral'],
    ] as const
  ).flatMap(([kind, list]) => list.split(' ').map((w) => [w, kind] as const)),
);

/** The kinds of place a headline says were hit. */
export function headlineHitPlaces(title: string): Set<string> {
  return new Set(words(title).flatMap((w) => HIT_PLACES.get(w) ?? []));
}

export type TimeOfDay = 'day' | 'night';

/** Headline words that place an attack by day or by night ("Daytime strike", "overnight raid"). */
const DAY_WORDS = new Set(['daytime', 'afternoon']);
const NIGHT_WORDS = new Set(['overnight', 'night', 'nighttime']);

/** Whether a headline says the attack came by day or by night; null when it does not say. */
export function headlineTimeOfDay(title: string): TimeOfDay | null {
  for (const w of words(title)) {
    if (DAY_WORDS.has(w)) return 'day';
    if (NIGHT_WORDS.has(w)) return 'night';
  }
  return null;
}

export interface Headlines {
  /** The means each source's headline names first. */
  types: ReadonlySet<AttackType>;
  /** Day or night, as the sources' headlines say. */
  timesOfDay: ReadonlySet<TimeOfDay>;
  /** The kinds of place hit that the sources' headlines name. */
  hitPlaces: ReadonlySet<string>;
  /** Where the sources' headlines say it happened (`headlinePlaceWords`), their capitalised words and proper names. */
  placeWords: readonly string[];
  capitalised: readonly string[];
  properNames: ReadonlySet<string>;
}

/** Incidents are replaced, never changed, on merge: their headline facts can be kept per object. */
const cache = new WeakMap<Incident, Headlines>();

/** What the headlines of an incident's sources say. */
export function incidentHeadlines(incident: Incident): Headlines {
  let known = cache.get(incident);
  if (!known) {
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
      for (const kind of headlineHitPlaces(s.title)) hitPlaces.add(kind);
      const type = headlineType(s.title);
      if (type) types.add(type);
      const when = headlineTimeOfDay(s.title);
      if (when) timesOfDay.add(when);
    }
    known = { types, timesOfDay, hitPlaces, placeWords: [...placeWords], capitalised: [...capitalised], properNames };
    cache.set(incident, known);
  }
  return known;
}

/** A capitalised name after "in", "at", "near" or "outside": where the headline says it happened. */
const NAMED_PLACE = /\b(?:in|at|near|outside)\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*)/gu;
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
export function headlinePlaceWords(title: string): string[] {
  return [...title.matchAll(NAMED_PLACE)]
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
export function headlineProperNames(title: string): string[] {
  const found = [...title.matchAll(CAPITALISED)];
  return found
    .filter((m, i) => i > 0 || m.index !== 0 || title[m[0].length] === ':')
    .map((m) => m[0].replace(/[:.]$/, ''))
    .filter((w) => !ACRONYM.test(w) && !isCountryWord(w.replace(POSSESSIVE, '')))
    .map((w) => fold(w.replace(POSSESSIVE, '')))
    .filter((w) => w.length >= 4 && !CALENDAR.has(w));
}

/** Every capitalised word of a headline, folded: a looser look for a name anywhere in it ("Mandera: …"). */
export function headlineCapitalised(title: string): string[] {
  return [...title.matchAll(CAPITALISED)].map((m) => fold(m[0].replace(POSSESSIVE, ''))).filter((w) => w.length > 1);
}

/**
 * Whether two folded place words may name one place: transliterations of one name differ in their
 * vowels and endings ("Nabatieh", "Nabatiyeh"; "Kryvyi Rih", "Krivyi Rih"; "Qiryat", "Kiryat"), so
 * the first three letters decide, read with y as i and q as k.
 */
export const samePlaceWord = (a: string, b: string) => stem(a) === stem(b);
const stem = (w: string) => w.replace(/y/g, 'i').replace(/q/g, 'k').slice(0, 3);
