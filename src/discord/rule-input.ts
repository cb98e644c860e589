import { type Rule, RuleSchema } from '../config/rule-schema.js';
import type { Severity } from '../vocabulary.js';
import type { EngineLookups } from './context.js';

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
 * Turns `/rule create` options into a rule: the rule schema reads attack types and countries as
 * the config file does (config/terms.ts); places and actors are kept as typed (names or aliases)
 * and checked by the rules module's validation. Returns every problem at once.
 */
export function buildRule(input: RuleInput): { rule: Rule } | { errors: string[] } {
  const errors: string[] = [];
  const { attackTypes, countries } = input;
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
