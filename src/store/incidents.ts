import { PostgresAdapter, sql } from 'kysely';
import { distanceKm } from '../extract/gazetteer/distance.js';
import { type Incident, SPAN_WINDOWS } from '../incidents/incident.js';
import type { AttackType } from '../vocabulary.js';
import type { Db } from './database.js';
import { insertIncidentKeys, parseIncident } from './incident-rows.js';

export { parseIncident };

/**
 * Parsed incidents kept between reports by one process (see pipeline/incidents.ts), each with the
 * version of the row it was read from: `updated_at` and `source_count`, which every save changes.
 * Another process's save changes the version, so a cached incident is used only while its row is
 * unchanged. Least recently used entries go first once it holds `MAX_CACHED_INCIDENTS`.
 */
export type IncidentCache = Map<string, { version: string; incident: Incident }>;

/** Incidents a cache keeps: the candidates of the reports of the last hours, not every incident of the window. */
export const MAX_CACHED_INCIDENTS = 2_000;

function cachePut(cache: IncidentCache, id: string, entry: { version: string; incident: Incident }): void {
  cache.delete(id);
  cache.set(id, entry);
  if (cache.size > MAX_CACHED_INCIDENTS) cache.delete(cache.keys().next().value!);
}

const rowVersion = (updatedAt: string, sourceCount: number) => `${updatedAt}|${sourceCount}`;

/** Rows per `where id in (...)`: well under SQLite's and PostgreSQL's bound-parameter limits. */
const FETCH_CHUNK = 500;

export interface CandidateQuery {
  /** Only incidents filed under one of these keys (incidents/keys.ts); all of them when absent. */
  keys?: readonly string[];
  /** The most recent this many (latest report first) instead of all, earliest first. */
  limit?: number;
}

/**
 * Incidents whose reports come within `windowMs` of `around`: the candidates a new report may join,
 * earliest first. With keys, only those filed under one of them, found through the index of
 * `incident_keys`. With a cache, only rows changed since they were cached are read and parsed.
 */
export async function recentIncidents(db: Db, around: Date, windowMs: number, cache?: IncidentCache, query: CandidateQuery = {}): Promise<Incident[]> {
  const from = new Date(around.getTime() - windowMs).toISOString();
  const to = new Date(around.getTime() + windowMs).toISOString();
  if (query.keys?.length === 0) return [];
  // As SQL, not built with Kysely: it runs for every attack report (and again for a new incident's
  // neighbours), and building and compiling it took several times what SQLite takes to run it.
  const filed = query.keys
    ? // A report joins only within SPAN_WINDOWS windows of an incident's first report (assign.ts).
      sql`and "id" in (select "incident_id" from "incident_keys" where "key" in (${sql.join(query.keys)})
        and "first_published_at" >= ${new Date(around.getTime() - SPAN_WINDOWS * windowMs).toISOString()} and "first_published_at" <= ${to})`
    : sql``;
  const order = query.limit === undefined ? sql`order by "first_published_at", "id"` : sql`order by "last_published_at" desc, "id" limit ${query.limit}`;
  const inWindow = <Row>(columns: ReturnType<typeof sql.raw>) =>
    sql<Row>`select ${columns} from "incidents" where "last_published_at" >= ${from} and "first_published_at" <= ${to} ${filed} ${order}`.execute(db);
  if (!cache) return (await inWindow<{ id: string; data: string }>(sql.raw('"id", "data"'))).rows.map(parseIncident);

  const { rows } = await inWindow<{ id: string; updated_at: string; source_count: number }>(sql.raw('"id", "updated_at", "source_count"'));
  const versions = new Map(rows.map((r) => [r.id, rowVersion(r.updated_at, r.source_count)]));
  const stale = rows.filter((r) => cache.get(r.id)?.version !== versions.get(r.id)).map((r) => r.id);
  const found = new Map<string, Incident>();
  for (const r of rows) {
    const hit = cache.get(r.id);
    if (hit && hit.version === versions.get(r.id)) found.set(r.id, hit.incident);
  }
  for (let i = 0; i < stale.length; i += FETCH_CHUNK) {
    // As SQL, not built with Kysely: once the cache is full, most reports have candidates to read again.
    const chunk = sql.join(stale.slice(i, i + FETCH_CHUNK));
    const { rows: fetched } = await sql<{ id: string; data: string }>`select "id", "data" from "incidents" where "id" in (${chunk})`.execute(db);
    for (const row of fetched) {
      const incident = parseIncident(row);
      cachePut(cache, row.id, { version: versions.get(row.id)!, incident });
      found.set(row.id, incident);
    }
  }
  // A row deleted between the two reads (retention) is no longer a candidate.
  return rows.flatMap((r) => found.get(r.id) ?? []);
}

export async function getIncident(db: Db, id: string): Promise<Incident | null> {
  const row = await db.selectFrom('incidents').select(['id', 'data']).where('id', '=', id).executeTakeFirst();
  return row ? parseIncident(row) : null;
}

/**
 * Inserts or replaces an incident and files it under its look-up keys (only those `previous`, the
 * incident as it was read, lacked). `now` is when it was written (created_at keeps the first write).
 * With a cache, the incident as stored goes into it with its new row version. With `documentId`,
 * that stored document is linked to it too: on PostgreSQL in the same statement as the incident
 * (one round trip fewer per report).
 */
