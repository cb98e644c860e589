import { PostgresAdapter, sql } from 'kysely';
import { assignIncident } from '../incidents/assign.js';
import { distanceKm } from '../extract/gazetteer/distance.js';
import { IncidentSchema, type GroupingConfig, type Incident, type IncomingReport } from '../incidents/incident.js';
import { isoInstant, mergeReport, type MergeResult } from '../incidents/merge.js';
import type { AttackType } from '../vocabulary.js';
import type { Db } from './database.js';

function parseIncident(row: { id: string; data: string }): Incident {
  const parsed = IncidentSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new Error(`incident ${row.id}: stored data does not match the incident schema: ${parsed.error.message}`);
  return parsed.data;
}

/** Incidents whose reports come within `windowMs` of `around`: the candidates a new report may join. */
export async function recentIncidents(db: Db, around: Date, windowMs: number): Promise<Incident[]> {
  const rows = await db
    .selectFrom('incidents')
    .select(['id', 'data'])
    .where('last_published_at', '>=', new Date(around.getTime() - windowMs).toISOString())
    .where('first_published_at', '<=', new Date(around.getTime() + windowMs).toISOString())
    .orderBy('first_published_at')
    .orderBy('id')
    .execute();
  return rows.map(parseIncident);
}

export async function getIncident(db: Db, id: string): Promise<Incident | null> {
  const row = await db.selectFrom('incidents').select(['id', 'data']).where('id', '=', id).executeTakeFirst();
  return row ? parseIncident(row) : null;
}

/** Inserts or replaces an incident. `now` is when it was written (created_at keeps the first write). */
export async function saveIncident(db: Db, incident: Incident, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  const columns = {
    updated_at: at,
    first_published_at: incident.firstPublished,
    last_published_at: incident.lastPublished,
    title: incident.title,
    severity: incident.severity,
    source_count: incident.sources.length,
    data: JSON.stringify(IncidentSchema.parse(incident)),
  };
  await db
    .insertInto('incidents')
    .values({ id: incident.id, created_at: at, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
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
async function serializeIncidentWrites(tx: Db): Promise<void> {
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${sql.lit(INCIDENT_LOCK_KEY)})`.execute(tx);
  }
}

/**
 * The incident step of the pipeline, for one analysed attack document: finds the incident the
 * report belongs to among recent ones, merges the report into it (or starts a new one), saves it
 * and links the document to it, all in one transaction (the caller's, when `db` is one).
 * Re-recording a report changes nothing.
 */
export async function recordReport(db: Db, report: IncomingReport, cfg: GroupingConfig, now: Date): Promise<MergeResult> {
  const published = isoInstant(report.published, report.documentId);
  const normalised = { ...report, published };
  const record = async (tx: Db) => {
    await serializeIncidentWrites(tx);
    const candidates = await recentIncidents(tx, new Date(published), cfg.windowMs);
    const { incidentId } = assignIncident(normalised, candidates, cfg);
    const current = incidentId ? (candidates.find((c) => c.id === incidentId) ?? null) : null;
    const result = mergeReport(current, normalised, cfg);
    if (result.incident !== current) await saveIncident(tx, result.incident, now);
    await tx.updateTable('documents').set({ incident_id: result.incident.id }).where('id', '=', report.documentId).execute();
    return result;
  };
  return db.isTransaction ? record(db) : db.transaction().execute(record);
}
