import { closeMatches } from '../config/suggest.js';
import type { ExtractionEngine } from '../extract/index.js';
import { phraseKey } from '../extract/normalize.js';
import type { PlaceRef, RuleResolver } from './resolver.js';

const SUGGESTIONS = 3;

/** The rule engine's view of the extraction engine's gazetteer and actor catalogue. */
export function engineResolver(engine: ExtractionEngine): RuleResolver {
  const { gazetteer, actors } = engine;
  const ref = (e: { id: string; name: string; kind: PlaceRef['kind']; country: string; lat: number; lon: number; admin1: string | null }): PlaceRef => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    country: e.country,
    lat: e.lat,
    lon: e.lon,
    admin1: e.admin1,
  });
  return {
    resolvePlace: (name) => gazetteer.candidates(phraseKey(name)).map(ref),
    placeById: (id) => {
      const e = gazetteer.byId(id);
      return e ? ref(e) : undefined;
    },
    placeSuggestions: (name) => gazetteer.suggest(name, SUGGESTIONS),
    resolveActor: (nameOrId) => {
      const a = actors.lookup(nameOrId);
      return a ? { id: a.id, name: a.name } : undefined;
    },
    // Names containing the text first ("islamic-stat"), else the closest spellings ("Hezbolah").
    actorSuggestions: (name) => {
      const containing = actors.suggest(name, SUGGESTIONS);
      if (containing.length) return containing;
      const names = new Map(actors.all().flatMap((a) => [a.id, a.name, ...a.aliases].map((n) => [n, a.name] as const)));
      return [...new Set(closeMatches(name, [...names.keys()], SUGGESTIONS).map((n) => names.get(n)!))];
    },
    countryName: (code) => gazetteer.country(code)?.name,
    countrySuggestions: (text) => {
      const key = phraseKey(text);
      const byName = gazetteer
        .countries()
        .filter((c) => [c.name, ...c.aliases].some((n) => phraseKey(n).startsWith(key)) || c.code.toLowerCase() === key.slice(0, 2));
      return byName.slice(0, SUGGESTIONS).map((c) => `${c.code} (${c.name})`);
    },
  };
}
