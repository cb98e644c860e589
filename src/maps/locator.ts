/**
 * The locator map of one alert: where the attack happened, what is around it (the nearest larger
 * towns, neighbouring countries, a scale) and, for a `near` rule, the rule's circle.
 */
import { geoCircle } from 'd3-geo';
import { placeLabel } from '../extract/analysis.js';
import { type CityTable, citiesInView } from './cities.js';
import { baseMap, COLOURS, credit, LabelLayer, labelCountries, labelText, scaleBar, svgDocument } from './draw.js';
import type { LocatorJob } from './schema.js';
import { LocatorJobSchema } from './schema.js';
import { chooseView, destination, EARTH_RADIUS_KM, type Frame } from './view.js';
import { WorldAtlas } from './world.js';

export const LOCATOR_FRAME: Frame = { width: 800, height: 500, margin: 60, minKm: 300 };

/** A drawn map: its SVG, and where a point lands on it (tests and callers check positions). */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number] | null;
}

/** Cities named around the attack's places. */
const CITY_LABELS = 7;
/** The attack's first places are named even where names overlap; later ones where there is room. */
const REQUIRED_NAMES = 6;

/**
 * The locator map of an alert's places, or null when there is nothing to locate (no places).
 * Cities and bases are marked, regions ringed, countries shaded; every place is named.
 */
export function locatorMap(input: LocatorJob, cities: CityTable, frame: Frame = LOCATOR_FRAME): Drawing | null {
  const job = LocatorJobSchema.parse(input);
  const points = job.places.filter((p) => p.kind !== 'country');
  const countries = job.places.filter((p) => p.kind === 'country');
  if (points.length === 0 && countries.length === 0) return null;
  const atlas = WorldAtlas.get('50m');
  const countryCodes = new Set(job.places.map((p) => p.country));
  // A country named alone is framed whole; with places in it, the places are the subject.
  const framedCountries = countries.filter((c) => !points.some((p) => p.country === c.country));
  const framed = framedCountries.map((c) => ({ c, boxes: atlas.countries.filter((s) => s.code === c.country).map((s) => s.mainBox) }));
  const boxes = framed.flatMap((f) => f.boxes);
  // A country too small for the atlas is framed around its centre.
  const unshaped = framed.filter((f) => f.boxes.length === 0).map((f) => f.c);
  const view = chooseView(
    {
      points: [...points, ...unshaped].map((p) => [p.lon, p.lat] as [number, number]),
      circles: job.radii.map((r) => ({ lon: r.lon, lat: r.lat, km: r.km })),
      boxes,
    },
    frame,
  );
  if (!view) return null;
  const base = baseMap(view, frame, countryCodes);
  const layer = new LabelLayer(frame);
  const parts: string[] = [base.svg];

  for (const r of job.radii) {
    const circle = geoCircle()
      .center([r.lon, r.lat])
      .radius((r.km / EARTH_RADIUS_KM) * (180 / Math.PI))
      .precision(2)();
    parts.push(
      `<path d="${base.path(circle) ?? ''}" fill="${COLOURS.radius}" fill-opacity="0.06" stroke="${COLOURS.radius}" stroke-width="2" stroke-dasharray="8 5"/>`,
    );
  }

  const marks = points.flatMap((p) => {
    const xy = view.projection([p.lon, p.lat]);
    return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? [{ place: p, x: xy[0], y: xy[1] }] : [];
  });
  for (const m of marks) layer.reserve({ x0: m.x - 9, y0: m.y - 9, x1: m.x + 9, y1: m.y + 9 });
  parts.push(scaleBar(view, frame, layer), credit(frame, layer));

  // Most important first: the attack's places, then the circle's centre, then towns, then countries.
  marks.forEach((m, k) => {
    layer.add({
      x: m.x,
      y: m.y,
      text: labelText(placeLabel(m.place)),
      size: 14,
      bold: true,
      colour: COLOURS.markerLabel,
      offset: 9,
      required: k < REQUIRED_NAMES,
    });
  });
  // A country named alone: its name on it.
  for (const c of framedCountries) {
    const drawn = base.shapes.filter((s) => s.shape.code === c.country).sort((a, b) => b.area - a.area)[0];
    if (drawn) layer.add({ x: drawn.x, y: drawn.y, text: labelText(c.name), size: 15, bold: true, colour: COLOURS.markerLabel, offset: -4, required: true });
  }
  // The radius, written where the circle crosses south of its centre.
  for (const r of job.radii) {
    const xy = view.projection(destination(r.lon, r.lat, r.km, 180));
    if (xy) layer.add({ x: xy[0], y: xy[1] - 12, text: `${r.km} km from ${labelText(r.name, 24)}`, size: 11, colour: COLOURS.radius, offset: 0 });
  }
  const towns = citiesInView(
    cities,
    view,
    frame,
    marks.map((m) => [m.x, m.y]),
    CITY_LABELS * 3,
  );
  let named = 0;
  for (const t of towns) {
    if (named >= CITY_LABELS) break;
    if (layer.add({ x: t.x, y: t.y, text: labelText(t.name, 24), size: 12, colour: COLOURS.cityLabel, offset: 4 })) {
      parts.push(`<circle cx="${t.x.toFixed(1)}" cy="${t.y.toFixed(1)}" r="3" fill="${COLOURS.cityDot}" stroke="#ffffff" stroke-width="1"/>`);
      named++;
    }
  }
  labelCountries(layer, base, 6000, new Set(framedCountries.map((c) => c.country)));

  // Markers over labels (a crowded map may hide a name, never a place), the first place on top.
  parts.push(layer.svg());
  for (const m of [...marks].reverse()) parts.push(marker(m.place.kind, m.x, m.y));
  return {
    svg: svgDocument(frame, parts.join('')),
    width: frame.width,
    height: frame.height,
    project: (lon, lat) => view.projection([lon, lat]),
  };
}

/** A filled circle for a town, a square for a base or an airport, a ring for a region. */
function marker(kind: string, x: number, y: number): string {
  const cx = x.toFixed(1);
  const cy = y.toFixed(1);
  if (kind === 'base' || kind === 'airport')
    return `<rect x="${(x - 7).toFixed(1)}" y="${(y - 7).toFixed(1)}" width="14" height="14" fill="${COLOURS.marker}" stroke="${COLOURS.markerStroke}" stroke-width="2.5"/>`;
  if (kind === 'region')
    return `<circle cx="${cx}" cy="${cy}" r="12" fill="none" stroke="${COLOURS.marker}" stroke-width="3" stroke-dasharray="5 3"/><circle cx="${cx}" cy="${cy}" r="3" fill="${COLOURS.marker}"/>`;
  return `<circle cx="${cx}" cy="${cy}" r="8" fill="${COLOURS.marker}" stroke="${COLOURS.markerStroke}" stroke-width="2.5"/>`;
}
