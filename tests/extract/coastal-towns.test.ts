/**
 * Round 15: checks generated from the shipped gazetteer and the Natural Earth coastline (world-atlas
 * land-50m, public domain): every town on the coast of a country where ships and ports are attacked
 * is found in a plain report of a ship hit off it, in its own country; and the ports the gazetteer
 * holds as sites (config/data/bases.yaml, `kind: port`) are found by each of their names.
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/extract/gazetteer/index.js';
import { distanceKm } from '../../src/extract/gazetteer/index.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { WORDS } from '../../src/extract/words.js';

/**
 * Countries whose ports and coastal waters attacks are reported in: the Red Sea and the Gulf of
 * Aden, the Gulf and the Strait of Hormuz, the Black Sea and the Sea of Azov, the eastern
 * Mediterranean, the Gulf of Guinea, the Somali and Mozambican coasts, the Sulu Sea.
 */
const SEA_ATTACK_COUNTRIES = new Set('YE SA ER DJ SO SD EG OM AE IR IQ KW QA BH UA RU GE IL LB SY PS LY NG CM MZ KE PH'.split(' '));
/** On the coast: within this distance of the Natural Earth 1:50m shoreline. */
const COAST_KM = 4;
/** Towns this big or bigger (GeoNames counts none in many small ports), and every seat of government. */
const MIN_POPULATION = 5_000;

const require = createRequire(import.meta.url);

/** Shoreline points, bucketed by whole degree for a nearest-point search. */
function shoreline(): Map<string, [number, number][]> {
  const topology = require('world-atlas/land-50m.json') as Topology;
  const land = feature(topology, topology.objects.land!) as unknown as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon | GeoJSON.Polygon>;
  const cells = new Map<string, [number, number][]>();
  const add = ([lon, lat]: number[]) => {
    const k = `${Math.floor(lat!)} ${Math.floor(lon!)}`;
    cells.set(k, [...(cells.get(k) ?? []), [lat!, lon!]]);
  };
  for (const f of land.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polygons)
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          // Points every ~1 km along each edge: the 1:50m edges run for kilometres.
          const [a, b] = [ring[i - 1]!, ring[i]!];
          const steps = Math.ceil(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) / 0.01);
          for (let s = 0; s < steps; s++) add([a[0]! + ((b[0]! - a[0]!) * s) / steps, a[1]! + ((b[1]! - a[1]!) * s) / steps]);
        }
  }
  return cells;
}

function onCoast(cells: Map<string, [number, number][]>, e: GazetteerEntry): boolean {
  for (let dlat = -1; dlat <= 1; dlat++)
    for (let dlon = -1; dlon <= 1; dlon++)
      for (const [lat, lon] of cells.get(`${Math.floor(e.lat) + dlat} ${Math.floor(e.lon) + dlon}`) ?? [])
        if (distanceKm(e, { lat, lon }) <= COAST_KM) return true;
  return false;
}

let engine: ExtractionEngine;
let towns: GazetteerEntry[];
beforeAll(() => {
  engine = ExtractionEngine.load();
  const cells = shoreline();
  towns = engine.gazetteer.entries.filter(
    (e) =>
      e.kind === 'city' &&
      SEA_ATTACK_COUNTRIES.has(e.country) &&
      (e.population >= MIN_POPULATION || /^PPL(?:A\d?|C)$/.test(e.featureCode ?? '')) &&
      onCoast(cells, e),
  );
});

const extract = (title: string, content: string) => engine.extract(prepareDocument({ title, content }));
const withoutMarks = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘ʿ’]/g, '');
/** As English copy writes a name: each word and each part after a hyphen capitalised ("Tagana-an" is written otherwise). */
const titleCased = (s: string) => s.split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w));

describe('coastal towns of countries with attacks at sea', () => {
  it('are found, in their country, in a report of a ship hit off them', () => {
    expect(towns.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    let checked = 0;
    for (const t of towns) {
      const name = withoutMarks(t.name);
      const country = engine.gazetteer.country(t.country)!.name;
      // A capitalised everyday word is no place without support, by design; the capital named like its country is the country.
      if (!titleCased(name) || WORDS.common_words.has(phraseKey(name)) || phraseKey(name) === phraseKey(country)) continue;
      checked++;
      const x = extract('Ship hit by missile', `A missile hit a cargo ship off ${name}, ${country}, on Tuesday, the navy said.`);
      const first = x.places.find((p) => p.kind !== 'country');
      if (x.countries.join() !== t.country || !first || first.country !== t.country)
        wrong.push(`${name}, ${country} → [${x.countries.join()}] ${first?.name ?? 'no place'}`);
    }
    expect(checked).toBeGreaterThan(300);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it("are found by their name alone where it is no other place's and the town is not small", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const t of towns) {
      const name = withoutMarks(t.name);
      if (t.population < 15_000 || WORDS.common_words.has(phraseKey(name))) continue;
      if (engine.gazetteer.candidates(phraseKey(name)).some((o) => o.country !== t.country)) continue;
      checked++;
      const x = extract('Ship hit by missile', `A missile hit a cargo ship off ${name} on Tuesday, the navy said.`);
      if (x.countries.join() !== t.country) wrong.push(`${name} (${t.country}) → [${x.countries.join()}] ${x.places[0]?.name ?? 'no place'}`);
    }
    console.log('bare checked', checked, 'towns', towns.length);
    expect(checked).toBeGreaterThan(200);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('include the ports and terminals the gazetteer holds as sites, found by each of their names', () => {
    const ports = engine.gazetteer.entries.filter((e) => e.kind === 'port');
    expect(ports.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const p of ports) {
      const country = engine.gazetteer.country(p.country)!.name;
      for (const name of [p.name, ...p.aliases]) {
        // "Ras Isa terminal", "port of Doraleh": the name says it is a port; a bare name is said to be one.
        const named = /\b(?:port|terminal|harbour|moorings)\b/i.test(name) ? `the ${name}` : `the port of ${name}`;
        for (const content of [
          `A drone boat hit a tanker at ${named} on Tuesday, wounding two sailors.`,
          `A missile hit a cargo ship off ${name}, ${country}, on Tuesday, the navy said.`,
        ]) {
          const x = extract('Ship hit in port attack', content);
          if (x.places[0]?.id !== p.id || x.countries.join() !== p.country)
            wrong.push(`${content} → [${x.countries.join()}] ${x.places[0]?.name ?? 'no place'}`);
        }
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
