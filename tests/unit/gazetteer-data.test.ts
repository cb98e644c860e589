import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Base, BasesFileSchema, citiesToColumns } from '../../src/extract/gazetteer/data-files.js';
import { distanceKm, GAZETTEER_FILES, Gazetteer } from '../../src/extract/gazetteer/index.js';
import { phraseKey } from '../../src/extract/normalize.js';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'config', 'data');
const bases: Base[] = BasesFileSchema.parse(parseYaml(readFileSync(join(DATA_DIR, GAZETTEER_FILES.bases), 'utf8'))).bases;

describe('config/data/bases.yaml', () => {
  let g: Gazetteer;
  beforeAll(() => {
    g = Gazetteer.load(DATA_DIR);
  });

  it('lists at least 90 bases with unique ids', () => {
    expect(bases.length).toBeGreaterThanOrEqual(90);
    expect(new Set(bases.map((b) => b.id)).size).toBe(bases.length);
  });

  it('gives every base a point near its nearest city (far ones explain why in a note)', () => {
    const far: string[] = [];
    for (const b of bases) {
      const city = g
        .candidates(phraseKey(b.nearestCity))
        .filter((c) => c.kind === 'city' && c.country === b.country)
        .sort((x, y) => distanceKm(b, x) - distanceKm(b, y))[0];
      expect(city, `${b.id}: ${b.nearestCity}`).toBeDefined();
      const km = distanceKm(b, city!);
      if (km > 60 && !b.note) far.push(`${b.id} is ${Math.round(km)} km from ${b.nearestCity}`);
      expect(km, `${b.id} → ${b.nearestCity}`).toBeLessThan(250);
    }
    expect(far).toEqual([]);
  });

  it('keeps each alias to one base, and off country names', () => {
    const owner = new Map<string, string>();
    for (const b of bases) {
      for (const n of [b.name, ...b.aliases]) {
        const key = phraseKey(n);
        const other = owner.get(key);
        expect(other === undefined || other === b.id, `"${n}" is an alias of ${other} and ${b.id}`).toBe(true);
        owner.set(key, b.id);
        expect(
          g.candidates(key).some((e) => e.kind === 'country'),
          `${b.id}: "${n}" is a country`,
        ).toBe(false);
      }
    }
  });

  it('resolves bases in the regions of attacks on forces', () => {
    const expected: Record<string, string> = {
      'al-harir': 'IQ',
      'erbil-air-base': 'IQ',
      'al-tanf': 'SY',
      'tower-22': 'JO',
      'al-udeid': 'QA',
      'camp-lemonnier': 'DJ',
      'agadez-air-base-201': 'NE',
      bagram: 'AF',
      engels: 'RU',
      saky: 'UA',
      nevatim: 'IL',
      'unifil-naqoura': 'LB',
      'al-anad': 'YE',
      incirlik: 'TR',
    };
    for (const [id, country] of Object.entries(expected)) expect(g.byId(`base:${id}`)?.country, id).toBe(country);
    expect(g.candidates(phraseKey('Q-West'))[0]?.id).toBe('base:q-west');
    expect(g.candidates(phraseKey('Tower 22'))[0]?.id).toBe('base:tower-22');
    expect(g.candidates(phraseKey('Green Village'))[0]?.id).toBe('base:green-village');
  });
});

