/**
 * Which part of the Earth a map shows, and how it is projected. Regional maps use an azimuthal
 * equidistant projection centred on what they show: distances from the centre are true (so the
 * scale bar and a rule's radius hold), and it works the same across the antimeridian and at the
 * poles. Subjects spread over a hemisphere or more get a world map centred on them.
 */
import { type GeoProjection, geoAzimuthalEquidistant, geoDistance, geoNaturalEarth1 } from 'd3-geo';
import type { LonLatBox, Resolution } from './world.js';

export const EARTH_RADIUS_KM = 6371;
const DEG = 180 / Math.PI;

/** What a map must show: points, circles around points, and areas (country boxes). */
export interface Subject {
  points: readonly [lon: number, lat: number][];
  circles?: readonly { lon: number; lat: number; km: number }[];
  boxes?: readonly LonLatBox[];
}

export interface Frame {
  width: number;
  height: number;
  /** Room kept free around the subject, in pixels. */
  margin: number;
  /** The smallest distance across the map, so that a single point shows its surroundings. */
  minKm: number;
}

export interface MapView {
  projection: GeoProjection;
  /** Longitude/latitude box that holds everything visible; null for the whole world. */
  box: LonLatBox | null;
  resolution: Resolution;
  /** Kilometres per pixel at the centre; null where the scale varies too much for a scale bar. */
  kmPerPixel: number | null;
}

/** Beyond this angular radius a regional projection distorts too much: the world is shown. */
const WORLD_BEYOND_DEG = 55;
/** Beyond this angular radius the coarser shapes are enough, and a scale bar misleads. */
const COARSE_BEYOND_DEG = 20;

/** The point `km` from (lon, lat) on a bearing, on a sphere. */
export function destination(lon: number, lat: number, km: number, bearingDeg: number): [number, number] {
  const d = km / EARTH_RADIUS_KM;
  const b = bearingDeg / DEG;
  const φ1 = lat / DEG;
  const λ1 = lon / DEG;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
  const λ2 = λ1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return [((((λ2 * DEG + 540) % 360) + 360) % 360) - 180, φ2 * DEG];
}

function subjectPoints(s: Subject): [number, number][] {
  const pts: [number, number][] = s.points.map(([lon, lat]) => [lon, lat]);
  for (const c of s.circles ?? []) for (let b = 0; b < 360; b += 30) pts.push(destination(c.lon, c.lat, c.km, b));
  for (const [w, so, e, n] of s.boxes ?? []) {
    const midLon = w <= e ? (w + e) / 2 : (((w + e + 360) / 2 + 180) % 360) - 180;
    for (const lat of [so, (so + n) / 2, n]) for (const lon of [w, midLon, e]) pts.push([lon, lat]);
  }
  return pts;
}

/** The direction of the mean of the points on the sphere, and how far they agree (0–1). */
function sphericalCentre(points: readonly [number, number][]): { centre: [number, number]; agreement: number } {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of points) {
    const φ = lat / DEG;
    const λ = lon / DEG;
    x += Math.cos(φ) * Math.cos(λ);
    y += Math.cos(φ) * Math.sin(λ);
    z += Math.sin(φ);
  }
  const r = Math.hypot(x, y, z);
  if (r === 0) return { centre: [0, 0], agreement: 0 };
  return { centre: [Math.atan2(y, x) * DEG, Math.asin(z / r) * DEG], agreement: r / points.length };
}

/** The lon/lat box of a spherical cap (centre and angular radius in degrees). */
function capBox([lon, lat]: [number, number], radiusDeg: number): LonLatBox | null {
  if (radiusDeg >= 90) return null;
  const south = lat - radiusDeg;
  const north = lat + radiusDeg;
  if (north >= 90 || south <= -90) return [-180, Math.max(-90, south), 180, Math.min(90, north)];
  const dLon = Math.asin(Math.min(1, Math.sin(radiusDeg / DEG) / Math.cos(lat / DEG))) * DEG;
  const wrap = (l: number) => ((((l + 180) % 360) + 360) % 360) - 180;
  return dLon >= 180 ? [-180, south, 180, north] : [wrap(lon - dLon), south, wrap(lon + dLon), north];
}

function worldView(centreLon: number, frame: Frame): MapView {
  const projection = geoNaturalEarth1()
    .rotate([-centreLon, 0])
    .fitExtent(
      [
        [frame.margin / 2, frame.margin / 2],
        [frame.width - frame.margin / 2, frame.height - frame.margin / 2],
      ],
      { type: 'Sphere' },
    );
  return { projection, box: null, resolution: '110m', kmPerPixel: null };
}

/** The view of a subject in a frame; null when there is nothing to show. */
export function chooseView(subject: Subject, frame: Frame): MapView | null {
  const pts = subjectPoints(subject).filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat));
  if (pts.length === 0) return null;
  const { centre, agreement } = sphericalCentre(pts);
  const spread = Math.max(...pts.map((p) => geoDistance(centre, p))) * DEG;
  if (agreement < 0.2 || spread > WORLD_BEYOND_DEG) return worldView(centre[0], frame);

  // Unit scale: projected distances are angles in radians.
  const unit = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]).scale(1).translate([0, 0]).precision(0.1);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    const [x, y] = unit(p) ?? [0, 0];
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  const innerW = frame.width - 2 * frame.margin;
  const innerH = frame.height - 2 * frame.margin;
  // At least minKm across the shorter side, keeping the frame's proportions.
  const minAngle = frame.minKm / EARTH_RADIUS_KM;
  const need = Math.max((x1 - x0) / innerW, (y1 - y0) / innerH, minAngle / Math.min(innerW, innerH));
  const scale = 1 / need;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // Angular distance from the centre to the frame's farthest corner: everything visible is within.
  const visibleDeg = (Math.max(Math.hypot(frame.width / 2 + Math.abs(cx) * scale, frame.height / 2 + Math.abs(cy) * scale), 1) / scale) * DEG;
  const projection = geoAzimuthalEquidistant()
    .rotate([-centre[0], -centre[1]])
    .scale(scale)
    .translate([frame.width / 2 - cx * scale, frame.height / 2 - cy * scale])
    .clipAngle(Math.min(179, visibleDeg * 1.2 + 2))
    .clipExtent([
      [-2, -2],
      [frame.width + 2, frame.height + 2],
    ])
    .precision(0.3);
  return {
    projection,
    box: capBox(centre, visibleDeg * 1.05 + 0.5),
    resolution: visibleDeg > COARSE_BEYOND_DEG ? '110m' : '50m',
    kmPerPixel: visibleDeg > COARSE_BEYOND_DEG ? null : EARTH_RADIUS_KM / scale,
  };
}
