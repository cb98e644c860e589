import { type Extraction, noHeadline } from '../../src/extract/analysis.js';
import { severityOf } from '../../src/extract/severity.js';
import { groupingConfig } from '../../src/incidents/index.js';
import { recordReport } from '../../src/pipeline/incidents.js';
import type { Db } from '../../src/store/database.js';
import { insertDocument } from '../../src/store/documents.js';

export const PLACES = {
  mosul: { id: 'geonames:99072', name: 'Mosul', country: 'IQ', kind: 'city' as const, lat: 36.335, lon: 43.1189 },
  baghdad: { id: 'geonames:98182', name: 'Baghdad', country: 'IQ', kind: 'city' as const, lat: 33.3406, lon: 44.4009 },
  erbil: { id: 'geonames:95446', name: 'Erbil', country: 'IQ', kind: 'city' as const, lat: 36.1912, lon: 44.0092 },
  asad: { id: 'base:ain-al-asad', name: 'Ain al-Asad Air Base', country: 'IQ', kind: 'base' as const, lat: 33.8, lon: 42.44 },
  deir: { id: 'geonames:170794', name: 'Deir ez-Zor', country: 'SY', kind: 'city' as const, lat: 35.336, lon: 40.1408 },
  aden: { id: 'geonames:415189', name: 'Aden', country: 'YE', kind: 'city' as const, lat: 12.7794, lon: 45.0367 },
};

export interface Report {
  id: string;
  title: string;
  published: string;
  attackTypes: Extraction['attackTypes'];
  place: (typeof PLACES)[keyof typeof PLACES];
  killed: number | null;
  injured: number | null;
}

const grouping = groupingConfig({ window: 18 * 3_600_000, distanceKm: 40 }, severityOf);

/** Stores a report and groups it into an incident, as the pipeline does. */
export async function storeReport(db: Db, r: Report): Promise<string> {
  const extraction: Extraction = {
    isAttack: true,
    attackTypes: r.attackTypes,
    places: [r.place],
    countries: [r.place.country],
    actors: [],
    casualties: { killed: r.killed, injured: r.injured },
    targets: r.place.kind === 'base' ? ['base'] : [],
    severity: 'low',
    headline: noHeadline(),
  };
  extraction.severity = severityOf(extraction);
  const link = `https://example.org/news/${r.id}`;
  await insertDocument(db, {
    id: r.id,
    feedId: 'wire',
    itemKey: r.id,
    guid: null,
    link,
    title: r.title,
    content: r.title,
    published: r.published,
    firstSeen: r.published,
    extraction,
  });
  const result = await recordReport(
    db,
    { documentId: r.id, feedId: 'wire', title: r.title, content: r.title, link, published: r.published, extraction },
    grouping,
    new Date(r.published),
  );
  return result.incident.id;
}

/** A day of reports (20 Nov 2026, UTC) and a few from the days before, in our own words. */
export function storedDay(): Report[] {
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour, 0, 0)).toISOString();
  return [
    { id: 'd1', title: 'Roadside bomb hits patrol west of Mosul', published: at(20, 5), attackTypes: ['ied'], place: PLACES.mosul, killed: 2, injured: 3 },
    {
      id: 'd1b',
      title: 'Two soldiers killed by roadside bomb near Mosul',
      published: at(20, 7),
      attackTypes: ['ied'],
      place: PLACES.mosul,
      killed: 2,
      injured: 4,
    },
    { id: 'd2', title: 'Drones shot down over Erbil airport', published: at(20, 9), attackTypes: ['drone'], place: PLACES.erbil, killed: 0, injured: 0 },
    {
      id: 'd3',
      title: 'Rockets land inside Ain al-Asad base',
      published: at(20, 11),
      attackTypes: ['rocket'],
      place: PLACES.asad,
      killed: null,
      injured: null,
    },
    {
      id: 'd4',
      title: 'Suicide bomber strikes Baghdad market',
      published: at(20, 13),
      attackTypes: ['suicide_attack'],
      place: PLACES.baghdad,
      killed: 14,
      injured: 40,
    },
    {
      id: 'd5',
      title: 'Gunmen attack checkpoint in Deir ez-Zor',
      published: at(20, 15),
      attackTypes: ['armed_assault'],
      place: PLACES.deir,
      killed: 3,
      injured: null,
    },
    { id: 'd6', title: 'Drone strike on Aden port', published: at(20, 17), attackTypes: ['drone'], place: PLACES.aden, killed: 1, injured: 2 },
    {
      id: 'p1',
      title: 'Mortar rounds fall near Baghdad airport',
      published: at(18, 10),
      attackTypes: ['mortar_artillery'],
      place: PLACES.baghdad,
      killed: 0,
      injured: 1,
    },
    { id: 'p2', title: 'IED kills one in Mosul old city', published: at(14, 10), attackTypes: ['ied'], place: PLACES.mosul, killed: 1, injured: 0 },
    {
      id: 'p3',
      title: 'Kidnapping of engineers near Erbil',
      published: at(12, 10),
      attackTypes: ['kidnapping'],
      place: PLACES.erbil,
      killed: null,
      injured: null,
    },
  ];
}
