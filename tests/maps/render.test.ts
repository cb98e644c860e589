import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/maps/draw.js';
import { ATTACK_COLOURS, digestPicture, dotRadius, incidentsMap } from '../../src/maps/incidents.js';
import { drawMap } from '../../src/maps/index.js';
import { locatorMap } from '../../src/maps/locator.js';
import { svgToPng } from '../../src/maps/raster.js';
import type { MapIncident, MapPlace } from '../../src/maps/schema.js';
import { decodePng, goldenDifference, pixel, testCities } from './helpers.js';

const erbil: MapPlace = { name: 'Erbil', country: 'IQ', lat: 36.1912, lon: 44.0092, kind: 'city' };
const harir: MapPlace = { name: 'Al-Harir Air Base', country: 'IQ', lat: 36.5369, lon: 44.3422, kind: 'base' };
const aden: MapPlace = { name: 'Aden', country: 'YE', lat: 12.7794, lon: 45.0367, kind: 'city' };

const PNG_LIMIT = 300 * 1024;

function render(svg: string) {
  const bytes = svgToPng(svg);
  return { bytes, png: decodePng(bytes) };
}

describe('locator map', () => {
  it('marks the attack in the marker colour, on a map of the right size', () => {
    const d = locatorMap({ kind: 'locator', places: [erbil, harir], radii: [{ name: 'Erbil', lat: erbil.lat, lon: erbil.lon, km: 100 }] }, testCities())!;
    const { bytes, png } = render(d.svg);
    expect([png.width, png.height]).toEqual([800, 500]);
    expect(bytes.length).toBeLessThan(PNG_LIMIT);
    for (const p of [erbil, harir]) {
      const [x, y] = d.project(p.lon, p.lat)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(800);
      expect(pixel(png, x, y)).toBe(COLOURS.marker);
    }
    // The bases and the rule's circle are named; large towns around are labelled.
    expect(d.svg).toContain('Al-Harir Air Base');
    expect(d.svg).toContain('100 km from Erbil');
    expect(d.svg).toMatch(/Kirkuk|Mosul|Duhok|Dihok/);
    // A scale bar.
    expect(d.svg).toMatch(/>\d+ km</);
    expect(goldenDifference('locator-erbil', bytes)).toBeLessThan(0.01);
  });

  it('paints the sea in the sea colour (a coastal town)', () => {
    const d = locatorMap({ kind: 'locator', places: [aden] }, testCities())!;
    const { png } = render(d.svg);
    // 60 km south of Aden is the Gulf of Aden.
    const [x, y] = d.project(45.0367, 12.24)!;
    expect(pixel(png, x, y)).toBe(COLOURS.sea);
    const [mx, my] = d.project(aden.lon, aden.lat)!;
    expect(pixel(png, mx, my)).toBe(COLOURS.marker);
  });

  it('shows every place of a strike across a border', () => {
    const tabriz: MapPlace = { name: 'Tabriz', country: 'IR', lat: 38.08, lon: 46.2919, kind: 'city' };
    const asad: MapPlace = { name: 'Ain al-Asad Air Base', country: 'IQ', lat: 33.8, lon: 42.44, kind: 'base' };
    const d = locatorMap({ kind: 'locator', places: [tabriz, asad] }, testCities())!;
    for (const p of [tabriz, asad]) {
      const [x, y] = d.project(p.lon, p.lat)!;
      expect(x).toBeGreaterThan(20);
      expect(x).toBeLessThan(780);
      expect(y).toBeGreaterThan(20);
      expect(y).toBeLessThan(480);
    }
  });

  it('frames a country named alone, whole, and shades it', () => {
    const d = locatorMap({ kind: 'locator', places: [{ name: 'Iraq', country: 'IQ', lat: 33, lon: 44, kind: 'country' }] }, testCities())!;
    const { png } = render(d.svg);
    // Baghdad and Basra and Mosul are all in the frame.
    for (const [lon, lat] of [
      [44.4, 33.34],
      [47.78, 30.5],
      [43.13, 36.34],
    ] as const) {
      const [x, y] = d.project(lon, lat)!;
      expect(x > 0 && x < 800 && y > 0 && y < 500).toBe(true);
    }
    expect(d.svg).toContain(COLOURS.landHighlight);
    expect(png.width).toBe(800);
  });

  it('draws no map when there are no places', () => {
    expect(locatorMap({ kind: 'locator', places: [] }, testCities())).toBeNull();
    expect(drawMap({ kind: 'incidents', incidents: [] }, testCities())).toBeNull();
  });

  it('copes with the antimeridian, the poles, one point, 200 points, any script and 500-character names', () => {
    const cases: MapPlace[][] = [
      [
        { name: 'Taveuni', country: 'FJ', lat: -16.85, lon: 179.95, kind: 'city' },
        { name: 'Lau', country: 'FJ', lat: -17.2, lon: -179.8, kind: 'city' },
      ],
      [{ name: 'Pole', country: 'AQ', lat: -90, lon: 0, kind: 'base' }],
      [{ name: 'Nord', country: 'RU', lat: 90, lon: 180, kind: 'city' }],
      [{ name: 'أربيل · 埃尔比勒 · Ερμπίλ · ერბილი · אַרבִּיל', country: 'IQ', lat: 36.19, lon: 44.01, kind: 'city' }],
      [{ name: `${'Very long name '.repeat(34)}`.slice(0, 500), country: 'IQ', lat: 36.19, lon: 44.01, kind: 'region' }],
      Array.from({ length: 200 }, (_, i) => ({
        name: `Place ${i}`,
        country: 'IQ',
        lat: -80 + (i * 160) / 199,
        lon: -180 + (i * 359.9) / 199,
        kind: 'city' as const,
      })),
      [{ name: '<script>&"\u0000\u202e', country: 'IQ', lat: 0, lon: 0, kind: 'city' }],
    ];
    for (const places of cases) {
      const d = locatorMap({ kind: 'locator', places }, testCities())!;
      const { bytes, png } = render(d.svg);
      expect([png.width, png.height]).toEqual([800, 500]);
      expect(bytes.length).toBeLessThan(PNG_LIMIT);
      const [x, y] = d.project(places[0]!.lon, places[0]!.lat)!;
      if (x > 10 && x < 790 && y > 10 && y < 490) expect(pixel(png, x, y)).toBe(COLOURS.marker);
    }
  });

  it('refuses coordinates off the globe with an error, not a broken picture', () => {
    expect(() => locatorMap({ kind: 'locator', places: [{ ...erbil, lat: 91 }] }, testCities())).toThrow();
    expect(() => locatorMap({ kind: 'locator', places: [{ ...erbil, lon: Number.NaN }] }, testCities())).toThrow();
  });
});