export async function saveIncident(
  db: Db,
  incident: Incident,
  now: Date = new Date(),
  cache?: IncidentCache,
  previous: Incident | null = null,
  documentId?: string,
): Promise<void> {
  const at = now.toISOString();
  // Not validated again here: incidents come from merge.ts, typed by the schema, and validating the
  // fingerprints' hundreds of numbers on every save was a tenth of the grouping's time. Every read
  // validates (parseIncident).
  const data = JSON.stringify(incident);
  const sourceCount = incident.sources.length;
  // As SQL, not built with Kysely: once per attack report (as the link and the candidates' read),
  // building and compiling it cost more than SQLite takes to run it.
  const upsert = sql`insert into "incidents" ("id", "created_at", "updated_at", "first_published_at", "last_published_at", "title", "severity", "source_count", "data")
    values (${incident.id}, ${at}, ${at}, ${incident.firstPublished}, ${incident.lastPublished}, ${incident.title}, ${incident.severity}, ${sourceCount}, ${data})
    on conflict ("id") do update set "updated_at" = excluded."updated_at", "first_published_at" = excluded."first_published_at",
      "last_published_at" = excluded."last_published_at", "title" = excluded."title", "severity" = excluded."severity",
      "source_count" = excluded."source_count", "data" = excluded."data"`;
  if (documentId !== undefined && isPostgres(db)) {
    // A data-modifying WITH runs once, whether or not the statement reads it (SQLite has none).
    await sql`with "saved" as (${upsert} returning "id") update "documents" set "incident_id" = ${incident.id} where "id" = ${documentId}`.execute(db);
  } else {
    await upsert.execute(db);
    if (documentId !== undefined) await linkDocumentToIncident(db, documentId, incident.id);
  }
  await insertIncidentKeys(db, incident, previous);
  // What a fresh read would give: the incident round-tripped through JSON.
  if (cache) cachePut(cache, incident.id, { version: rowVersion(at, sourceCount), incident: JSON.parse(data) as Incident });
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

/** First half of the PostgreSQL advisory lock keys of incident writes (the second is a hash of the look-up key). */
const INCIDENT_LOCK_SPACE = 0x5172_1c1d;

/** A look-up key as the second half of an advisory lock key: 32-bit FNV-1a, signed as PostgreSQL's int4. */
function lockHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Takes the transaction-scoped advisory locks of the given keys, exclusive or shared, in one
 * statement in ascending order of lock key: two takers never wait for each other in a cycle.
 */
async function lockKeys(tx: Db, keys: ReadonlyArray<{ key: string; exclusive: boolean }>): Promise<void> {
  const locks = new Map<number, boolean>();
  for (const { key, exclusive } of keys) locks.set(lockHash(key), exclusive || (locks.get(lockHash(key)) ?? false));
  if (locks.size === 0) return;
  const hashes = sql.join([...locks.keys()].map((h) => sql.lit(h)));
  const modes = sql.join([...locks.values()].map((e) => sql.lit(e)));
  const space = sql.lit(INCIDENT_LOCK_SPACE);
  await sql`select count(case when e then pg_advisory_xact_lock(${space}, h) else pg_advisory_xact_lock_shared(${space}, h) end)
    from (select h, e from unnest(array[${hashes}]::int4[], array[${modes}]::bool[]) as t(h, e) order by h) as ordered`.execute(tx);
}

const isPostgres = (tx: Db) => tx.getExecutor().adapter instanceof PostgresAdapter;

/** What a report reads by: its countries, and the keys of its candidates (incidents/keys.ts). */
export interface IncidentLocks {
  countries: readonly string[];
  keys: readonly string[];
  /** A report of no specific place reads its whole countries: it excludes their writers. */
  wholeCountry: boolean;
}

/**
 * Reading a report's candidates, then writing the merged incident, must not interleave with a
 * report that could join the same incidents: two reports of one attack recorded at once would start
 * two incidents, or one would overwrite the other's sources. PostgreSQL runs transactions side by
 * side, so each takes transaction-scoped advisory locks: on its countries (shared for a report of a
 * specific place, which reads by cell; exclusive for one without, which reads the whole country)
 * and on the cells and link it reads by. Two reports that may join one incident always share a
 * lock: the cells within reach of one contain the other's. A transaction that records several
 * reports takes all their locks at once, first. SQLite runs one write transaction at a time: the
 * locks are not even worked out there (`reports` is called only where they are taken).
 */
export async function serializeIncidentWrites(tx: Db, reports: () => readonly IncidentLocks[]): Promise<void> {
  if (!isPostgres(tx)) return;
  await lockKeys(
    tx,
    reports().flatMap((r) => [...r.countries.map((key) => ({ key, exclusive: r.wholeCountry })), ...r.keys.map((key) => ({ key, exclusive: true }))]),
  );
}

/**
 * The incident a report joins, as stored now: on PostgreSQL it is locked for the rest of the
 * transaction and read again, as another process may have merged a report into it meanwhile (one
 * that reached it by its link, from other cells). On SQLite the candidate read is current.
 */
export async function lockIncident(tx: Db, candidate: Incident): Promise<Incident> {
  if (!isPostgres(tx)) return candidate;
  await lockKeys(tx, [{ key: `i:${candidate.id}`, exclusive: true }]);
  return (await getIncident(tx, candidate.id)) ?? candidate;
}

/** Links a stored document to the incident it was filed into. */
export async function linkDocumentToIncident(db: Db, documentId: string, incidentId: string): Promise<void> {
  await sql`update "documents" set "incident_id" = ${incidentId} where "id" = ${documentId}`.execute(db);
}
