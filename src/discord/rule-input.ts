import { type Rule, RuleSchema } from '../config/rule-schema.js';
import { ATTACK_TYPES, type Severity } from '../vocabulary.js';
import type { EngineLookups } from './context.js';
import { closeMatches, didYouMean } from './suggest.js';

/** ISO 3166-1 alpha-2 codes with their English names, from the runtime's ICU data. */
const COUNTRIES: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Map<string, string>();
  const notCountries = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !notCountries.has(code)) out.set(code, name);
    }
  }
  return out;
})();

export function countryName(code: string): string | undefined {
  return COUNTRIES.get(code.toUpperCase());
}

/** A country code from a code or an English name ("iq", "Iraq"); null when unknown. */
export function resolveCountry(input: string): string | null {
  const t = input.trim();
  if (/^[a-z]{2}$/i.test(t) && COUNTRIES.has(t.toUpperCase())) return t.toUpperCase();
  for (const [code, name] of COUNTRIES) if (name.toLowerCase() === t.toLowerCase()) return code;
  return null;
}

export function suggestCountries(input: string): string[] {
  const byName = closeMatches(input, [...COUNTRIES.values()]);
  return byName.map((name) => `${[...COUNTRIES].find(([, n]) => n === name)![0]} (${name})`);
}

/** An attack type id from how people write it ("IED", "suicide attack", "mortar"). */
export function resolveAttackType(input: string): string | null {
  const t = input
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
  if ((ATTACK_TYPES as readonly string[]).includes(t)) return t;
  const prefix = ATTACK_TYPES.filter((a) => a.startsWith(t) && t.length >= 3);
  return prefix.length === 1 ? prefix[0]! : null;
}

/** The gazetteer place a name or alias means: an exact name first, else the best search hit. */
export function resolvePlace(engine: EngineLookups, input: string) {
  const q = input.trim();
  const hits = engine.gazetteer.search(q, 10);
  return hits.find((p) => p.name.toLowerCase() === q.toLowerCase()) ?? hits[0] ?? null;
}

export interface RuleInput {
  id: string;
  attackTypes: string[];
  countries: string[];
  places: string[];
  near: string | null;
  radiusKm: number | null;
  actors: string[];
  keywordsAny: string[];
  keywordsAll: string[];
  keywordsNone: string[];
  minSeverity: Severity | null;
}

export const DEFAULT_NEAR_KM = 50;

/**
 * Turns `/rule create` options into a rule: attack types and countries are normalised and checked
 * against the vocabulary here; places and actors are kept as typed (names or aliases, as in the
 * config file) and checked by the rules module's validation. Returns every problem at once.
 */
export function buildRule(input: RuleInput): { rule: Rule } | { errors: string[] } {
  const errors: string[] = [];
  const attackTypes: string[] = [];
  for (const a of input.attackTypes) {
    const id = resolveAttackType(a);
    if (id) attackTypes.push(id);
    else errors.push(`Unknown attack type \`${a}\`.${didYouMean(closeMatches(a, ATTACK_TYPES))} Known: ${ATTACK_TYPES.join(', ')}.`);
  }
  const countries: string[] = [];
  for (const c of input.countries) {
    const code = resolveCountry(c);
    if (code) countries.push(code);
    else errors.push(`Unknown country \`${c}\`: use an ISO code such as IQ or an English name.${didYouMean(suggestCountries(c))}`);
  }
  if (input.radiusKm !== null && !input.near) errors.push('`radius_km` needs `near` (the place to measure from).');
  const near = input.near ? [{ place: input.near, km: input.radiusKm ?? DEFAULT_NEAR_KM }] : [];
  const hasKeywords = input.keywordsAny.length + input.keywordsAll.length + input.keywordsNone.length > 0;
  const criteria =
    attackTypes.length + countries.length + input.places.length + input.actors.length + near.length + input.keywordsAny.length + input.keywordsAll.length;
  if (errors.length === 0 && criteria === 0) {
    errors.push('A rule needs at least one condition: attack_types, countries, places, near, actors, keywords_any or keywords_all.');
  }
  if (errors.length) return { errors };

  const parsed = RuleSchema.safeParse({
    id: input.id,
    match: {
      ...(attackTypes.length ? { attackTypes } : {}),
      ...(countries.length ? { countries } : {}),
      ...(input.places.length ? { places: input.places } : {}),
      ...(near.length ? { near } : {}),
      ...(input.actors.length ? { actors: input.actors } : {}),
      ...(hasKeywords ? { keywords: { any: input.keywordsAny, all: input.keywordsAll, none: input.keywordsNone } } : {}),
    },
    ...(input.minSeverity ? { minSeverity: input.minSeverity } : {}),
  });
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => `\`${optionName(i.path.map(String))}\`: ${i.message}`) };
  return { rule: parsed.data };
}

const OPTION_OF_PATH: Record<string, string> = {
  attackTypes: 'attack_types',
  countries: 'countries',
  places: 'places',
  near: 'near',
  actors: 'actors',
  any: 'keywords_any',
  all: 'keywords_all',
  none: 'keywords_none',
  minSeverity: 'min_severity',
  id: 'id',
};

/** The `/rule create` option a path inside a rule ("match.near[0].place") comes from. */
export function optionName(path: readonly string[] | string): string {
  const parts = typeof path === 'string' ? path.split(/[.[\]]+/).filter(Boolean) : path;
  for (const part of [...parts].reverse()) if (OPTION_OF_PATH[part]) return OPTION_OF_PATH[part]!;
  return parts.join('.') || 'rule';
}
