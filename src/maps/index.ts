/**
 * Maps: a formatting stage, data in → SVG → PNG bytes. Nothing here reads the store or talks to
 * Discord; callers hand over plain data (schema.ts) and get a picture, or null when there is
 * nothing to draw. The bot draws in a worker thread with a time limit: renderer.ts.
 */
import type { CityTable } from './cities.js';
import { digestPicture, incidentsMap } from './incidents.js';
import { type Drawing, locatorMap } from './locator.js';
import { svgToPng } from './raster.js';
import { type MapJob, MapJobSchema } from './schema.js';

export { type CityTable, cityTable } from './cities.js';
export { type DotSource, incidentDot } from './dots.js';
export type { DayCount, DigestJob, MapIncident, MapJob, MapPlace, MapRadius } from './schema.js';

/** The drawing of any map job; null when it has nothing to show. Throws on invalid input. */
export function drawMap(input: MapJob, cities: CityTable): Drawing | null {
  const job = MapJobSchema.parse(input);
  if (job.kind === 'locator') return locatorMap(job, cities);
  if (job.kind === 'incidents') return incidentsMap(job, cities);
  return digestPicture(job, cities);
}

/** The PNG of a map job, drawn in this thread (the CLI; the bot uses MapRenderer); null when there is nothing to draw. */
export function renderPng(job: MapJob, cities: CityTable): Uint8Array | null {
  const drawing = drawMap(job, cities);
  return drawing ? svgToPng(drawing.svg) : null;
}
