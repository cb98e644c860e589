import { RuleSchema, type Rule } from '../rules/schema.js';
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
  const t = input.trim().toLowerCase().replace(/[\s/-]+/g, '_');
  if ((ATTACK_TYPES as readonly string[]).includes(t)) return t;
  const prefix = ATTACK_TYPES.filter((a) => a.startsWith(t) && t.length >= 3);
  return prefix.length === 1 ? prefix[0]! : null;
}

/** A gazetteer place named exactly (case-insensitive) like the input, or null. */
export function resolvePlace(engine: EngineLookups, input: string) {
  const q = input.trim();
  return engine.gazetteer.search(q, 10).find((p) => p.name.toLowerCase() === q.toLowerCase()) ?? null;
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
 * Turns `/rule create` options into a rule, checking every value against the vocabulary, the
 * gazetteer and the actor list. Returns every problem at once, each with close matches.
 */
export function buildRule(input: RuleInput, engine: EngineLookups): { rule: Rule } | { errors: string[] } {
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
  const places: string[] = [];
  for (const p of input.places) {
    const place = resolvePlace(engine, p);
    if (place) places.push(place.name);
    else errors.push(`Unknown place \`${p}\`.${didYouMean(engine.gazetteer.suggest(p, 3))}`);
  }
  let near: Rule['match']['near'];
  if (input.near) {
    const place = resolvePlace(engine, input.near);
    if (!place) errors.push(`Unknown place \`${input.near}\` for near.${didYouMean(engine.gazetteer.suggest(input.near, 3))}`);
    else near = [{ place: place.name, km: input.radiusKm ?? DEFAULT_NEAR_KM }];
  } else if (input.radiusKm !== null) {
    errors.push('`radius_km` needs `near` (the place to measure from).');
  }
  if (input.radiusKm !== null && (input.radiusKm < 1 || input.radiusKm > 5000)) errors.push('`radius_km` must be between 1 and 5000.');
  const actors: string[] = [];
  for (const a of input.actors) {
    const actor = engine.actors.lookup(a);
    if (actor) actors.push(actor.id);
    else errors.push(`Unknown actor \`${a}\`.${didYouMean(engine.actors.suggest(a, 3))}`);
  }
  const hasKeywords = input.keywordsAny.length + input.keywordsAll.length + input.keywordsNone.length > 0;
  const criteria = attackTypes.length + countries.length + places.length + actors.length + (near ? 1 : 0) + input.keywordsAny.length + input.keywordsAll.length;
  if (errors.length === 0 && criteria === 0) {
    errors.push('A rule needs at least one condition: attack_types, countries, places, near, actors, keywords_any or keywords_all.');
  }
  if (errors.length) return { errors };

  const parsed = RuleSchema.safeParse({
    id: input.id,
    match: {
      ...(attackTypes.length ? { attackTypes } : {}),
      ...(countries.length ? { countries } : {}),
      ...(places.length ? { places } : {}),
      ...(near ? { near } : {}),
      ...(actors.length ? { actors } : {}),
      ...(hasKeywords ? { keywords: { any: input.keywordsAny, all: input.keywordsAll, none: input.keywordsNone } } : {}),
    },
    ...(input.minSeverity ? { minSeverity: input.minSeverity } : {}),
  });
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => `\`${i.path.join('.') || 'rule'}\`: ${i.message}`) };
  return { rule: parsed.data };
}
