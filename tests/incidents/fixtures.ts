import type { Extraction, ResolvedActor, ResolvedPlace } from '../../src/extract/analysis.js';
import { type AttackLexicon, ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { readHeadline } from '../../src/extract/stages/headline.js';
import { sketchOf } from '../../src/incidents/fingerprint.js';
import { type GroupingConfig, groupReports, type Incident, type IncomingReport, type SeverityInput } from '../../src/incidents/index.js';
import type { AttackType, Severity, Target } from '../../src/vocabulary.js';

/** A few gazetteer entries, standing in for the extraction engine's gazetteer in these tests. */
const PLACES: Record<string, Omit<ResolvedPlace, 'name'> & { name: string }> = {
  iraq: { id: 'country:IQ', name: 'Iraq', country: 'IQ', lat: 33, lon: 44, kind: 'country' },
  mosul: { id: 'geonames:99072', name: 'Mosul', country: 'IQ', lat: 36.335, lon: 43.119, kind: 'city' },
  erbil: { id: 'geonames:95446', name: 'Erbil', country: 'IQ', lat: 36.191, lon: 44.009, kind: 'city' },
  harir: { id: 'base:harir', name: 'Al-Harir Air Base', country: 'IQ', lat: 36.537, lon: 44.347, kind: 'base' },
  asad: { id: 'base:ain-al-asad', name: 'Ain al-Asad Air Base', country: 'IQ', lat: 33.8, lon: 42.44, kind: 'base' },
  baghdad: { id: 'geonames:98182', name: 'Baghdad', country: 'IQ', lat: 33.341, lon: 44.401, kind: 'city' },
  victory: { id: 'base:victory', name: 'Victory Base Complex', country: 'IQ', lat: 33.262, lon: 44.234, kind: 'base' },
  nineveh: { id: 'region:nineveh', name: 'Nineveh', country: 'IQ', lat: 36.2, lon: 42.6, kind: 'region' },
  dohuk: { id: 'region:dohuk', name: 'Dohuk', country: 'IQ', lat: 36.9, lon: 43.2, kind: 'region' },
  basra: { id: 'region:basra', name: 'Basra', country: 'IQ', lat: 30.5, lon: 47.6, kind: 'region' },
  kirkuk: { id: 'geonames:94787', name: 'Kirkuk', country: 'IQ', lat: 35.468, lon: 44.392, kind: 'city' },
  syria: { id: 'country:SY', name: 'Syria', country: 'SY', lat: 35, lon: 38, kind: 'country' },
  tanf: { id: 'base:al-tanf', name: 'Al-Tanf', country: 'SY', lat: 33.501, lon: 38.668, kind: 'base' },
  conoco: { id: 'base:conoco', name: 'Conoco gas field base', country: 'SY', lat: 35.271, lon: 40.31, kind: 'base' },
  kabul: { id: 'geonames:1138958', name: 'Kabul', country: 'AF', lat: 34.528, lon: 69.172, kind: 'city' },
  mogadishu: { id: 'geonames:53654', name: 'Mogadishu', country: 'SO', lat: 2.037, lon: 45.344, kind: 'city' },
  kharkiv: { id: 'geonames:706483', name: 'Kharkiv', country: 'UA', lat: 49.994, lon: 36.231, kind: 'city' },
  odesa: { id: 'geonames:698740', name: 'Odesa', country: 'UA', lat: 46.477, lon: 30.733, kind: 'city' },
  ukraine: { id: 'country:UA', name: 'Ukraine', country: 'UA', lat: 49, lon: 32, kind: 'country' },
  khanyounis: { id: 'geonames:281133', name: 'Khan Younis', country: 'PS', lat: 31.346, lon: 34.306, kind: 'city' },
  rafah: { id: 'geonames:281102', name: 'Rafah', country: 'PS', lat: 31.297, lon: 34.245, kind: 'city' },
  tyre: { id: 'geonames:267008', name: 'Tyre', country: 'LB', lat: 33.273, lon: 35.194, kind: 'city' },
  southlebanon: { id: 'region:south-lebanon', name: 'South Lebanon', country: 'LB', lat: 33.27, lon: 35.4, kind: 'region' },
  hodeidah: { id: 'geonames:79415', name: 'Hodeidah', country: 'YE', lat: 14.798, lon: 42.954, kind: 'city' },
  redsea: { id: 'region:red-sea', name: 'Red Sea', country: 'YE', lat: 15.5, lon: 41.8, kind: 'region' },
  maiduguri: { id: 'geonames:2331447', name: 'Maiduguri', country: 'NG', lat: 11.846, lon: 13.16, kind: 'city' },
  peshawar: { id: 'geonames:1168197', name: 'Peshawar', country: 'PK', lat: 34.008, lon: 71.578, kind: 'city' },
  quetta: { id: 'geonames:1167528', name: 'Quetta', country: 'PK', lat: 30.187, lon: 67.0, kind: 'city' },
  bamako: { id: 'geonames:2460596', name: 'Bamako', country: 'ML', lat: 12.65, lon: -8.0, kind: 'city' },
  kati: { id: 'geonames:2455518', name: 'Kati', country: 'ML', lat: 12.744, lon: -8.072, kind: 'city' },
};
export type PlaceKey = keyof typeof PLACES;

export function place(key: PlaceKey): ResolvedPlace {
  return { ...PLACES[key]! };
}

/** Stand-in for alerts/severity.ts `severityOf`, which lands from another branch. */
export function testSeverityOf(x: SeverityInput): Severity {
  const killed = x.casualties.killed ?? 0;
  const injured = x.casualties.injured ?? 0;
  if (killed >= 10) return 'critical';
  if (killed >= 1 || injured >= 5) return 'high';
  if (x.targets.includes('base') || x.targets.includes('diplomatic') || x.attackTypes.some((a) => a === 'missile' || a === 'drone')) return 'medium';
  return 'low';
}

export const testConfig: GroupingConfig = { windowMs: 24 * 3_600_000, distanceKm: 40, severityOf: testSeverityOf };

export interface ReportSpec {
  id: string;
  feed: string;
  title: string;
  content?: string;
  link?: string | null;
  /** ISO time. */
  at: string;
  types?: AttackType[];
  places?: PlaceKey[];
  actors?: Array<[id: string, role: ResolvedActor['role']]>;
  killed?: number | null;
  injured?: number | null;
  /** Of the killed, the wounded who have since died (Casualties.diedOfWounds). */
  diedOfWounds?: number;
  targets?: Target[];
}

/** The engine's lexicon, loaded at the first headline read (from the compiled data, in a fraction of a second). */
let lexicon: AttackLexicon | undefined;

/** What the extraction's headline stage reads of a title. */
export function headlineOf(title: string): Extraction['headline'] {
  const doc = prepareDocument({ title });
  lexicon ??= ExtractionEngine.load().lexicon;
  return readHeadline(doc.tokens, doc.text, doc.titleEnd, lexicon);
}

/**
 * A report as the extraction engine would annotate it: the body's annotations written by hand, the
 * headline's read by the engine's headline stage.
 */
export function report(spec: ReportSpec): IncomingReport {
  const places = (spec.places ?? []).map(place);
  const extractionBase = {
    isAttack: true,
    attackTypes: spec.types ?? [],
    places,
    countries: [...new Set(places.map((p) => p.country))],
    actors: (spec.actors ?? []).map(([id, role]) => ({ id, name: id.replace(/-/g, ' '), role })),
    casualties: { killed: spec.killed ?? null, injured: spec.injured ?? null, ...(spec.diedOfWounds ? { diedOfWounds: spec.diedOfWounds } : {}) },
    targets: spec.targets ?? [],
  };
  const extraction: Extraction = { ...extractionBase, severity: testSeverityOf(extractionBase), headline: headlineOf(spec.title) };
  return {
    documentId: spec.id,
    feedId: spec.feed,
    title: spec.title,
    content: spec.content ?? '',
    link: spec.link === undefined ? `https://${spec.feed}.example/news/${spec.id}` : spec.link,
    published: spec.at,
    extraction,
  };
}

/** The steps of grouping the reports in order, with the test configuration. */
export const group = (specs: ReportSpec[]) => groupReports(specs.map(report), testConfig).steps;

/** JSON as the store wrote incidents before migration 0013: a fingerprint's three sketches as lists of numbers. */
export function oldJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (!(v?.hashes instanceof Uint32Array)) return v;
    const { hashes: _hashes, bodyAt: _bodyAt, vocabularyAt: _vocabularyAt, ...rest } = v;
    return { ...rest, title: [...sketchOf(v, 'title')], body: [...sketchOf(v, 'body')], vocabulary: [...sketchOf(v, 'vocabulary')] };
  });
}

/** An `incidents` row as the store wrote it before migration 0013: the fingerprints inside the JSON. */
export function oldIncidentRow(incident: Incident, at: string) {
  return {
    id: incident.id,
    created_at: at,
    updated_at: at,
    first_published_at: incident.firstPublished,
    last_published_at: incident.lastPublished,
    title: incident.title,
    severity: incident.severity,
    source_count: incident.sources.length,
    data: oldJson(incident),
  };
}

/** A report's text again under an aggregator's name, with no place or type of its own: it can join only by its text. */
export function syndicatedCopy(spec: ReportSpec, at: string): IncomingReport {
  return report({ ...spec, id: 'late-copy', feed: 'aggregator', at, title: `${spec.title} | Aggregator`, places: [], types: [] });
}
