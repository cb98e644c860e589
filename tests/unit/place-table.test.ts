/**
 * The gazetteer packed into shared typed arrays (PlaceTable): every entry and name list comes back
 * as it went in, in its order and once per thread, and a worker thread reads the main thread's
 * gazetteer in place, finding what the main thread finds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntry } from '../../src/extract/gazetteer/index.js';
import { PlaceTable } from '../../src/extract/gazetteer/table.js';
import { cityTable } from '../../src/maps/cities.js';
import { startWorker } from '../../src/threads.js';

function place(id: string, name: string, over: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return { id, name, kind: 'city', country: 'IQ', lat: 33.3, lon: 44.4, population: 1000, admin1: null, aliases: [], featureCode: 'PPL', ...over };
}

describe('PlaceTable', () => {
  const baghdad = place('geonames:98182', 'Baghdad', { aliases: ['Bagdad', 'بغداد'], admin1: 'admin1:IQ.07', featureCode: 'PPLC', population: 7_216_000 });
  const kharkiv = place('geonames:706483', 'Kharkiv', { country: 'UA', lat: 49.98, lon: 36.25, aliases: ['Харків', 'Kharkov'] });
  const base = place('base:ain-al-asad', 'Ain al-Asad Air Base', { kind: 'base', population: 0, featureCode: null, lat: 33.8, lon: 42.44 });
  // A name outside the Basic Multilingual Plane (two code units per character) must come back whole.
  const astral = place('geonames:1', '𐎠𐎼𐎲𐎿 Town', { country: 'IR', aliases: [''.padEnd(5000, 'a')] });
  const entries = [baghdad, kharkiv, base, astral];
  const byKey = new Map<string, GazetteerEntry[]>([
    ['baghdad', [baghdad]],
    ['بغداد', [baghdad]],
    ['kharkiv', [kharkiv]],
    ['харків', [kharkiv]],
    ['asad', [base, baghdad]],
    ['𐎠𐎼𐎲𐎿 town', [astral]],
  ]);
  const table = PlaceTable.pack(entries, byKey);

  it('gives back every entry as it was packed, and the same object each time', () => {
    for (const e of entries) {
      expect(table.byId(e.id)).toEqual(e);
      expect(table.byId(e.id)).toBe(table.byId(e.id));
    }
    expect(table.size).toBe(4);
    expect(table.byId('geonames:2')).toBeUndefined();
    expect(table.byId('')).toBeUndefined();
  });

  it('reads what a rule needs of a place by id as its entry has it, on a table that made no entry yet', () => {
    const fresh = PlaceTable.pack(entries, byKey);
    for (const { id, name, kind, country, lat, lon, admin1 } of entries) {
      expect(fresh.placeById(id)).toEqual({ id, name, kind, country, lat, lon, admin1 });
    }
    expect(fresh.placeById('geonames:2')).toBeUndefined();
    // Read again after the entries were made: the same.
    for (const e of entries) expect(fresh.placeById(e.id)).toEqual(fresh.placeById(fresh.byId(e.id)!.id));
  });

  it('lists each name key’s entries in their order, and knows no other key', () => {
    for (const [key, list] of byKey) expect(table.lookup(key)?.map((e) => e.id)).toEqual(list.map((e) => e.id));
    expect(table.lookup('asad')![1]).toBe(table.byId(baghdad.id));
    expect(table.lookup('bagdad')).toBeUndefined();
    expect(table.lookup('')).toBeUndefined();
    expect([...Array(table.keyCount).keys()].map((k) => table.key(k))).toEqual([...byKey.keys()]);
    expect(table.keyLength(5)).toBe('𐎠𐎼𐎲𐎿 town'.length);
  });

  it('keeps a string whose every code unit is below 256 in one byte a unit, and only the others in two', () => {
    const texts = [...entries.flatMap((e) => [e.id, e.name, ...e.aliases]), ...byKey.keys()];
    const wide = texts.filter((t) => [...t].some((c) => c.charCodeAt(0) > 0xff));
    expect(wide).toHaveLength(6);
    expect(table.data.wide.length).toBe(wide.join('').length);
    // The codes (country, region, feature) are kept once each.
    expect(table.data.narrow.length).toBe(texts.filter((t) => !wide.includes(t)).join('').length + 'IQUAIRadmin1:IQ.07PPLCPPL'.length);
  });

  it('finds every one of many keys (hash collisions resolved by comparing the text)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => place(`geonames:${i + 10}`, `Town ${i}`));
    const big = PlaceTable.pack(many, new Map(many.map((e, i) => [`town ${i}`, [e]])));
    for (let i = 0; i < many.length; i++) expect(big.lookup(`town ${i}`)?.[0]?.name).toBe(`Town ${i}`);
    expect(big.lookup('town 5000')).toBeUndefined();
  });

  it('refuses a name list that holds something other than its entries', () => {
    expect(() => PlaceTable.pack([baghdad], new Map([['kharkiv', [kharkiv]]]))).toThrow(/"kharkiv" lists geonames:706483, which is not an entry/);
    expect(() => PlaceTable.pack([baghdad, baghdad], new Map())).toThrow(/geonames:98182 listed twice/);
  });
});

describe('a gazetteer shared with another thread', () => {
  let g: Gazetteer;
  beforeAll(() => {
    g = Gazetteer.load();
  });
  const workers: { terminate(): Promise<number> }[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  });

  it('finds, from what it was handed, every name as the gazetteer that loaded it', () => {
    const copy = Gazetteer.fromShared(g.shared);
    let keys = 0;
    let empty = 0;
    // The keys found differently, each with both answers: comparing each key's answers as it goes
    // is a fraction of the time a deep comparison of two 100,000-line lists takes.
    const differ: string[] = [];
    for (const [key, list] of g.names()) {
      keys++;
      if (list.length === 0) empty++;
      const here = g
        .candidates(key)
        .map((e) => e.id)
        .join();
      const there = copy
        .candidates(key)
        .map((e) => e.id)
        .join();
      if (there !== here) differ.push(`${key}: ${there} instead of ${here}`);
    }
    expect(differ).toEqual([]);
    expect(keys).toBeGreaterThan(100_000);
    expect(empty).toBe(0);
    expect(copy.country('iq')?.name).toBe('Iraq');
    expect(copy.demonym('iraqi')).toBe('IQ');
    expect(copy.search('Erbi', 5)).toEqual(g.search('Erbi', 5));
  });

  it('gives maps the same towns from its summaries as from its entries', () => {
    const fresh = Gazetteer.fromShared(g.shared);
    const towns = cityTable(fresh.summaries());
    expect(towns.name.length).toBeGreaterThan(30_000);
    expect(towns).toEqual(cityTable(g.entries));
  });

  it('is read in place by a worker thread, which finds what this thread finds', async () => {
    const worker = startWorker(new URL('../fixtures/shared-gazetteer-worker.ts', import.meta.url).href, 'shared-gazetteer-worker', { workerData: g.shared });
    workers.push(worker);
    const keys = ['erbil', 'al ramadi', 'mazar i sharif', 'киев', 'ain al asad air base', 'no such place'];
    const answer = await new Promise<{ shared: boolean; ids: string[][]; byId: (string | null)[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(keys);
    });
    expect(answer.shared).toBe(true);
    expect(answer.ids).toEqual(keys.map((key) => g.candidates(key).map((e) => e.id)));
    expect(answer.ids[0]!.length).toBeGreaterThan(0);
    expect(answer.ids[5]).toEqual([]);
    expect(answer.byId).toEqual(keys.map((key) => g.candidates(key)[0]?.name ?? null));
  });
});