const incidents: MapIncident[] = [
  { number: 1, lat: 36.34, lon: 43.13, attackType: 'ied', casualties: 0, severity: 'low' },
  { number: 2, lat: 33.34, lon: 44.4, attackType: 'suicide_attack', casualties: 40, severity: 'critical' },
  { number: 3, lat: 35.47, lon: 44.39, attackType: 'drone', casualties: 3, severity: 'medium' },
  { number: 4, lat: 33.8, lon: 42.44, attackType: 'rocket', casualties: 0, severity: 'medium' },
];

describe('incidents map', () => {
  it('colours each dot by attack type and sizes it by casualties', () => {
    const d = incidentsMap({ kind: 'incidents', incidents }, testCities())!;
    const { bytes, png } = render(d.svg);
    expect([png.width, png.height]).toEqual([800, 500]);
    expect(bytes.length).toBeLessThan(PNG_LIMIT);
    for (const i of incidents) {
      const [x, y] = d.project(i.lon, i.lat)!;
      // Just off the centre (the number is written there), still inside the dot.
      const r = dotRadius(i.casualties);
      const colour = ATTACK_COLOURS[i.attackType!];
      const seen = [pixel(png, x - r + 2, y), pixel(png, x + r - 2, y)];
      expect(seen.some((c) => near(c, colour))).toBe(true);
    }
    expect(dotRadius(40)).toBeGreaterThan(dotRadius(3));
    expect(dotRadius(3)).toBeGreaterThan(dotRadius(0));
    for (const n of ['>1<', '>2<', '>3<', '>4<']) expect(d.svg).toContain(n);
    expect(goldenDifference('incidents-iraq', bytes)).toBeLessThan(0.01);
  });
});

describe('SITREP picture', () => {
  it('puts the map beside the bar chart of two weeks', () => {
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((label, k) => ({ label, current: k, previous: 6 - k }));
    const d = digestPicture({ kind: 'digest', title: 'SITREP test', facts: ['4 incidents'], incidents, days }, testCities());
    const { bytes, png } = render(d.svg);
    expect([png.width, png.height]).toEqual([1100, 520]);
    expect(bytes.length).toBeLessThan(PNG_LIMIT);
    expect(d.svg).toContain('Incidents per day');
    expect(goldenDifference('digest', bytes)).toBeLessThan(0.01);
  });
});

/** Colours equal within a little blending (dots are drawn at 90 % opacity). */
function near(a: string, b: string): boolean {
  const n = (s: string) => [1, 3, 5].map((i) => Number.parseInt(s.slice(i, i + 2), 16));
  const [x, y] = [n(a), n(b)];
  return x.every((v, i) => Math.abs(v - y[i]!) <= 40);
}
