import { describe, expect, it } from 'vitest';
import { type Extraction, placeLabel } from '../../src/extract/analysis.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { tokenize } from '../../src/extract/normalize.js';
import type { AttackType } from '../../src/vocabulary.js';

let engine: ExtractionEngine | undefined;

/** The engine on the shipped data, loaded once per test file that asks for it. */
export function shippedEngine(): ExtractionEngine {
  engine ??= ExtractionEngine.load();
  return engine;
}

/** What the shipped engine makes of a story told by its title and body. */
export function extractStory(title: string, content = ''): Extraction {
  return shippedEngine().extract(prepareDocument({ title, content }));
}

/** The actors the shipped catalogue finds in a text, whatever the story. */
export function namedActors(text: string): string[] {
  return shippedEngine()
    .actors.mentions(tokenize(text), text)
    .map((m) => m.actor.id);
}

/**
 * What a story must read as. Every field given is checked and the rest are not, so a case names
 * only what it is about. Lists named `has…` or left bare (`actors`, `places`, `placeNames`,
 * `actorRoles`) must be among what was read; `not…` lists must not be; `types` and `countries` are
 * the whole list, in the engine's order; `typeSet` the whole list in any order.
 */
export interface Expected {
  attack?: boolean;
  types?: AttackType[];
  typeSet?: AttackType[];
  hasTypes?: AttackType[];
  notTypes?: AttackType[];
  countries?: string[];
  hasCountries?: string[];
  notCountries?: string[];
  /** Place labels (`placeLabel`: "Town, Region, CC"). */
  places?: string[];
  notPlaces?: string[];
  /** Place names as the gazetteer shows them. */
  placeNames?: string[];
  notPlaceNames?: string[];
  killed?: number | null;
  injured?: number | null;
  diedOfWounds?: number;
  /** The whole toll: these two figures and no one counted as died of wounds. */
  toll?: { killed: number | null; injured: number | null };
  /** Actor ids. */
  actors?: string[];
  notActors?: string[];
  /** `id:role`, e.g. "russian-forces:attacker". */
  actorRoles?: string[];
  notActorRoles?: string[];
}

/** One story of a case table: what the test says it shows, its title and body, and what it must read as. */
export interface ReadCase {
  says: string;
  title: string;
  content?: string;
  expect: Expected;
}

/** Cases that show one thing the engine must read right (the class's name says which, and why it is there). */
export interface CaseClass {
  class: string;
  cases: ReadCase[];
}

const actorIds = (x: Extraction) => x.actors.map((a) => a.id);
const actorRoles = (x: Extraction) => x.actors.map((a) => `${a.id}:${a.role}`);
const placeLabels = (x: Extraction) => x.places.map(placeLabel);
const placeNames = (x: Extraction) => x.places.map((p) => p.name);

function each<T>(want: readonly T[] | undefined, check: (w: T) => void): void {
  for (const w of want ?? []) check(w);
}

/** Checks a reading against every field a case gives. */
export function checkReading(x: Extraction, want: Expected): void {
  if (want.attack !== undefined) expect(x.isAttack, 'attack').toBe(want.attack);
  if (want.types) expect(x.attackTypes, 'types').toEqual(want.types);
  if (want.typeSet) expect([...x.attackTypes].sort(), 'types in any order').toEqual([...want.typeSet].sort());
  each(want.hasTypes, (t) => expect(x.attackTypes).toContain(t));
  each(want.notTypes, (t) => expect(x.attackTypes).not.toContain(t));
  if (want.countries) expect(x.countries, 'countries').toEqual(want.countries);
  each(want.hasCountries, (c) => expect(x.countries).toContain(c));
  each(want.notCountries, (c) => expect(x.countries).not.toContain(c));
  each(want.places, (p) => expect(placeLabels(x)).toContain(p));
  each(want.notPlaces, (p) => expect(placeLabels(x)).not.toContain(p));
  each(want.placeNames, (p) => expect(placeNames(x)).toContain(p));
  each(want.notPlaceNames, (p) => expect(placeNames(x)).not.toContain(p));
  if (want.killed !== undefined) expect(x.casualties.killed, 'killed').toBe(want.killed);
  if (want.injured !== undefined) expect(x.casualties.injured, 'injured').toBe(want.injured);
  if (want.diedOfWounds !== undefined) expect(x.casualties.diedOfWounds, 'died of wounds').toBe(want.diedOfWounds);
  if (want.toll) expect(x.casualties, 'toll').toEqual(want.toll);
  each(want.actors, (a) => expect(actorIds(x)).toContain(a));
  each(want.notActors, (a) => expect(actorIds(x)).not.toContain(a));
  each(want.actorRoles, (a) => expect(actorRoles(x)).toContain(a));
  each(want.notActorRoles, (a) => expect(actorRoles(x)).not.toContain(a));
}

/** One test per case: the shipped engine reads the story as the case expects. */
export function readsCaseList(cases: readonly ReadCase[]): void {
  it.each(cases)('$says', ({ title, content, expect: want }) => checkReading(extractStory(title, content), want));
}

/** One describe per class, one test per case (tests/extract/cases/). */
export function readsCases(classes: readonly CaseClass[]): void {
  for (const { class: name, cases } of classes) describe(name, () => readsCaseList(cases));
}
