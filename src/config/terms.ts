import { ATTACK_TYPES, type AttackType } from '../vocabulary.js';
import { closeMatches } from './suggest.js';

/**
 * How people may write the vocabulary's words in a rule, in the config file and in `/rule create`
 * alike: country codes or English names in any case, attack types with capitals, spaces or plurals.
 */

/** Region codes ICU names that are no current ISO 3166-1 country (retired, reserved, groupings). */
const NOT_COUNTRIES = new Set('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

/** ISO 3166-1 alpha-2 codes with their English names, from the runtime's ICU data. */
const COUNTRIES: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !NOT_COUNTRIES.has(code)) out.set(code, name);
    }
  }
  return out;
})();

/** English names news and people use that ICU spells otherwise ("Ivory Coast", "UK"). */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  usa: 'US',
  'united states of america': 'US',
  uae: 'AE',
  'ivory coast': 'CI',
  burma: 'MM',
  palestine: 'PS',
  'dr congo': 'CD',
  drc: 'CD',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  turkey: 'TR',
  'czech republic': 'CZ',
  'east timor': 'TL',
  'cape verde': 'CV',
  swaziland: 'SZ',
  vatican: 'VA',
  'south georgia': 'GS',
  'the gambia': 'GM',
  macau: 'MO',
  'saint helena': 'SH',
  'saint helena, ascension and tristan da cunha': 'SH',
  'saint vincent and the grenadines': 'VC',
  'heard island and mcdonald islands': 'HM',
  'french southern and antarctic lands': 'TF',
  'united states minor outlying islands': 'UM',
  'united states virgin islands': 'VI',
};

/** A name as compared: lower case, no accents or apostrophes, "&" as "and", "St." as "saint", no "(Burma)" or "SAR China". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\s*\([^)]*\)|\s+sar china$/g, '')
    .replace(/&/g, 'and')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/\s+/g, ' ')
    .trim();

const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...[...COUNTRIES].map(([code, name]) => [fold(name), code] as const),
  ...Object.entries(OTHER_NAMES),
]);

/** The English name of a country code ("IQ" → "Iraq"). */
export function countryName(code: string): string | undefined {
  return COUNTRIES.get(code.toUpperCase());
}

/** A country code from a code or an English name in any case ("iq", "IQ", "Iraq"); null when unknown. */
export function resolveCountry(input: string): string | null {
  const t = input.trim();
  if (/^[a-z]{2}$/i.test(t) && COUNTRIES.has(t.toUpperCase())) return t.toUpperCase();
  return COUNTRY_BY_NAME.get(fold(t)) ?? null;
}

/**
 * A place written with its country after a comma, as people tell two towns of one name apart
 * ("Tripoli, Lebanon", "Tripoli, LB"): the name and the country's code; null when the text has no
 * comma or what follows the last one is no country.
 */
export function countryQualified(input: string): { name: string; country: string } | null {
  const comma = input.lastIndexOf(',');
  if (comma < 0) return null;
  const name = input.slice(0, comma).trim();
  const country = resolveCountry(input.slice(comma + 1));
  return name && country ? { name, country } : null;
}

/**
 * Countries by their names in other languages people write in ("Irak", "Syrien", "Jemen"), from
 * ICU: not accepted as they are (rules take codes or English names), but they say which country a
 * word that is not English meant, where English spellings alone tie ("Irak" is as close to Iran).
 */
const COUNTRY_BY_NAME_ELSEWHERE: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const language of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'tr', 'sv', 'pl']) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of COUNTRIES.keys()) {
      const key = fold(names.of(code) ?? '');
      if (key && !COUNTRY_BY_NAME.has(key) && !out.has(key)) out.set(key, code);
    }
  }
  return out;
})();

const SUGGESTED_COUNTRIES = 3;

/** Close countries, written "IQ (Iraq)": a name in another language first, then the closest spellings. */
export function suggestCountries(input: string): string[] {
  const key = fold(input);
  const codes = [
    COUNTRY_BY_NAME_ELSEWHERE.get(key),
    ...closeMatches(key, [...COUNTRY_BY_NAME.keys()]).map((k) => COUNTRY_BY_NAME.get(k)),
    ...closeMatches(key, [...COUNTRY_BY_NAME_ELSEWHERE.keys()]).map((k) => COUNTRY_BY_NAME_ELSEWHERE.get(k)),
  ].filter((c): c is string => c !== undefined);
  return [...new Set(codes)].slice(0, SUGGESTED_COUNTRIES).map((code) => `${code} (${COUNTRIES.get(code)})`);
}

/** Other ways news and people name an attack type. */
const ATTACK_TYPE_ALIASES: Readonly<Record<string, AttackType>> = {
  uav: 'drone',
  mortar: 'mortar_artillery',
  artillery: 'mortar_artillery',
  shelling: 'mortar_artillery',
  air_strike: 'airstrike',
  bomb: 'ied',
  roadside_bomb: 'ied',
  car_bomb: 'ied',
  suicide: 'suicide_attack',
  suicide_bombing: 'suicide_attack',
  shooting: 'armed_assault',
  kidnap: 'kidnapping',
  abduction: 'kidnapping',
};

/** An attack type id from how people write it ("IED", "Suicide attack", "drones", "mortar"); null when unknown. */
export function resolveAttackType(input: string): AttackType | null {
  const t = input
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
  for (const form of [t, t.replace(/s$/, '')]) {
    if ((ATTACK_TYPES as readonly string[]).includes(form)) return form as AttackType;
    if (ATTACK_TYPE_ALIASES[form]) return ATTACK_TYPE_ALIASES[form];
  }
  return null;
}

export function suggestAttackTypes(input: string): string[] {
  return closeMatches(input, ATTACK_TYPES);
}

/** "Erbil:100" (or "Erbil: 100 km") → {place: "Erbil", km: 100}; null when the text names no distance. */
export function parsePlaceKm(text: string): { place: string; km: number } | null {
  // No place name holds a colon: "Erbil:100:5" is two distances, not 5 km of "Erbil:100".
  const m = /^([^:]+?)\s*:\s*(\d+(?:\.\d+)?)\s*(?:km)?\s*$/i.exec(text.trim());
  return m ? { place: m[1]!, km: Number(m[2]) } : null;
}
