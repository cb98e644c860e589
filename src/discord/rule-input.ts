import { issuesToProblems } from '../config/errors.js';
import { type Rule, RuleSchema } from '../config/rule-schema.js';
import { parsePlaceKm } from '../config/terms.js';
import { phraseKey } from '../extract/normalize.js';
import { placesNamed, primaryPlace } from '../rules/compile.js';
import type { Severity } from '../vocabulary.js';
import type { EngineLookups, PlaceEntry } from './context.js';

/**
 * The gazetteer place a `/lookup` value means: the id of an autocompleted choice, else the place
 * the name or alias means exactly, taken as a `near` rule takes it; null for anything else (a
 * beginning of names is no place).
 */
export function resolvePlace(engine: EngineLookups, input: string): PlaceEntry | null {
  const q = input.trim();
  return engine.gazetteer.byId(q) ?? primaryPlace(placesNamed(q, (n) => engine.gazetteer.candidates(phraseKey(n)))) ?? null;
}

/** Every field of a rule as `/rule create` and `/rule edit` take them: the config file's fields, one option each. */
export interface RuleInput {
  id: string;
  name: string | null;
  attackTypes: string[];
  countries: string[];
  places: string[];
  /** Places to measure from, "Erbil" or "Erbil:100"; those without a distance take `radiusKm`. */
  near: string[];
  radiusKm: number | null;
  actors: string[];
  targets: string[];
  keywordsAny: string[];
  keywordsAll: string[];
  keywordsNone: string[];
  minSeverity: Severity | null;
  attacksOnly: boolean | null;
}

export const DEFAULT_NEAR_KM = 50;

/** How the refusal of a rule without conditions begins. */
export const NO_CONDITION = 'A rule needs at least one condition';

/** A rule with nothing set but its id, for `/rule create` to fill in. */
export function emptyRuleInput(id: string): RuleInput {
  return {
    id,
    name: null,
    attackTypes: [],
    countries: [],
    places: [],
    near: [],
    radiusKm: null,
    actors: [],
    targets: [],
    keywordsAny: [],
    keywordsAll: [],
    keywordsNone: [],
    minSeverity: null,
    attacksOnly: null,
  };
}

/** A rule's fields as options, for `/rule edit` to change some and keep the rest. */
export function ruleInputOf(rule: Rule): RuleInput {
  const m = rule.match;
  return {
    id: rule.id,
    name: rule.name ?? null,
    attackTypes: m.attackTypes ?? [],
    countries: m.countries ?? [],
    places: m.places ?? [],
    near: (m.near ?? []).map((n) => `${n.place}:${n.km}`),
    radiusKm: null,
    actors: m.actors ?? [],
    targets: m.targets ?? [],
    keywordsAny: m.keywords?.any ?? [],
    keywordsAll: m.keywords?.all ?? [],
    keywordsNone: m.keywords?.none ?? [],
    minSeverity: rule.minSeverity,
    attacksOnly: rule.attacksOnly,
  };
}

/**
 * Turns `/rule create` or `/rule edit` options into a rule: the rule schema reads attack types,
 * countries and targets as the config file does (config/terms.ts); places and actors are kept as
 * typed (names or aliases) and checked by the rules module's validation. Every problem at once.
 */
export function buildRule(input: RuleInput): { rule: Rule } | { errors: string[] } {
  const errors: string[] = [];
  if (input.radiusKm !== null && input.near.length === 0) errors.push('`radius_km` needs `near` (the place to measure from).');
  const near = input.near.flatMap((text) => {
    const withKm = parsePlaceKm(text);
    if (withKm) return [withKm];
    // "Erbil:abc", "Mosul:-4": a distance was meant, and it is not one.
    if (text.includes(':')) {
      errors.push(`\`near\`: "${text}" is not Place or Place:km: the distance after ":" must be a number of km more than 0, e.g. Erbil:100.`);
      return [];
    }
    return [{ place: text.trim(), km: input.radiusKm ?? DEFAULT_NEAR_KM }];
  });
  const hasKeywords = input.keywordsAny.length + input.keywordsAll.length + input.keywordsNone.length > 0;
  const criteria =
    input.attackTypes.length +
    input.countries.length +
    input.places.length +
    input.actors.length +
    input.targets.length +
    near.length +
    input.keywordsAny.length +
    input.keywordsAll.length;
  if (errors.length === 0 && criteria === 0) {
    errors.push(
      `${NO_CONDITION}: attack_types, countries, places, near, actors, targets, keywords_any or keywords_all.${
        input.keywordsNone.length ? ' (`keywords_none` only rules reports out: it matches nothing by itself.)' : ''
      }`,
    );
  }

  const parsed = RuleSchema.safeParse(
    {
      id: input.id,
      ...(input.name ? { name: input.name } : {}),
      match: {
        ...(input.attackTypes.length ? { attackTypes: input.attackTypes } : {}),
        ...(input.countries.length ? { countries: input.countries } : {}),
        ...(input.places.length ? { places: input.places } : {}),
        ...(near.length ? { near } : {}),
        ...(input.actors.length ? { actors: input.actors } : {}),
        ...(input.targets.length ? { targets: input.targets } : {}),
        ...(hasKeywords ? { keywords: { any: input.keywordsAny, all: input.keywordsAll, none: input.keywordsNone } } : {}),
      },
      ...(input.minSeverity ? { minSeverity: input.minSeverity } : {}),
      ...(input.attacksOnly !== null ? { attacksOnly: input.attacksOnly } : {}),
    },
    { reportInput: true },
  );
  if (!parsed.success) errors.push(...issuesToProblems(parsed.error.issues, RuleSchema).map((p) => `\`${optionName(p.path)}\`: ${p.message}`));
  return errors.length || !parsed.success ? { errors } : { rule: parsed.data };
}

/**
 * A rule holding only the names of places and actors typed: what validation checks against the
 * gazetteer and actor list, also when other options are wrong, so that every mistake is told at
 * once. Never stored or compiled.
 */
export function namesOnlyRule(names: { places?: readonly string[]; near?: readonly string[]; actors?: readonly string[] }): Rule {
  const places = (names.places ?? []).map((p) => p.trim()).filter(Boolean);
  const near = (names.near ?? [])
    .map((text) => ({ place: (parsePlaceKm(text)?.place ?? text.split(':')[0]!).trim(), km: DEFAULT_NEAR_KM }))
    .filter((n) => n.place);
  const actors = (names.actors ?? []).map((a) => a.trim()).filter(Boolean);
  return {
    id: 'names',
    match: { ...(places.length ? { places } : {}), ...(near.length ? { near } : {}), ...(actors.length ? { actors } : {}) },
    minSeverity: 'low',
    attacksOnly: true,
  };
}

const OPTION_OF_PATH: Record<string, string> = {
  name: 'name',
  attackTypes: 'attack_types',
  countries: 'countries',
  places: 'places',
  near: 'near',
  actors: 'actors',
  targets: 'targets',
  any: 'keywords_any',
  all: 'keywords_all',
  none: 'keywords_none',
  minSeverity: 'min_severity',
  attacksOnly: 'attacks_only',
  id: 'id',
};

/** The `/rule create` option a path inside a rule ("match.near[0].place") comes from. */
export function optionName(path: readonly string[] | string): string {
  const parts = typeof path === 'string' ? path.split(/[.[\]]+/).filter(Boolean) : path;
  for (const part of [...parts].reverse()) if (OPTION_OF_PATH[part]) return OPTION_OF_PATH[part]!;
  return parts.join('.') || 'rule';
}
