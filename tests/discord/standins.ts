/**
 * Small stand-ins for the extraction engine's lookups and the rules module, until those land:
 * they behave like the real ones for the handful of names used in these tests.
 */

import type { Rule } from '../../src/config/rule-schema.js';
import { closeMatches } from '../../src/config/suggest.js';
import type { EngineLookups, PlaceEntry, RulesProvider, StoredDocument } from '../../src/discord/context.js';
import { distanceKm } from '../../src/extract/gazetteer/distance.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { describeRule } from '../../src/rules/describe.js';

const PLACES: PlaceEntry[] = [
  { id: 'geonames:95446', name: 'Erbil', country: 'IQ', kind: 'city', lat: 36.19, lon: 44.01 },
  { id: 'geonames:99072', name: 'Mosul', country: 'IQ', kind: 'city', lat: 36.34, lon: 43.13 },
  { id: 'geonames:98182', name: 'Baghdad', country: 'IQ', kind: 'city', lat: 33.34, lon: 44.4 },
  { id: 'base:ain-al-asad', name: 'Ain al-Asad Air Base', country: 'IQ', kind: 'base', lat: 33.8, lon: 42.44 },
  { id: 'base:harir', name: 'Al-Harir Air Base', country: 'IQ', kind: 'base', lat: 36.53, lon: 44.35 },
];
const ACTORS = [
  { id: 'islamic-state', name: 'Islamic State', aliases: ['isis', 'isil', 'daesh'] },
  { id: 'iran-backed-militias', name: 'Iran-backed militias', aliases: ['iran-backed groups'] },
];

export const engineStandIn: EngineLookups = {
  gazetteer: {
    search: (q, limit) => PLACES.filter((p) => p.name.toLowerCase().includes(q.trim().toLowerCase())).slice(0, limit),
    candidates: (key) => PLACES.filter((p) => phraseKey(p.name) === key),
    byId: (id) => PLACES.find((p) => p.id === id),
    suggest: (q, limit) =>
      closeMatches(
        q,
        PLACES.map((p) => p.name),
        limit,
      ),
  },
  actors: {
    search: (q, limit) => ACTORS.filter((a) => [a.id, a.name.toLowerCase(), ...a.aliases].some((n) => n.includes(q.toLowerCase()))).slice(0, limit),
    suggest: (q, limit) =>
      closeMatches(
        q,
        ACTORS.flatMap((a) => [a.id, a.name]),
        limit,
      ),
    lookup: (q) => ACTORS.find((a) => [a.id, a.name.toLowerCase(), ...a.aliases].includes(q.trim().toLowerCase())) ?? null,
  },
};

export const configRules: Rule[] = [
  { id: 'iraq-bases', name: 'Attacks on bases in Iraq', match: { countries: ['IQ'], attackTypes: ['drone', 'rocket'] }, minSeverity: 'low', attacksOnly: true },
];

function matches(rule: Rule, d: StoredDocument): string[] | null {
  const x = d.extraction;
  const m = rule.match;
  const reasons: string[] = [];
  const check = <T>(wanted: readonly T[] | undefined, have: readonly T[], word: string) => {
    if (!wanted) return true;
    const hit = wanted.find((w) => have.includes(w));
    if (hit === undefined) return false;
    reasons.push(`${word} ${String(hit)}`);
    return true;
  };
  if (!check(m.attackTypes, x.attackTypes, 'attack type')) return null;
  if (!check(m.countries, x.countries, 'country')) return null;
  if (
    !check(
      m.places,
      x.places.map((p) => p.name),
      'place',
    )
  )
    return null;
  const actorIds = m.actors?.map((a) => engineStandIn.actors.lookup(a)?.id ?? a);
  if (
    !check(
      actorIds,
      x.actors.map((a) => a.id),
      'actor',
    )
  )
    return null;
  return reasons;
}

export function rulesStandIn(): RulesProvider & { changed: string[]; delayMs: number } {
  const changed: string[] = [];
  const provider: RulesProvider & { changed: string[]; delayMs: number } = {
    changed,
    /** How long recompiling takes, to test that slow commands still meet the 3-second deadline. */
    delayMs: 0,
    configRules: () => configRules,
    // The words are the real ones (a pure function); the stand-in only lacks the names of codes.
    describe: (r) => describeRule(r),
    validate: (r) => [
      ...(r.match.places ?? []).flatMap((p, i) =>
        PLACES.some((x) => x.name.toLowerCase() === p.toLowerCase())
          ? []
          : [
              {
                path: `match.places[${i}]`,
                message: `unknown place "${p}"; did you mean ${closeMatches(
                  p,
                  PLACES.map((x) => x.name),
                )
                  .map((s) => `"${s}"`)
                  .join(', ')}?`,
              },
            ],
      ),
      ...(r.match.near ?? []).flatMap((n, i) =>
        PLACES.some((x) => x.name.toLowerCase() === n.place.toLowerCase()) ? [] : [{ path: `match.near[${i}].place`, message: `unknown place "${n.place}"` }],
      ),
      ...(r.match.actors ?? []).flatMap((a, i) =>
        engineStandIn.actors.lookup(a)
          ? []
          : [
              {
                path: `match.actors[${i}]`,
                message: `unknown actor "${a}"; did you mean ${engineStandIn.actors
                  .suggest(a, 3)
                  .map((s) => `"${s}"`)
                  .join(', ')}?`,
              },
            ],
      ),
    ],
    matcher: (rule) => (doc) => matches(rule, doc),
    // Towns only (the stand-in has no regions); tests/discord/lookup-regions.test.ts uses the real one.
    near: (placeId, km) => (doc) => {
      const centre = PLACES.find((p) => p.id === placeId);
      const hit = centre && doc.extraction.places.find((p) => distanceKm(p, centre) <= km);
      return centre && hit ? `${hit.name} is ${Math.round(distanceKm(hit, centre))} km from ${centre.name}` : null;
    },
    async guildRulesChanged(g: string) {
      changed.push(g);
      await new Promise((r) => setTimeout(r, provider.delayMs));
    },
  };
  return provider;
}
