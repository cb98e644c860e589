/**
 * Writes config/data/map-countries.json: the ISO 3166-1 alpha-2 code of each country shape of
 * world-atlas (Natural Earth), keyed by the shape's name, so that maps can shade and frame the
 * countries the extraction names. Made from world-atlas's ISO numeric ids and world-countries;
 * shapes without a numeric id get the code of the country they are recognised as part of; the
 * disputed Siachen Glacier gets none (it is drawn, never shaded or framed).
 * Run: npx tsx scripts/build-map-codes.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'config', 'data', 'map-countries.json');

interface Shape {
  id?: string;
  properties: { name: string };
}
const numericToAlpha2 = new Map((require('world-countries/countries.json') as { ccn3: string; cca2: string }[]).map((c) => [c.ccn3, c.cca2]));
/** Natural Earth shapes without an ISO numeric id. */
const WITHOUT_ID: Record<string, string> = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY', 'Indian Ocean Ter.': 'AU' };
const UNCODED = new Set(['Siachen Glacier']);

const codes: Record<string, string> = {};
for (const file of ['countries-50m.json', 'countries-110m.json']) {
  const shapes = (require(`world-atlas/${file}`) as { objects: { countries: { geometries: Shape[] } } }).objects.countries.geometries;
  for (const s of shapes) {
    if (UNCODED.has(s.properties.name)) continue;
    const code = (s.id && numericToAlpha2.get(s.id)) || WITHOUT_ID[s.properties.name];
    if (!code) throw new Error(`${file}: no ISO code for ${s.properties.name} (${s.id})`);
    codes[s.properties.name] = code;
  }
}
const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(out, `${JSON.stringify(sorted, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`wrote ${Object.keys(sorted).length} shapes to ${out}`);
