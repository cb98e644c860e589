/**
 * Child of the maps benchmark, in a fresh process so that "cold" and "added RSS" are honest: loads
 * the gazetteer's towns, then times the map renderer (worker thread) from its first map on, and the
 * SITREP of 500 incidents. The renderer is the compiled one (dist/, as `sitrep run` uses it): from
 * the sources its worker would compile TypeScript on start. Prints one JSON line.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { digestJob, summarizeDigest } from '../src/digest/summary.js';
import { Gazetteer } from '../src/extract/gazetteer/index.js';
import type { Incident } from '../src/incidents/incident.js';
import { silentLogger } from '../src/logger.js';
import type * as Maps from '../src/maps/index.js';
import type * as Raster from '../src/maps/raster.js';
import type * as Renderer from '../src/maps/renderer.js';
import { ATTACK_TYPES, SEVERITIES } from '../src/vocabulary.js';
import { REPO_ROOT } from './child.js';
import { MB, median, nowMs, round } from './stats.js';

const compiled = (file: string) => {
  const path = join(REPO_ROOT, 'dist', 'maps', file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return import(pathToFileURL(path).href);
};
const { cityTable } = (await compiled('index.js')) as typeof Maps;
const { MapRenderer } = (await compiled('renderer.js')) as typeof Renderer;
const { svgToPng } = (await compiled('raster.js')) as typeof Raster;

const [warmRuns, digestRuns] = process.argv.slice(2).map(Number) as [number, number];
const entries = Gazetteer.load().entries;
const towns = entries.filter((e) => e.kind === 'city' && e.population > 100_000);
const cities = cityTable(entries);

/** RSS once garbage is collected and the freed pages are given back (several rounds, a pause between). */
async function settledRss(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
  }
  return process.memoryUsage().rss;
}
const rssBefore = await settledRss();
let rssPeak = rssBefore;

let seed = 11;
const rnd = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const place = () => {
  const t = pick(towns);
  return { name: t.name, country: t.country, lat: t.lat, lon: t.lon, kind: 'city' as const };
};
const renderer = new MapRenderer({ cities: () => cities, timeoutMs: 60_000, log: silentLogger });

async function timed(job: Maps.MapJob) {
  const t = nowMs();
  const png = await renderer.render(job);
  if (!png) throw new Error(`no map for ${job.kind}`);
  const ms = nowMs() - t;
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  return { ms, bytes: png.byteLength };
}

const cold = await timed({ kind: 'locator', places: [place()] });
const warm: { ms: number; bytes: number }[] = [];
for (let i = 0; i < warmRuns; i++) {
  const first = place();
  const job = {
    kind: 'locator' as const,
    places: i % 3 ? [first] : [first, place()],
    radii: i % 2 ? [{ name: first.name, lat: first.lat, lon: first.lon, km: 100 }] : [],
  };
  warm.push(await timed(job));
}
const rssAfter = await settledRss();

// The SITREP of 500 incidents over a region: summing up, then the picture.
const region = towns.filter((t) => t.lat > 25 && t.lat < 42 && t.lon > 30 && t.lon < 60);
const at = Date.parse('2026-11-20T00:00:00Z');
const incidents: Incident[] = Array.from({ length: 500 }, (_, k) => {
  const t = pick(region);
  const published = new Date(at - rnd() * 14 * 86_400_000).toISOString();
  return {
    id: `inc-${k}`,
    title: `Attack ${k} near ${t.name}`,
    firstPublished: k < 300 ? new Date(at - rnd() * 86_400_000).toISOString() : published,
    lastPublished: published,
    attackTypes: [pick(ATTACK_TYPES)],
    places: [{ id: t.id, name: t.name, country: t.country, lat: t.lat, lon: t.lon, kind: 'city' }],
    scenes: [t.id],
    countries: [t.country],
    actors: [],
    casualties: { killed: Math.floor(rnd() ** 3 * 30), injured: null },
    severity: pick(SEVERITIES),
    targets: [],
    sources: [{ documentId: `d${k}`, feedId: 'f', title: 't', link: `https://example.org/${k}`, published }],
    fingerprints: [],
  };
});
const digestMs: number[] = [];
const summaryMs: number[] = [];
let digestBytes = 0;
for (let i = 0; i < digestRuns; i++) {
  const t0 = nowMs();
  const summary = summarizeDigest({ id: 'bench' }, { start: new Date(at - 86_400_000), end: new Date(at), timeZone: 'UTC' }, incidents);
  const job = digestJob(summary, incidents);
  const t1 = nowMs();
  const png = await renderer.render(job);
  digestMs.push(nowMs() - t0);
  summaryMs.push(t1 - t0);
  digestBytes = png?.byteLength ?? 0;
}

// Floor: rasterising an empty picture of the same size, in this thread.
const floor: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = nowMs();
  svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#c6dcec"/></svg>');
  floor.push(nowMs() - t);
}
await renderer.close();
const sorted = warm.map((w) => w.ms).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    coldMs: round(cold.ms),
    warmMedianMs: round(median(sorted)),
    warmP95Ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? sorted.at(-1)!),
    warmRuns,
    rssAddedMB: round((rssAfter - rssBefore) / MB),
    rssPeakAddedMB: round((rssPeak - rssBefore) / MB),
    pngMaxKB: round(Math.max(cold.bytes, ...warm.map((w) => w.bytes)) / 1024),
    pngMedianKB: round(median(warm.map((w) => w.bytes)) / 1024),
    digestIncidents: incidents.length,
    digestMedianMs: round(median(digestMs)),
    digestSummaryMs: round(median(summaryMs)),
    digestPngKB: round(digestBytes / 1024),
    floorMs: round(median(floor)),
  }),
);
