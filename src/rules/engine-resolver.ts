import { distance } from 'fastest-levenshtein';
import { closeMatches } from '../config/suggest.js';
import type { EngineNames } from '../extract/index.js';
import { phraseKey } from '../extract/normalize.js';
import { placesNamed } from './compile.js';
import type { PlaceRef, RuleResolver } from './resolver.js';

const SUGGESTIONS = 3;

/**
 * The rule engine's view of the extraction engine's gazetteer and actor catalogue. Given a loader,
 * the names are loaded when a name is first resolved: with a lazy one (src/lazy.ts), a config
 * file that is missing or not YAML is refused without the second or more that loading takes.
 */
export function engineResolver(source: EngineNames | (() => EngineNames)): RuleResolver {
  const loaded = typeof source === 'function' ? source : () => source;
  const gazetteer = () => loaded().gazetteer;
  const actors = () => loaded().actors;
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
    resolvePlace: (name) => placesNamed(name, (n) => gazetteer().candidates(phraseKey(n))).map(ref),
    placeById: (id) => gazetteer().placeById(id),
    placeSuggestions: (name) => gazetteer().suggest(name, SUGGESTIONS),
    resolveActor: (nameOrId) => {
      const a = actors().lookup(nameOrId);
      return a ? { id: a.id, name: a.name } : undefined;
    },
    // Names containing the text ("islamic-stat") and the closest spellings ("Hezbolah"), the actor
    // one of whose names is closest to the text first ("Islamic State" before "… / IS Central Africa").
    actorSuggestions: (name) => {
      const key = phraseKey(name);
      const forms = new Map<string, string[]>(
        actors()
          .all()
          .map((a) => [a.name, [a.id, a.name, ...a.aliases].map(phraseKey)]),
      );
      const nameOf = new Map(
        actors()
          .all()
          .flatMap((a) => [a.id, a.name, ...a.aliases].map((n) => [n, a.name] as const)),
      );
      const candidates = new Set([
        ...actors().suggest(name, 2 * SUGGESTIONS),
        ...closeMatches(name, [...nameOf.keys()], 2 * SUGGESTIONS).map((n) => nameOf.get(n)!),
      ]);
      const closeness = (actor: string) => Math.min(...(forms.get(actor) ?? [actor]).map((f) => distance(key, f)));
      return [...candidates].sort((a, b) => closeness(a) - closeness(b)).slice(0, SUGGESTIONS);
    },
    countryName: (code) => gazetteer().country(code)?.name,
    countrySuggestions: (text) => {
      const key = phraseKey(text);
      const byName = gazetteer()
        .countries()
        .filter((c) => [c.name, ...c.aliases].some((n) => phraseKey(n).startsWith(key)) || c.code.toLowerCase() === key.slice(0, 2));
      return byName.slice(0, SUGGESTIONS).map((c) => `${c.code} (${c.name})`);
    },
  };
}
