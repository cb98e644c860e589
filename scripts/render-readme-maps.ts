/**
 * Renders the pictures the README shows (docs/images/*.png) with Sitrep's own map code, from
 * gazetteer places and made-up incidents. Run: npx tsx scripts/render-readme-maps.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestJob, summarizeDigest } from '../src/digest/summary.js';
import { Gazetteer } from '../src/extract/gazetteer/index.js';
import type { Incident } from '../src/incidents/incident.js';
import { cityTable, incidentDot, renderPng } from '../src/maps/index.js';
import type { AttackType, Severity } from '../src/vocabulary.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'images');
const gazetteer = Gazetteer.load();
const cities = cityTable(gazetteer.entries);
const place = (name: string, kind: 'city' | 'base') => {
  const e = gazetteer.search(name, 10).find((x) => x.kind === kind);
  if (!e) throw new Error(`no ${kind} ${name} in the gazetteer`);
  return { id: e.id, name: e.name, country: e.country, lat: e.lat, lon: e.lon, kind };
};

function save(name: string, png: Uint8Array | null): void {
  if (!png) throw new Error(`${name}: nothing drawn`);
  writeFileSync(join(out, name), png);
  console.log(`${name}: ${Math.round(png.byteLength / 1024)} KB`);
}

// An alert: drones at al-Harir air base, matched by a rule watching 100 km around Erbil.
const erbil = place('Erbil', 'city');
save(
  'locator-map.png',
  renderPng({ kind: 'locator', places: [place('Al-Harir Air Base', 'base')], radii: [{ name: 'Erbil', lat: erbil.lat, lon: erbil.lon, km: 100 }] }, cities),
);

// A week of made-up incidents in Iraq and Syria.
const week: [string, 'city' | 'base', AttackType, number, number | null, Severity, number][] = [
  ['Mosul', 'city', 'ied', 3, 5, 'high', 1],
  ['Ain al-Asad Air Base', 'base', 'rocket', 0, 0, 'medium', 2],
  ['Erbil', 'city', 'drone', 0, 2, 'medium', 1],
  ['Baghdad', 'city', 'suicide_attack', 12, 30, 'critical', 4],
  ['Kirkuk', 'city', 'armed_assault', 2, 1, 'high', 3],
  ['Deir ez-Zor', 'city', 'airstrike', 6, null, 'high', 2],
  ['Tikrit', 'city', 'ied', 0, 3, 'medium', 5],
  ['Al-Harir Air Base', 'base', 'drone', 0, 0, 'medium', 6],
  ['Raqqa', 'city', 'kidnapping', 0, 0, 'low', 6],
  ['Ramadi', 'city', 'mortar_artillery', 1, 4, 'high', 7],
];
const end = new Date('2026-11-21T04:00:00Z');
const incidents: Incident[] = week.map(([name, kind, type, killed, injured, severity, daysAgo], k) => {
  const p = place(name, kind);
  const published = new Date(end.getTime() - daysAgo * 20 * 3_600_000).toISOString();
  return {
    id: `inc-${k}`,
    title: `${type} near ${name}`,
    firstPublished: published,
    lastPublished: published,
    attackTypes: [type],
    places: [p],
    scenes: [p.id],
    countries: [p.country],
    actors: [],
    casualties: { killed, injured },
    severity,
    targets: [],
    sources: [],
    fingerprints: [],
  };
});
save('lookup-map.png', renderPng({ kind: 'incidents', incidents: incidents.flatMap((i, k) => incidentDot(k + 1, i) ?? []) }, cities));

const summary = summarizeDigest(
  { id: 'iraq-syria-bases', name: 'Iraq and Syria' },
  { start: new Date(end.getTime() - 7 * 86_400_000), end, timeZone: 'Asia/Baghdad' },
  incidents,
);
save('sitrep-digest.png', renderPng(digestJob(summary, incidents), cities));
