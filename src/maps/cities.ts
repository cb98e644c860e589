/**
 * The cities a map may name for orientation: the gazetteer's larger towns, most populous first,
 * by column (compact to hand to the render worker).
 */
import type { MapView } from './view.js';

export interface CityTable {
  name: string[];
  lat: number[];
  lon: number[];
  population: number[];
}

/** Towns smaller than this are not named on maps. */
export const MIN_LABELLED_POPULATION = 5000;

/** The table from gazetteer entries (cities only, most populous first). */
export function cityTable(entries: Iterable<{ kind: string; name: string; lat: number; lon: number; population: number }>): CityTable {
  const cities = [...entries].filter((e) => e.kind === 'city' && e.population >= MIN_LABELLED_POPULATION).sort((a, b) => b.population - a.population);
  return { name: cities.map((c) => c.name), lat: cities.map((c) => c.lat), lon: cities.map((c) => c.lon), population: cities.map((c) => c.population) };
}

export const EMPTY_CITIES: CityTable = { name: [], lat: [], lon: [], population: [] };

/**
 * The most populous cities that fall inside the frame, at most `limit`, skipping those within
 * `clearPx` of a point already marked (the attack's own town is named by its marker) or of a
 * larger city already taken (a suburb beside its city).
 */
export function citiesInView(
  table: CityTable,
  view: MapView,
  frame: { width: number; height: number },
  marked: readonly [number, number][],
  limit: number,
  clearPx = 14,
): { name: string; x: number; y: number }[] {
  const out: { name: string; x: number; y: number }[] = [];
  const edge = 8;
  for (let i = 0; i < table.name.length && out.length < limit; i++) {
    const lon = table.lon[i]!;
    const lat = table.lat[i]!;
    if (view.box) {
      const [w, s, e, n] = view.box;
      if (lat < s || lat > n || (w <= e ? lon < w || lon > e : lon < w && lon > e)) continue;
    }
    const p = view.projection([lon, lat]);
    if (!p) continue;
    const [x, y] = p;
    if (x < edge || y < edge || x > frame.width - edge || y > frame.height - edge) continue;
    if (marked.some(([mx, my]) => Math.hypot(mx - x, my - y) < clearPx)) continue;
    if (out.some((c) => Math.hypot(c.x - x, c.y - y) < clearPx * 3)) continue;
    out.push({ name: table.name[i]!, x, y });
  }
  return out;
}
