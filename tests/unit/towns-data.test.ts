/**
 * Checks generated from config/data/towns.yaml, the curated towns GeoNames lacks: each is found by
 * every one of its names in a plain attack sentence and put in its own country; its point lies near
 * the gazetteer's places of that country (a swapped latitude and longitude or a wrong sign lands
 * hundreds of kilometres away); and it is no second entry of a town the gazetteer already has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Town, TownsFileSchema } from '../../src/extract/gazetteer/data-files.js';
import { distanceKm, GAZETTEER_FILES, type GazetteerEntry, townId } from '../../src/extract/gazetteer/index.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { WORDS } from '../../src/extract/words.js';
import { isCuratedTown } from '../../src/vocabulary.js';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'config', 'data');
const towns: Town[] = TownsFileSchema.parse(parseYaml(readFileSync(join(DATA_DIR, GAZETTEER_FILES.towns), 'utf8'))).towns;

/** How far a town may lie from the nearest city of its country without a note, and with one. */
const NEAR_KM = 60;
const FAR_KM = 250;
/** A gazetteer town this close, with a name this like the town's, is the same place. */
const SAME_PLACE_KM = 10;
/**
 * A place this close to a city of this many people is a part of it (a neighbourhood, a camp, a
 * suburb) that the news names as often as the city itself; incident grouping keeps two towns within
 * the scene distance apart, so such a place would split one strike's reports in two.
 */
const CITY_PART_KM = 5.5;
const CITY_PART_POPULATION = 50_000;
/** Names differing in at most one letter in four are spellings of one name ("Ziqim", "Zikim"). */
const sameName = (a: string, b: string) => distance(a, b) <= Math.max(1, Math.floor(a.length / 4));
const ARTICLE = /^(?:al|el|an|ar|as|ash|ad|az) /;

let engine: ExtractionEngine;
/** The gazetteer's own cities (not the curated towns), by country. */
const citiesOf = new Map<string, GazetteerEntry[]>();
beforeAll(() => {
  engine = ExtractionEngine.load();
  for (const e of engine.gazetteer.entries) {
    if (e.kind !== 'city' || isCuratedTown(e)) continue;
    if (!citiesOf.has(e.country)) citiesOf.set(e.country, []);
    citiesOf.get(e.country)!.push(e);
  }
});

const namesOf = (t: Town) => [t.name, ...t.aliases];

describe('config/data/towns.yaml', () => {
  it('lists towns of every conflict it was written for, each once', () => {
    expect(towns.length).toBeGreaterThanOrEqual(160);
    expect(new Set(towns.map(townId)).size).toBe(towns.length);
    expect(new Set(towns.map((t) => t.country)).size).toBeGreaterThanOrEqual(18);
  });

  it('keeps every name off common words, country names and the other towns of the file', () => {
    const owner = new Map<string, string>();
    for (const t of towns) {
      for (const name of namesOf(t)) {
        const key = phraseKey(name);
        expect(WORDS.common_words.has(key), `${name} is a common word`).toBe(false);
        expect(
          engine.gazetteer.candidates(key).some((e) => e.kind === 'country'),
          `${name} is a country`,
        ).toBe(false);
        const other = owner.get(key);
        expect(other === undefined || other === townId(t), `"${name}" names ${other} and ${townId(t)}`).toBe(true);
        owner.set(key, townId(t));
      }
    }
  });

  it('finds each town by every name in a plain attack sentence, in its country', () => {
    const wrong: string[] = [];
    for (const t of towns) {
      const id = townId(t);
      for (const name of namesOf(t)) {
        // A name another place bears too is read as the news writes it then: with the country.
        const shared = engine.gazetteer.candidates(phraseKey(name)).some((e) => e.id !== id && !(e.country === t.country && distanceKm(e, t) < SAME_PLACE_KM));
        const where = shared ? `${name}, ${engine.gazetteer.country(t.country)!.name},` : name;
        const x = engine.extract(prepareDocument({ title: '', content: `A drone struck ${where} on Tuesday, killing two people.` }));
        if (x.countries[0] !== t.country) wrong.push(`${where} → ${x.countries.join(',') || 'nothing'} (${t.country})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds each town by its name in its own script', () => {
    for (const t of towns) {
      for (const name of t.native)
        expect(
          engine.gazetteer.candidates(phraseKey(name)).map((e) => e.id),
          name,
        ).toContain(townId(t));
    }
  });

  it('places each town near the gazetteer cities of its country (far ones explain why in a note)', () => {
    const far: string[] = [];
    for (const t of towns) {
      const km = Math.min(...(citiesOf.get(t.country) ?? []).map((c) => distanceKm(t, c)));
      if (km > NEAR_KM && !t.note) far.push(`${t.name} is ${Math.round(km)} km from the nearest city of ${t.country}`);
      expect(km, t.name).toBeLessThan(FAR_KM);
    }
    expect(far).toEqual([]);
  });

  it('lists no neighbourhood, camp or suburb of a city', () => {
    const parts: string[] = [];
    for (const t of towns) {
      const city = (citiesOf.get(t.country) ?? []).find((c) => c.population >= CITY_PART_POPULATION && distanceKm(t, c) <= CITY_PART_KM);
      if (city) parts.push(`${t.name} is ${distanceKm(t, city).toFixed(1)} km from ${city.name}`);
    }
    expect(parts).toEqual([]);
  });

  it('adds no town the gazetteer already has under another spelling', () => {
    const twins: string[] = [];
    for (const t of towns) {
      const keys = namesOf(t).map((n) => phraseKey(n).replace(ARTICLE, ''));
      for (const c of citiesOf.get(t.country) ?? []) {
        if (distanceKm(t, c) > SAME_PLACE_KM) continue;
        const names = [c.name, ...c.aliases].map((n) => phraseKey(n).replace(ARTICLE, ''));
        if (names.some((n) => keys.some((k) => sameName(k, n)))) twins.push(`${t.name} is ${c.name} (${c.id})`);
      }
    }
    expect(twins).toEqual([]);
  });
});
