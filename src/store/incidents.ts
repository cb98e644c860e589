import { PostgresAdapter, sql } from 'kysely';
import { distanceKm } from '../extract/gazetteer/distance.js';
import { type Incident, IncidentSchema } from '../incidents/incident.js';
import type { AttackType } from '../vocabulary.js';
import type { Db } from './database.js';

export function parseIncident(row: { id: string; data: string }): Incident {
  const parsed = IncidentSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new Error(`incident ${row.id}: stored data does not match the incident schema: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Parsed incidents kept between reports by one process (see incidents/recorder.ts), each with the
 * version of the row it was read from: `updated_at` and `source_count`, which every save changes.
 * Another process's save changes the version, so a cached incident is used only while its row is
 * unchanged.
 */
export type IncidentCache = Map<string, { version: string; incident: Incident }>;

const rowVersion = (updatedAt: string, sourceCount: number) => `${updatedAt}|${sourceCount}`;

/** Rows per `where id in (...)`: well under SQLite's and PostgreSQL's bound-parameter limits. */
const FETCH_CHUNK = 500;

/**
 * Incidents whose reports come within `windowMs` of `around`: the candidates a new report may join,
 * earliest first. With a cache, only rows changed since they were cached are read and parsed, and
 * incidents that are no longer candidates leave the cache (its size stays that of one window).
 */
export async function recentIncidents(db: Db, around: Date, windowMs: number, cache?: IncidentCache): Promise<Incident[]> {
  const inWindow = db
    .selectFrom('incidents')
    .where('last_published_at', '>=', new Date(around.getTime() - windowMs).toISOString())
    .where('first_published_at', '<=', new Date(around.getTime() + windowMs).toISOString())
    .orderBy('first_published_at')
    .orderBy('id');
  if (!cache) return (await inWindow.select(['id', 'data']).execute()).map(parseIncident);

  const rows = await inWindow.select(['id', 'updated_at', 'source_count']).execute();
  const versions = new Map(rows.map((r) => [r.id, rowVersion(r.updated_at, r.source_count)]));
  for (const id of cache.keys()) if (!versions.has(id)) cache.delete(id);
  const stale = rows.filter((r) => cache.get(r.id)?.version !== versions.get(r.id)).map((r) => r.id);
  for (let i = 0; i < stale.length; i += FETCH_CHUNK) {
    const fetched = await db
      .selectFrom('incidents')
      .select(['id', 'data'])
      .where('id', 'in', stale.slice(i, i + FETCH_CHUNK))
      .execute();
    for (const row of fetched) cache.set(row.id, { version: versions.get(row.id)!, incident: parseIncident(row) });
  }
  // A row deleted between the two reads (retention) is no longer a candidate.
  return rows.flatMap((r) => cache.get(r.id)?.incident ?? []);
}

export async function getIncident(db: Db, id: string): Promise<Incident | null> {
  const row = await db.selectFrom('incidents').select(['id', 'data']).where('id', '=', id).executeTakeFirst();
  return row ? parseIncident(row) : null;
}

/**
 * Inserts or replaces an incident. `now` is when it was written (created_at keeps the first write).
 * With a cache, the incident as stored goes into it with its new row version.
 */
export async function saveIncident(db: Db, incident: Incident, now: Date = new Date(), cache?: IncidentCache): Promise<void> {
  const at = now.toISOString();
  const data = JSON.stringify(IncidentSchema.parse(incident));
  const columns = {
    updated_at: at,
    first_published_at: incident.firstPublished,
    last_published_at: incident.lastPublished,
    title: incident.title,
    severity: incident.severity,
    source_count: incident.sources.length,
    data,
  };
  await db
    .insertInto('incidents')
    .values({ id: incident.id, created_at: at, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
  // What a fresh read would give: the schema's output round-tripped through JSON.
  cache?.set(incident.id, { version: rowVersion(at, columns.source_count), incident: JSON.parse(data) as Incident });
}

export interface IncidentLookup {
  /** Only incidents with a report published at or after this time. */
  since: Date;
  /** Near a point, or at a gazetteer place id. */
  place?: { lat: number; lon: number; km: number } | string;
  country?: string;
  actorId?: string;
  attackType?: AttackType;
  limit: number;
  offset?: number;
}

function matchesLookup(incident: Incident, q: IncidentLookup): boolean {
  if (q.country && !incident.countries.includes(q.country)) return false;
  if (q.actorId && !incident.actors.some((a) => a.id === q.actorId)) return false;
  if (q.attackType && !incident.attackTypes.includes(q.attackType)) return false;
  const place = q.place;
  if (typeof place === 'string') return incident.places.some((p) => p.id === place);
  if (place) return incident.places.some((p) => p.kind !== 'country' && distanceKm(p, place) <= place.km);
  return true;
}

const LOOKUP_BATCH = 200;

/**
 * Incidents for the `/lookup` command, newest report first, with their sources. The time bound is
 * applied in SQL; the other filters look inside the incident's JSON, so rows are read in batches
 * until a page is full (retention keeps the table small enough for this).
 */
export async function incidentsForLookup(db: Db, q: IncidentLookup): Promise<Incident[]> {
  const offset = q.offset ?? 0;
  if (q.limit <= 0) return [];
  const found: Incident[] = [];
  let skipped = 0;
  for (let page = 0; ; page++) {
    const rows = await db
      .selectFrom('incidents')
      .select(['id', 'data'])
      .where('last_published_at', '>=', q.since.toISOString())
      .orderBy('last_published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(LOOKUP_BATCH)
      .offset(page * LOOKUP_BATCH)
      .execute();
    for (const row of rows) {
      const incident = parseIncident(row);
      if (!matchesLookup(incident, q)) continue;
      if (skipped < offset) skipped++;
      else found.push(incident);
      if (found.length === q.limit) return found;
    }
    if (rows.length < LOOKUP_BATCH) return found;
  }
}

/** Arbitrary key of the PostgreSQL advisory lock that serialises incident writes. */
const INCIDENT_LOCK_KEY = 0x5172_1c1d;

/**
 * Reading the candidates, then writing the merged incident, must not interleave with another
 * report's: two reports of one attack recorded at once would start two incidents, or one would
 * overwrite the other's sources. PostgreSQL runs transactions side by side, so they take a
 * transaction-scoped advisory lock; SQLite already runs one write transaction at a time.
 */
export async function serializeIncidentWrites(tx: Db): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${sql.lit(INCIDENT_LOCK_KEY)})`.execute(tx);
  }
}

/** Links a stored document to the incident it was filed into. */
export async function linkDocumentToIncident(db: Db, documentId: string, incidentId: string): Promise<void> {
  await db.updateTable('documents').set({ incident_id: incidentId }).where('id', '=', documentId).execute();
}
