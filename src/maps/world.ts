/**
 * Country shapes from Natural Earth, as the world-atlas package ships them (TopoJSON). Only the
 * shapes near a view are turned into GeoJSON for a map, so a render costs the few countries it
 * shows. Two resolutions: 1:50m for regional maps, 1:110m for the world.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_DIR } from '../paths.js';

export type Resolution = '50m' | '110m';

/** [west, south, east, north] in degrees; west > east when the box crosses the antimeridian. */
export type LonLatBox = [number, number, number, number];

export interface CountryShape {
  index: number;
  /** Natural Earth's short name ("Iraq", "Dem. Rep. Congo"). */
  name: string;
  /** ISO 3166-1 alpha-2, or null for a shape with none (disputed areas). */
  code: string | null;
  box: LonLatBox;
  /** Box of its largest part (mainland France without French Guiana), to frame the country. */
  mainBox: LonLatBox;
  /** Its polygons (rings of arc references) with their boxes: a view takes only those it meets. */
  parts: readonly { rings: number[][]; box: LonLatBox }[];
}

type CountryGeometry = GeometryCollection<{ name: string }>['geometries'][number];
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);

/** Natural Earth shape name → ISO alpha-2 (config/data/map-countries.json, see scripts/build-map-codes.ts). */
function shapeCodes(): Map<string, string> {
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'map-countries.json'), 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw));
}

/** Bounding box of each arc of a quantised, delta-encoded topology, in degrees. */
function arcBoxes(topology: Topology): LonLatBox[] {
  const t = topology.transform;
  if (!t) throw new Error('world-atlas: expected a quantised topology');
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    for (const p of arc) {
      x += p[0]!;
      y += p[1]!;
      const lon = x * sx + tx;
      const lat = y * sy + ty;
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
    }
    return [w, s, e, n];
  });
}

/** The polygons of a shape, each as its rings of (signed) arc references. */
function polygons(g: CountryGeometry): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

const arcIndex = (a: number) => (a < 0 ? ~a : a);

const boxArea = (b: LonLatBox) => (b[2] - b[0]) * (b[3] - b[1]);

function unionBox(boxes: readonly LonLatBox[]): LonLatBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
  }
  return [w, s, e, n];
}

/** Whether two longitude ranges overlap; a range with west > east crosses the antimeridian. */
function lonOverlap(aw: number, ae: number, bw: number, be: number): boolean {
  const split = (w: number, e: number): [number, number][] =>
    w <= e
      ? [[w, e]]
      : [
          [w, 180],
          [-180, e],
        ];
  return split(aw, ae).some(([a0, a1]) => split(bw, be).some(([b0, b1]) => a0 <= b1 && b0 <= a1));
}

export function boxesOverlap(a: LonLatBox, b: LonLatBox): boolean {
  return a[1] <= b[3] && b[1] <= a[3] && lonOverlap(a[0], a[2], b[0], b[2]);
}

export class WorldAtlas {
  readonly countries: readonly CountryShape[];
  private readonly geometries: readonly CountryGeometry[];

  private constructor(
    private readonly topology: CountriesTopology,
    codes: Map<string, string>,
  ) {
    const arcs = arcBoxes(topology);
    this.geometries = topology.objects.countries.geometries;
    this.countries = this.geometries.map((g, index) => {
      const name = (g.properties as { name?: string } | undefined)?.name ?? '';
      const parts = polygons(g).map((rings) => ({ rings, box: unionBox(rings.flat().map((a) => arcs[arcIndex(a)]!)) }));
      const boxes = parts.map((p) => p.box);
      const mainBox = boxes.reduce((best, b) => (boxArea(b) > boxArea(best) ? b : best), boxes[0] ?? unionBox([]));
      return { index, name, code: codes.get(name) ?? null, box: unionBox(boxes), mainBox, parts };
    });
  }

  private static cache = new Map<Resolution, WorldAtlas>();

  /** The atlas at a resolution, read once per process (about 10 MB in memory for 1:50m). */
  static get(resolution: Resolution): WorldAtlas {
    let atlas = WorldAtlas.cache.get(resolution);
    if (!atlas) {
      const file = require.resolve(`world-atlas/countries-${resolution}.json`);
      atlas = new WorldAtlas(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology, shapeCodes());
      WorldAtlas.cache.set(resolution, atlas);
    }
    return atlas;
  }

  /**
   * Shapes that meet `box` (all of them for null), each with only its polygons that meet it: a map
   * of Iraq does not convert and clip French Guiana because France has a polygon in view.
   */
  near(box: LonLatBox | null): CountryShape[] {
    if (!box) return [...this.countries];
    return this.countries.flatMap((c) => {
      if (!boxesOverlap(c.box, box)) return [];
      const parts = c.parts.filter((p) => boxesOverlap(p.box, box));
      return parts.length ? [{ ...c, parts }] : [];
    });
  }

  private collection(shapes: readonly CountryShape[]): GeometryCollection<{ name: string }> {
    return {
      type: 'GeometryCollection',
      geometries: shapes.map((s) =>
        s.parts.length === this.countries[s.index]!.parts.length
          ? this.geometries[s.index]!
          : { type: 'MultiPolygon', arcs: s.parts.map((p) => p.rings), properties: { name: s.name } },
      ),
    };
  }

  /** The shapes as GeoJSON polygons, in the order given. */
  features(shapes: readonly CountryShape[]): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
    return feature(this.topology, this.collection(shapes)) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  }

  /**
   * Lines between two of the shapes (land borders), and lines on the edge of one only (coasts).
   * Every shape that meets a view must be given, or a border with a shape left out is drawn as coast.
   */
  lines(shapes: readonly CountryShape[]): { borders: MultiLineString; coasts: MultiLineString } {
    const c = this.collection(shapes);
    return { borders: mesh(this.topology, c, (a, b) => a !== b), coasts: mesh(this.topology, c, (a, b) => a === b) };
  }
}
