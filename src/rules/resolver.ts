import type { PlaceKind } from '../vocabulary.js';

export interface PlaceRef {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  lat: number;
  lon: number;
  /** Id of the first-level region the place lies in, if known. */
  admin1: string | null;
}

/**
 * What the rule engine needs to know about places and actors: a narrow view of the extraction
 * engine's gazetteer and actor catalogue, so rules can be compiled, checked and explained.
 */
export interface RuleResolver {
  /** Every place a name or alias may mean ("Erbil" → the city and the governorate). */
  resolvePlace(name: string): PlaceRef[];
  placeById(id: string): PlaceRef | undefined;
  placeSuggestions(name: string): string[];
  resolveActor(nameOrId: string): { id: string; name: string } | undefined;
  actorSuggestions(name: string): string[];
  countryName(code: string): string | undefined;
  countrySuggestions(text: string): string[];
}
