import type { ResolvedPlace } from '../extract/analysis.js';
import { normalizeLink } from '../identity.js';
import { isSpecific, reportScene } from './assign.js';
import { fingerprintOf, sketchOf, type TextSketches } from './fingerprint.js';
import { isPointPlace, widestReachKm } from './geo.js';
import { type Incident, type IncomingReport, perIncident } from './incident.js';
import { perReport } from './memo.js';

/**
 * Look-up keys: how the candidates for a report are found without comparing it with every recent
 * incident. An incident is filed under its countries, the coarse geographic cell of each specific
 * scene, its sources' links and the smallest hashes of its first sources' text sketches; a report
 * asks for the cells within reach of its specific places (the veto rules out every incident farther
 * away), its link (the one override of the veto), when it names no specific place its countries,
 * and when it names no place at all its own smallest text hashes (a copy shares them with its
 * original: min-hashing, so most, not all, similar texts are found). The store keeps the keys in an indexed
 * table; `sitrep analyze` keeps them in memory (group.ts).
 */

/** Cell size in degrees: 1° of latitude is 111 km, more than the reach of any usual `distanceKm`. */
const CELL_DEGREES = 1;
const KM_PER_DEGREE = 111.2;
/** Points of a report looked up (a roundup names several; a long article names many in passing). */
const MAX_LOOKUP_PLACES = 8;
/** Links an incident is filed under: the first sources' (the most often syndicated) are enough. */
const MAX_LINK_KEYS = 20;
/** Sources whose text hashes an incident is filed under, and hashes per sketch. */
const MAX_TEXT_SOURCES = 5;
const TEXT_HASHES = 2;

const cellKey = (latIndex: number, lonIndex: number) => `g:${latIndex}:${((lonIndex % 360) + 360) % 360}`;
const countryKey = (country: string) => `c:${country}`;
/** The key of incidents, and reports, in no country. */
const NO_COUNTRY = 'c:-';

function cellOf(p: { lat: number; lon: number }): string {
  return cellKey(Math.floor(p.lat / CELL_DEGREES), Math.floor(p.lon / CELL_DEGREES));
}

/** Cells that a circle of `km` around a point touches (its bounding box). */
function cellsAround(p: { lat: number; lon: number }, km: number): string[] {
  const dLat = km / KM_PER_DEGREE;
  const dLon = Math.min(180, km / (KM_PER_DEGREE * Math.max(0.01, Math.cos((p.lat * Math.PI) / 180))));
  const out: string[] = [];
  for (let i = Math.floor((p.lat - dLat) / CELL_DEGREES); i <= Math.floor((p.lat + dLat) / CELL_DEGREES); i++) {
    for (let j = Math.floor((p.lon - dLon) / CELL_DEGREES); j <= Math.floor((p.lon + dLon) / CELL_DEGREES); j++) out.push(cellKey(i, j));
  }
  return out;
}

function linkKey(link: string | null): string | null {
  return link === null ? null : `l:${link}`;
}

const countryKeys = (countries: readonly string[]) => (countries.length ? countries.map(countryKey) : [NO_COUNTRY]);

/** The smallest hashes of each sketch of a text's fingerprint. */
function textKeys(fp: TextSketches): string[] {
  return (['title', 'body', 'vocabulary'] as const).flatMap((part) => Array.from(sketchOf(fp, part).subarray(0, TEXT_HASHES), (h) => `${part[0]}:${h}`));
}

/** The keys an incident is filed under (worked out once per incident object: a save compares them with the previous version's). */
export const incidentKeys = perIncident((incident: Incident): readonly string[] => {
  const scenes = incident.scenes.flatMap((id) => incident.places.find((p) => p.id === id && isPointPlace(p)) ?? []);
  const links = incident.fingerprints.slice(0, MAX_LINK_KEYS).map((f) => linkKey(f.link));
  const text = incident.fingerprints.slice(0, MAX_TEXT_SOURCES).flatMap(textKeys);
  return unique([...countryKeys(incident.countries), ...scenes.map(cellOf), ...links.filter((k) => k !== null), ...text]);
});

/**
 * The keys under which every incident a report may join is filed (a transaction's locks and the
 * report's recording both ask for them).
 */
export const reportKeys = perReport(keysFor, (report: IncomingReport, distanceKm: number) => [
  report.extraction,
  report.link,
  report.title,
  report.content,
  distanceKm,
]);

function keysFor(report: IncomingReport, distanceKm: number): readonly string[] {
  const x = report.extraction;
  const points = x.places.filter(isPointPlace).slice(0, MAX_LOOKUP_PLACES);
  const link = linkKey(normalizeLink(report.link));
  const near = points.flatMap((p: ResolvedPlace) => cellsAround(p, widestReachKm(distanceKm)));
  const wide = isSpecific(reportScene(report, distanceKm)) ? [] : countryKeys(x.countries);
  const text = x.countries.length === 0 ? textKeys(fingerprintOf(report)) : [];
  return unique([...near, ...wide, ...(link ? [link] : []), ...text]);
}

/** The keys of the incidents elsewhere in a report's countries: where a similar report kept apart is looked for. */
export function neighbourKeys(report: IncomingReport): string[] {
  return countryKeys(report.extraction.countries);
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)].sort();
}
