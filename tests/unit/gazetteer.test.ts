import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm, Gazetteer, type GazetteerEntry, GazetteerEntrySchema } from '../../src/extract/gazetteer/index.js';
import { phraseKey, tokenize } from '../../src/extract/normalize.js';
import { PhraseMatcher } from '../../src/extract/phrase-matcher.js';

let g: Gazetteer;
beforeAll(() => {
  g = Gazetteer.load();
});

/** The first candidate of a name, as the engine sees it. */
const first = (name: string): GazetteerEntry | undefined => g.candidates(phraseKey(name))[0];
const idsOf = (name: string) => g.candidates(phraseKey(name)).map((e) => e.id);

describe('Gazetteer.load (config/data)', () => {
  it('loads every kind of entry, each valid', () => {
    const kinds = new Map<string, number>();
    for (const e of g.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(kinds.get('country')).toBeGreaterThanOrEqual(249);
    expect(kinds.get('region')).toBeGreaterThan(3000);
    expect(kinds.get('city')).toBeGreaterThan(30_000);
    expect(kinds.get('base')).toBeGreaterThanOrEqual(90);
    for (const e of g.entries.filter((_, i) => i % 97 === 0)) GazetteerEntrySchema.parse(e);
  });

  it('resolves every spelling of Erbil to the same city in Iraq', () => {
    const erbil = first('Erbil')!;
    expect(erbil).toMatchObject({ kind: 'city', country: 'IQ', admin1: 'admin1:IQ.11' });
    expect(erbil.lat).toBeCloseTo(36.19, 1);
    expect(erbil.lon).toBeCloseTo(44.01, 1);
    for (const spelling of ['Arbil', 'Irbil', 'Hawler', 'Hewlêr', 'ERBIL']) expect(first(spelling)?.id).toBe(erbil.id);
    expect(g.byId(erbil.admin1!)).toMatchObject({ kind: 'region', name: 'Erbil Governorate', country: 'IQ' });
  });

  it('resolves Kyiv and Kiev to the capital of Ukraine', () => {
    const kyiv = first('Kyiv')!;
    expect(kyiv).toMatchObject({ kind: 'city', country: 'UA', featureCode: 'PPLC' });
    expect(first('Kiev')?.id).toBe(kyiv.id);
  });

  it('resolves the spellings of Ain al-Asad to the base', () => {
    for (const spelling of ['Ain al-Asad', 'Ain al Asad', 'Al Asad Airbase', 'Al-Asad Air Base', 'ʿAyn al-Asad', 'Aïn al‑Asad']) {
      expect(first(spelling), spelling).toMatchObject({ id: 'base:ain-al-asad', kind: 'base', country: 'IQ' });
    }
    const base = g.byId('base:ain-al-asad')!;
    expect(base.admin1).toBe('admin1:IQ.01'); // Anbar, through its nearest city
    // "Bashar al-Asad" must not find the base.
    expect(g.candidates('al asad')).toEqual([]);
  });

  it('finds regions by their designated forms, and leaves bare names to the city', () => {
    expect(first('Donetsk Oblast')).toMatchObject({ id: 'admin1:UA.05', kind: 'region' });
    expect(first('Donetsk region')?.id).toBe('admin1:UA.05');
    expect(first('Donetsk')).toMatchObject({ kind: 'city', country: 'UA' });
    for (const n of ['Anbar', 'Al Anbar', 'Anbar province', 'Anbar Governorate']) expect(first(n)?.id, n).toBe('admin1:IQ.01');
    expect(first('Borno')?.id).toBe('admin1:NG.27');
    expect(first('Borno State')?.id).toBe('admin1:NG.27');
    expect(first('Niger State')?.id).toBe('admin1:NG.31');
    expect(first('Kyiv Oblast')?.id).toBe('admin1:UA.13');
    expect(first('Kurdistan Region')).toMatchObject({ kind: 'region', country: 'IQ' });
    expect(first('Iraqi Kurdistan')?.id).toBe(first('Kurdistan Region')?.id);
    expect(first('North Darfur')?.id).toBe(first('Northern Darfur')?.id); // both ways of naming directions
    // …and as French, Spanish and Portuguese write a side (round 20).
    for (const n of ['Nord-Kivu', 'Kivu do Norte']) expect(first(n)?.id, n).toBe(first('North Kivu')?.id);
    for (const n of ['Darfur del Norte', 'Darfur Norte']) expect(first(n)?.id, n).toBe(first('North Darfur')?.id);
    expect(first('Sud-Kivu')?.id).toBe(first('South Kivu')?.id);
    expect(first('Texas')).toMatchObject({ kind: 'region', country: 'US' });
    expect(g.candidates(phraseKey('Al White Nile'))).toEqual([]); // the article only for Arabic names
  });

  it('keeps second-level seats of watch countries that GeoNames gives no population (round 20)', () => {
    expect(first('Sukma')).toMatchObject({ kind: 'city', country: 'IN' });
    expect(first('Raman')).toMatchObject({ kind: 'city', country: 'TH' });
  });

  it('puts countries first, and knows their other names', () => {
    expect(first('Georgia')).toMatchObject({ id: 'country:GE', kind: 'country' });
    expect(first('Niger')?.id).toBe('country:NE');
    expect(first('Ivory Coast')?.id).toBe('country:CI');
    expect(first("Côte d'Ivoire")?.id).toBe('country:CI');
    for (const n of ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo']) expect(first(n)?.id, n).toBe('country:CD');
    expect(first('Burma')?.id).toBe('country:MM');
    expect(first('UAE')?.id).toBe('country:AE');
    for (const n of ['UK', 'Britain']) expect(first(n)?.id, n).toBe('country:GB');
    for (const n of ['US', 'U.S.', 'United States', 'America']) expect(first(n)?.id, n).toBe('country:US');
    expect(g.country('iq')).toMatchObject({ code: 'IQ', name: 'Iraq' });
    expect(g.countries().length).toBe(g.entries.filter((e) => e.kind === 'country').length);
  });

  it('maps the Palestinian territories to PS', () => {
    expect(first('Gaza Strip')).toMatchObject({ kind: 'region', country: 'PS' });
    expect(first('Gaza')).toMatchObject({ kind: 'region', country: 'PS' });
    expect(idsOf('Gaza')).toContain('geonames:281133'); // Gaza City is a candidate too
    expect(first('West Bank')).toMatchObject({ kind: 'region', country: 'PS' });
  });

  it('maps demonyms to countries', () => {
    expect(g.demonym('iraqi')).toBe('IQ');
    expect(g.demonym('syrian')).toBe('SY');
    expect(g.demonym('nigerien')).toBe('NE');
    expect(g.demonym('nigerian')).toBe('NG');
    expect(g.demonym('emirati')).toBe('AE');
    expect(g.demonym('burkinabe')).toBe('BF');
    expect(g.demonym(phraseKey('Burkinabè'))).toBe('BF');
    expect(g.demonym('congolese')).toBe('CD');
    expect(g.demonym('american')).toBe('US');
    expect(g.demonym('south sudanese')).toBe('SS');
    expect(g.demonym('erbil')).toBeUndefined();
  });

  it('keeps common English words out of the names', () => {
    for (const word of [
      'hit',
      'police',
      'mobile',
      'of',
      'bar',
      'reading',
      'said',
      'man',
      'tank',
      'deal',
      'split',
      'hamas',
      'nato',
      'kim',
      'obama',
      'republic',
      'africa',
      'boko',
      'nov',
      'german',
      'somali',
      'red sea',
      'the point',
      'maritime',
    ]) {
      expect(
        g.candidates(word).filter((e) => e.kind === 'city' || e.kind === 'region'),
        word,
      ).toEqual([]);
    }
    // ...but the town of Hīt (Anbar) is still there under another spelling.
    expect(first('Heet')).toMatchObject({ kind: 'city', country: 'IQ' });
    expect(first('Tyre')).toMatchObject({ kind: 'city', country: 'LB' });
    expect(first('Red Sea State')).toMatchObject({ kind: 'region', country: 'SD' });
    expect(first('Djibouti')).toMatchObject({ kind: 'country', country: 'DJ' });
    expect(idsOf('Djibouti')).toHaveLength(2); // and the city
  });

  it("keeps a place's own name before other places' old or foreign names", () => {
    expect(first('Pokrovsk')).toMatchObject({ country: 'UA' }); // also an old name of Engels, RU
    expect(first('Islamabad')).toMatchObject({ country: 'PK' }); // also an old name of Chattogram, BD
    expect(first('Nazareth')).toMatchObject({ country: 'IL' });
    expect(idsOf('Bethlehem')).toContain(g.search('Bethlehem', 20).find((e) => e.country === 'PS')?.id);
    expect(first('Odessa')).toMatchObject({ country: 'UA', name: 'Odesa' }); // Odessa, Texas is far smaller
  });

  it('finds Arabic names with or without the article', () => {
    expect(first('Hasakah')?.id).toBe(first('al-Hasakah')?.id);
    expect(first('Qamishli')).toMatchObject({ kind: 'city', country: 'SY' });
    expect(first('Ramadi')).toMatchObject({ kind: 'city', country: 'IQ' });
  });

  it('lists every name for a PhraseMatcher', () => {
    const matcher = new PhraseMatcher<GazetteerEntry>();
    let keys = 0;
    let empty = 0;
    for (const [key, entries] of g.names()) {
      keys++;
      if (entries.length === 0) empty++;
      if (key.startsWith('ain al') || key === 'erbil' || key === 'mosul') for (const e of entries) matcher.add(key, e);
    }
    expect(keys).toBeGreaterThan(100_000);
    expect(empty).toBe(0);
    const found = matcher.match(tokenize('Drones struck Ain al-Asad Air Base and Erbil, west of Mosul.'), { longestOnly: true });
    expect(found.map((m) => m.values[0]!.id)).toEqual(['base:ain-al-asad', first('Erbil')!.id, first('Mosul')!.id]);
  });

  it('searches names by prefix, bases first, then by population', () => {
    const hits = g.search('Erbi', 5);
    expect(hits[0]).toMatchObject({ id: 'base:erbil-air-base' });
    expect(hits.map((e) => e.id)).toContain('airport:erbil-airport');
    expect(hits.map((e) => e.id)).toContain(first('Erbil')!.id);
    // Exact names come before longer ones: "Bagh" (a town in Pakistan), then Baghdad.
    const bagh = g.search('bagh', 10).filter((e) => e.kind === 'city');
    expect(bagh.map((e) => e.name).slice(0, 2)).toEqual(['Bagh', 'Baghdad']);
    expect(g.search('baghd', 10).filter((e) => e.kind === 'city')[0]).toMatchObject({ name: 'Baghdad', country: 'IQ' });
    expect(g.search('', 5)).toEqual([]);
    expect(g.search('zzzzqqq', 5)).toEqual([]);
    expect(g.search('a', 3)).toHaveLength(3);
  });

  it('suggests close names for misspellings', () => {
    expect(g.suggest('Irbel', 3)[0]).toBe('Erbil');
    expect(g.suggest('Mosol', 3)).toContain('Mosul');
    expect(g.suggest('Ain al-Asaad', 3)[0]).toBe('Ain al-Asad Air Base');
    expect(g.suggest('xqzwvkj', 3)).toEqual([]);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 0 })).toBe(0);
    // Baghdad → Erbil: about 320 km.
    expect(distanceKm({ lat: 33.34, lon: 44.4 }, { lat: 36.19, lon: 44.01 })).toBeGreaterThan(310);
    expect(distanceKm({ lat: 33.34, lon: 44.4 }, { lat: 36.19, lon: 44.01 })).toBeLessThan(330);
    // A quarter of the equator.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 })).toBeCloseTo(10_007.5, 0);
  });
});
