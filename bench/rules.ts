/**
 * Realistic watch rules for the benchmarks, the kinds people write: attacks in a few countries,
 * at named places or bases, within some kilometres of a place, by named actors, against targets,
 * or mentioning keywords. Names come from the loaded gazetteer and actor catalogue, so every rule
 * compiles. The first N rules of a seed are the same whatever the total, so 10 ⊂ 1,000 ⊂ 10,000.
 */
import { type Rule, RuleSchema } from '../src/config/rule-schema.js';
import { ATTACK_TYPES, type AttackType, type Severity } from '../src/vocabulary.js';
import { type BenchVocabulary, CONFLICT_COUNTRIES, Rng } from './corpus.js';

const KEYWORDS = [
  'embassy',
  'pipeline',
  'oil tanker',
  'convoy',
  'checkpoint',
  'power plant',
  'airport',
  'refinery',
  'hospital',
  'aid workers',
  'journalists',
  'peacekeepers',
  'UN',
  'border crossing',
  'port',
  'railway',
  'school',
  'market',
  'hotel',
  'church',
  'mosque',
  'bridge',
  'dam',
  'mine',
  'gas field',
  'contractors',
  'NGO',
  'Red Cross',
  'MSF',
  'tanker',
  'cargo ship',
];
const EXCLUDE = ['exercise', 'drill', 'anniversary', 'trial', 'sentenced', 'video game', 'film'];
const TARGETS = ['base', 'civilians', 'infrastructure', 'shipping', 'diplomatic'] as const;
const SEVERITY_WEIGHTS: readonly Severity[] = ['low', 'low', 'low', 'low', 'low', 'low', 'medium', 'medium', 'high', 'critical'];

function attackTypes(r: Rng): AttackType[] {
  return r.sample(ATTACK_TYPES, r.int(1, 4));
}

function countries(r: Rng, vocab: BenchVocabulary): string[] {
  const known = new Set(vocab.countries.map((c) => c.code));
  const pool = CONFLICT_COUNTRIES.filter((c) => known.has(c));
  const n = r.int(1, 4);
  return r.sample(r.chance(0.8) && pool.length ? pool : vocab.countries.map((c) => c.code), n);
}

/** Where someone's people are: a city (bigger ones more often) or a base. */
function watchedPlace(r: Rng, vocab: BenchVocabulary): string {
  if (r.chance(0.25) && vocab.bases.length) return r.pick(vocab.bases).name;
  if (r.chance(0.1) && vocab.regions.length) return r.pickSkewed(vocab.regions).name;
  return r.pickSkewed(vocab.cities.slice(0, 3000)).name;
}

function generateRule(r: Rng, vocab: BenchVocabulary, index: number): Rule {
  const match: Record<string, unknown> = {};
  const kind = r.next();
  if (kind < 0.25) {
    match.countries = countries(r, vocab);
    if (r.chance(0.5)) match.attackTypes = attackTypes(r);
  } else if (kind < 0.5) {
    match.places = Array.from({ length: r.int(1, 3) }, () => watchedPlace(r, vocab));
    if (r.chance(0.4)) match.attackTypes = attackTypes(r);
  } else if (kind < 0.65) {
    match.near = [{ place: watchedPlace(r, vocab), km: r.pick([10, 25, 50, 100, 150, 250]) }];
    if (r.chance(0.3)) match.attackTypes = attackTypes(r);
  } else if (kind < 0.8) {
    match.actors = r.sample(vocab.actors, r.int(1, 2)).map((a) => (r.chance(0.5) ? a.id : a.name));
    if (r.chance(0.4)) match.countries = countries(r, vocab);
  } else if (kind < 0.95) {
    const any = r.sample(KEYWORDS, r.int(1, 3));
    match.keywords = {
      any,
      all: r.chance(0.15) ? [r.pick(KEYWORDS)] : [],
      none: r.chance(0.4) ? r.sample(EXCLUDE, r.int(1, 3)) : [],
    };
    if (r.chance(0.5)) match.countries = countries(r, vocab);
  } else {
    match.targets = r.sample(TARGETS, r.int(1, 2));
    if (r.chance(0.5)) match.countries = countries(r, vocab);
  }
  return RuleSchema.parse({
    id: `bench-${String(index).padStart(5, '0')}`,
    name: `Bench rule ${index}`,
    match,
    minSeverity: r.pick(SEVERITY_WEIGHTS),
  });
}

export function generateRules(vocab: BenchVocabulary, count: number, seed: number): Rule[] {
  const r = new Rng(seed);
  return Array.from({ length: count }, (_, i) => generateRule(r, vocab, i));
}