describe('Gazetteer.load on its own data', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const BASE = { id: 'test-base', name: 'Test Base', aliases: ['TB One'], country: 'IQ', lat: 33.3, lon: 44.3, nearestCity: 'Bagdad' };

  /** A small data directory: one country, one region and a district in it, two cities, the given bases. */
  function writeData(bases: unknown[] = [BASE]): string {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-'));
    const country = { code: 'IQ', name: 'Iraq', aliases: ['Republic of Iraq'], demonyms: ['Iraqi'], lat: 33, lon: 44, population: 40_000_000 };
    writeFileSync(join(dir, GAZETTEER_FILES.countries), JSON.stringify([country]));
    writeFileSync(
      join(dir, GAZETTEER_FILES.regions),
      JSON.stringify([['admin1:IQ.07', 'Baghdad Governorate', 'IQ', 33.34, 44.4, 8_000_000, ['Baghdad Province']]]),
    );
    writeFileSync(
      join(dir, GAZETTEER_FILES.districts),
      JSON.stringify([['admin2:IQ.07.01', 'Mahmudiya District', 'IQ', 33.06, 44.36, 200_000, 'admin1:IQ.07', ['Mahmudiya']]]),
    );
    writeFileSync(
      join(dir, GAZETTEER_FILES.cities),
      gzipSync(
        JSON.stringify(
          citiesToColumns([
            [98182, 'Baghdad', 'IQ', 33.34, 44.4, 7_216_000, 'PPLC', 'IQ.07', ['Bagdad', 'Bagdád']],
            [99999, 'Bagdad', 'IQ', 36.0, 44.0, 100, 'PPL', null, []],
          ]),
        ),
      ),
    );
    writeFileSync(join(dir, GAZETTEER_FILES.bases), JSON.stringify({ bases }));
    return dir;
  }

  it('merges the files into entries', () => {
    const g = Gazetteer.load(writeData());
    expect(g.entries.map((e) => e.id)).toEqual(['country:IQ', 'admin1:IQ.07', 'admin2:IQ.07.01', 'geonames:98182', 'geonames:99999', 'base:test-base']);
    // A district is a region that lies in its first-level region.
    expect(g.candidates('mahmudiya')[0]).toMatchObject({ id: 'admin2:IQ.07.01', kind: 'region', admin1: 'admin1:IQ.07' });
    // The base lies in the region of the nearer of the two cities called "Bagdad".
    expect(g.byId('base:test-base')).toMatchObject({ kind: 'base', admin1: 'admin1:IQ.07', population: 0, aliases: ['TB One'] });
    expect(g.candidates('bagdad').map((e) => e.id)).toEqual(['geonames:98182', 'geonames:99999']);
    expect(g.candidates('tb one').map((e) => e.id)).toEqual(['base:test-base']);
    expect(g.candidates('republic of iraq').map((e) => e.id)).toEqual(['country:IQ']);
    expect(g.demonym('iraqi')).toBe('IQ');
    expect(g.byId('geonames:99999')).toMatchObject({ admin1: null, aliases: [], featureCode: 'PPL' });
    expect(g.byId('geonames:98182')?.aliases).toEqual(['Bagdad', 'Bagdád']);
  });

  it('names the file that is missing', () => {
    const d = writeData();
    rmSync(join(d, GAZETTEER_FILES.regions));
    expect(() => Gazetteer.load(d)).toThrow(/regions\.json: ENOENT/);
  });

  it('names the file and the place of a bad value', () => {
    const d = writeData();
    const countries = JSON.parse(readFileSync(join(d, GAZETTEER_FILES.countries), 'utf8'));
    countries[0].lat = 123;
    writeFileSync(join(d, GAZETTEER_FILES.countries), JSON.stringify(countries));
    expect(() => Gazetteer.load(d)).toThrow(/countries\.json: at 0\.lat: /);
  });

  it('names the city and column of a bad value', () => {
    const d = writeData();
    const columns = citiesToColumns([
      [1, 'A town', 'IQ', 33, 44, 0, 'PPL', null, []],
      [2, 'B town', 'IQ', 33, 444, 0, 'PPL', null, []],
    ]);
    writeFileSync(join(d, GAZETTEER_FILES.cities), gzipSync(JSON.stringify(columns)));
    expect(() => Gazetteer.load(d)).toThrow(/cities\.json\.gz: at lon\.1: expected a longitude, got 444/);
    columns.lon[1] = 44;
    columns.admin1[0] = 'Iraq';
    writeFileSync(join(d, GAZETTEER_FILES.cities), gzipSync(JSON.stringify(columns)));
    expect(() => Gazetteer.load(d)).toThrow(/at admin1\.0: expected an admin1 code/);
  });

  it('rejects cities whose columns differ in length', () => {
    const d = writeData();
    const columns = citiesToColumns([[1, 'A town', 'IQ', 33, 44, 0, 'PPL', null, []]]);
    columns.lat.push(34);
    writeFileSync(join(d, GAZETTEER_FILES.cities), gzipSync(JSON.stringify(columns)));
    expect(() => Gazetteer.load(d)).toThrow(/cities\.json\.gz: .*one value per city/);
  });

  it('rejects a corrupt compressed file', () => {
    const d = writeData();
    writeFileSync(join(d, GAZETTEER_FILES.cities), gzipSync('[[1, "x"'));
    expect(() => Gazetteer.load(d)).toThrow(/cities\.json\.gz: .*JSON/);
    writeFileSync(join(d, GAZETTEER_FILES.cities), 'not gzip');
    expect(() => Gazetteer.load(d)).toThrow(/cities\.json\.gz: /);
  });

  it('rejects a base whose nearest city is unknown, duplicate ids and bad slugs', () => {
    expect(() => Gazetteer.load(writeData([{ ...BASE, nearestCity: 'Atlantis' }]))).toThrow(/base test-base: nearestCity "Atlantis" is not a city of IQ/);
    expect(() => Gazetteer.load(writeData([BASE, BASE]))).toThrow(/duplicate id base:test-base/);
    expect(() => Gazetteer.load(writeData([{ ...BASE, id: 'Test Base' }]))).toThrow(/bases\.yaml: at bases\.0\.id: expected a lower-case slug/);
    expect(() => Gazetteer.load(writeData([{ ...BASE, lat: 95 }]))).toThrow(/bases\.yaml: at bases\.0\.lat/);
  });

  const TOWN = { name: 'Test Village', aliases: ['Tast Village'], native: ['قرية الاختبار'], country: 'IQ', lat: 35.9, lon: 44.1, nearestCity: 'Bagdad' };

  it('adds the curated towns as cities in the region of their nearest city, found by their native names', () => {
    const d = writeData();
    writeFileSync(join(d, GAZETTEER_FILES.towns), JSON.stringify({ towns: [TOWN] }));
    const g = Gazetteer.load(d);
    // The nearer "Bagdad" is the village of no region.
    expect(g.byId('town:iq-test-village')).toMatchObject({ kind: 'city', admin1: null, population: 0, aliases: ['Tast Village'], featureCode: 'PPL' });
    for (const name of ['Test Village', 'Tast Village', 'قرية الاختبار'])
      expect(g.candidates(phraseKey(name)).map((e) => e.id)).toEqual(['town:iq-test-village']);
    writeFileSync(join(d, GAZETTEER_FILES.towns), JSON.stringify({ towns: [{ ...TOWN, nearestCity: 'Atlantis' }] }));
    expect(() => Gazetteer.load(d)).toThrow(/towns\.yaml: town:iq-test-village: nearestCity "Atlantis" is not a city of IQ/);
    writeFileSync(join(d, GAZETTEER_FILES.towns), JSON.stringify({ towns: [TOWN, { ...TOWN, aliases: [] }] }));
    expect(() => Gazetteer.load(d)).toThrow(/duplicate id town:iq-test-village/);
  });
});
