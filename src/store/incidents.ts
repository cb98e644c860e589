import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import { distanceKm } from '../extract/gazetteer/distance.js';
import { type Fingerprint, type Incident, SPAN_WINDOWS } from '../incidents/incident.js';
import { incidentKeys } from '../incidents/keys.js';
import type { AttackType } from '../vocabulary.js';
import type { Db } from './database.js';
import { fingerprintFromRow, fingerprintRow, insertKeyRows, parseStoredIncident } from './incident-rows.js';
import { inStatementChunks, insertRows } from './insert-rows.js';
import type { IncidentFingerprintTable } from './tables.js';

/** A parsed incident as a cache keeps it, with the version of the row it was read from. */
export interface CachedIncident {
  version: string;
  incident: Incident;
}

/**
 * Bytes a cache holds at most, by `cachedBytes`' estimate. It has to cover the incidents that are
 * candidates of the reports coming in: below that, most candidates are read and parsed again
 * (docs/incidents-performance.md). The poll benchmark's first cycle of 1,000 feeds forms 3,271
 * incidents, every one a candidate as all its news is recent: 34 MB by the estimate.
 */
export const MAX_CACHED_BYTES = 40 * 1024 * 1024;

/**
 * What `cachedBytes` counts per character of an incident's stored JSON and per kept fingerprint
 * beside its words. With these, the estimate of the benchmark's cached incidents came within 10 %
 * of what a heap snapshot found reachable from the cache.
 */
const BYTES_PER_JSON_CHAR = 2;
const BYTES_PER_FINGERPRINT = 400;

/**
 * An estimate of the heap a parsed incident takes: the objects and strings parsed from its stored
 * JSON, by the JSON's length, and its kept fingerprints (words, link, the arrays around them).
 */
function cachedBytes(incident: Incident, dataLength: number): number {
  let bytes = BYTES_PER_JSON_CHAR * dataLength;
  for (const f of incident.fingerprints) bytes += BYTES_PER_FINGERPRINT + 4 * f.hashes.length + 2 * (f.link?.length ?? 0);
  return bytes;
}

/**
 * Parsed incidents kept between reports by one process (see pipeline/incidents.ts), each with the
 * version of the row it was read from: `updated_at` and `source_count`, which every save changes.
 * Another process's save changes the version, so a cached incident is used only while its row is
 * unchanged. Bounded by the bytes its incidents take (estimated, `cachedBytes`), not by their
 * number: a busy incident, with 50 fingerprints and many sources, takes ten times or more a new one's.
 * Least recently used entries go first.
 */
export class IncidentCache {
  private readonly entries = new Map<string, CachedIncident & { bytes: number }>();
  private held = 0;

  constructor(private readonly maxBytes = MAX_CACHED_BYTES) {}

  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.held;
  }

  /** The entry of this id, now the most recently used. */
  get(id: string): CachedIncident | undefined {
    const entry = this.entries.get(id);
    if (entry) {
      this.entries.delete(id);
      this.entries.set(id, entry);
    }
    return entry;
  }

  /** Keeps `incident`, read or written as row version `version`; its stored JSON is `dataLength` long. */
  put(id: string, version: string, incident: Incident, dataLength: number): void {
    this.drop(id);
    const bytes = cachedBytes(incident, dataLength);
    this.entries.set(id, { version, incident, bytes });
    this.held += bytes;
    // The entry just put stays even when it alone is over the bound: it is about to be used.
    for (const oldest of this.entries.keys()) {
      if (this.held <= this.maxBytes || oldest === id) break;
      this.drop(oldest);
    }
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.held -= entry.bytes;
  }
}

const rowVersion = (updatedAt: string, sourceCount: number) => `${updatedAt}|${sourceCount}`;

/** Incidents per read: their ids are bound twice, well under SQLite's and PostgreSQL's bound-parameter limits. */
const FETCH_CHUNK = 400;

/** A row of either table: an incident's (with `data`) or one of its fingerprints' (`data` null). */
type ReadRow = { id: string; data: string | null } & Omit<IncidentFingerprintTable, 'incident_id'>;

/**
 * The incidents of these ids that exist, by id, with their fingerprints. One statement per chunk
 * (on PostgreSQL, one round trip): the `incidents` rows and the fingerprint rows, told apart by
 * `data`; fingerprints in order of addition (sorted here: in SQL the sort would copy every
 * incident's JSON too).
 */
export async function incidentsById(db: Db, ids: readonly string[]): Promise<Map<string, Incident>> {
  return new Map([...(await readIncidents(db, ids))].map(([id, read]) => [id, read.incident]));
}

/** `incidentsById`, with the length of each incident's stored JSON (what the cache's bound estimates from). */
async function readIncidents(db: Db, ids: readonly string[]): Promise<Map<string, { incident: Incident; dataLength: number }>> {
  const found = new Map<string, { incident: Incident; dataLength: number }>();
  for (let i = 0; i < ids.length; i += FETCH_CHUNK) {
    const chunk = sql.join(ids.slice(i, i + FETCH_CHUNK));
    // As SQL, not built with Kysely: once the cache is full, most reports have candidates to read again.
    const { rows } = await sql<ReadRow>`select "id", "data", cast(null as text) as "document_id", cast(null as text) as "link",
        cast(null as text) as "title", cast(null as text) as "body", cast(null as text) as "vocabulary", cast(null as integer) as "seq"
      from "incidents" where "id" in (${chunk})
      union all select "incident_id", null, "document_id", "link", "title", "body", "vocabulary", "seq"
      from "incident_fingerprints" where "incident_id" in (${chunk})`.execute(db);
    const fingerprints = new Map<string, ReadRow[]>();
    for (const row of rows) {
      if (row.data !== null) continue;
      const list = fingerprints.get(row.id);
      if (list) list.push(row);
      else fingerprints.set(row.id, [row]);
    }
    for (const row of rows) {
      if (row.data === null) continue;
      const kept = (fingerprints.get(row.id) ?? []).sort((a, b) => a.seq - b.seq).map((f) => fingerprintFromRow({ ...f, incident_id: row.id }));
      found.set(row.id, { incident: parseStoredIncident({ id: row.id, data: row.data }, kept), dataLength: row.data.length });
    }
  }
  return found;
}

export interface CandidateQuery {
  /** Only incidents filed under one of these keys (incidents/keys.ts); all of them when absent. */
  keys?: readonly string[];
  /** The most recent this many (latest report first) instead of all, earliest first. */
  limit?: number;
  /** The incident writes the transaction holds (`IncidentWrites`): found as they are now, over the stored versions. */
  held?: IncidentWrites;
}

/**
 * The ids and row versions of the incidents with reports between `from` and `to` (filed under one
 * of `keys` and first published since `since`, when keys are given): earliest first, or the
 * `limit` latest. As SQL, not built with Kysely: it runs for every attack report (and again for a
 * new incident's neighbours), and building and compiling it took several times what SQLite takes
 * to run it. SQLite answers it from indexes alone (migration 0015_incident_versions).
 */
export function candidateVersions(q: { from: string; to: string; since: string; keys?: readonly string[] | undefined; limit?: number | undefined }) {
  const filed = q.keys
    ? sql`and "id" in (select "incident_id" from "incident_keys" where "key" in (${sql.join(q.keys)})
        and "first_published_at" >= ${q.since} and "first_published_at" <= ${q.to})`
    : sql``;
  const order = q.limit === undefined ? sql`order by "first_published_at", "id"` : sql`order by "last_published_at" desc, "id" limit ${q.limit}`;
  return sql<{ id: string; updated_at: string; source_count: number }>`select "id", "updated_at", "source_count" from "incidents"
    where "last_published_at" >= ${q.from} and "first_published_at" <= ${q.to} ${filed} ${order}`;
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
  // A report joins only within SPAN_WINDOWS windows of an incident's first report (assign.ts).
  const since = new Date(around.getTime() - SPAN_WINDOWS * windowMs).toISOString();
  const held = query.held?.size ? query.held : undefined;
  // Held incidents the store ranks among the first may rank lower as they are now: as many more rows make up for them.
  const limit = query.limit === undefined ? undefined : query.limit + (held?.size ?? 0);
  const { rows } = await candidateVersions({ from, to, since, keys: query.keys, limit }).execute(db);
  const stored = held ? rows.filter((r) => held.get(r.id) === undefined) : rows;
  const versions = new Map(stored.map((r) => [r.id, rowVersion(r.updated_at, r.source_count)]));
  const found = new Map<string, Incident>();
  for (const r of stored) {
    const hit = cache?.get(r.id);
    if (hit && hit.version === versions.get(r.id)) found.set(r.id, hit.incident);
  }
  const fetched = await readIncidents(
    db,
    stored.filter((r) => !found.has(r.id)).map((r) => r.id),
  );
  for (const [id, { incident, dataLength }] of fetched) {
    cache?.put(id, versions.get(id)!, incident, dataLength);
    found.set(id, incident);
  }
  // A row deleted between the two reads (retention) is no longer a candidate.
  const candidates = stored.flatMap((r) => found.get(r.id) ?? []);
  if (!held) return candidates;
  return held.withHeld(candidates, new Set(rows.map((r) => r.id)), { from, to, since, keys: query.keys, limit: query.limit });
}

export async function getIncident(db: Db, id: string): Promise<Incident | null> {
  return (await incidentsById(db, [id])).get(id) ?? null;
}

/**
 * What saving `incident` adds to and drops from the fingerprint rows of `previous` (the incident as
 * read): a merge appends the new report's fingerprint and may drop one in the middle
 * (merge.ts boundFingerprints). Null when the list is not `previous`'s kept ones followed by new
 * ones: then every row is written again.
 */
function fingerprintChanges(incident: Incident, previous: Incident): { added: Fingerprint[]; dropped: string[] } | null {
  const now = new Set(incident.fingerprints.map((f) => f.documentId));
  const kept = previous.fingerprints.filter((f) => now.has(f.documentId));
  if (kept.some((f, i) => incident.fingerprints[i]?.documentId !== f.documentId)) return null;
  return { added: incident.fingerprints.slice(kept.length), dropped: previous.fingerprints.filter((f) => !now.has(f.documentId)).map((f) => f.documentId) };
}

/**
 * What `saveIncident` knows of the incident as stored: the incident as read (`Incident`), nothing
 * (`null`: it may have rows, which are written again whole), or that none of it is stored yet
 * (`'new'`: an incident a report just started).
 */
export type StoredBefore = Incident | 'new' | null;

const isStored = (before: StoredBefore): before is Incident => before !== null && before !== 'new';

/** The fingerprint rows that bring an incident's from `before`'s to `incident`'s, added to `into`. */
function fingerprintWrites(
  incident: Incident,
  before: StoredBefore,
  into: { rows: IncidentFingerprintTable[]; appended: RawBuilder<unknown>[]; deletes: RawBuilder<unknown>[] },
): void {
  const id = incident.id;
  const changes = isStored(before) && fingerprintChanges(incident, before);
  if (!changes) {
    into.rows.push(...incident.fingerprints.map((f, seq) => fingerprintRow(id, seq, f)));
    // A new incident has no rows beyond its own to delete: one statement less per incident started.
    if (before !== 'new') into.deletes.push(sql`delete from "incident_fingerprints" where "incident_id" = ${id} and "seq" >= ${incident.fingerprints.length}`);
    return;
  }
  // Numbered after the incident's last row, as stored (on PostgreSQL, before the statement's other writes).
  changes.added.forEach((f, i) => {
    const r = fingerprintRow(id, 0, f);
    const seq = sql`(select coalesce(max("seq"), -1) + ${i + 1} from "incident_fingerprints" where "incident_id" = ${id})`;
    into.appended.push(sql`(${id}, ${seq}, ${r.document_id}, ${r.link}, ${r.title}, ${r.body}, ${r.vocabulary})`);
  });
  if (changes.dropped.length) {
    into.deletes.push(sql`delete from "incident_fingerprints" where "incident_id" = ${id} and "document_id" in (${sql.join(changes.dropped)})`);
  }
}

/** `update "table" set "column" = case "by" when … then … end where "by" in (…)`: one value per row, in one statement per chunk. */
function updateByCase(
  table: 'documents' | 'incident_keys',
  column: string,
  by: string,
  values: ReadonlyArray<readonly [string, string]>,
): RawBuilder<unknown>[] {
  return inStatementChunks(values).map((chunk) => {
    const cases = sql.join(
      chunk.map(([k, v]) => sql`when ${k} then ${v}`),
      sql` `,
    );
    return sql`update ${sql.table(table)} set ${sql.ref(column)} = case ${sql.ref(by)} ${cases} end where ${sql.ref(by)} in (${sql.join(chunk.map(([k]) => k))})`;
  });
}

/** What a transaction saved of one incident, held by `IncidentWrites` until it writes. */
interface HeldIncident {
  incident: Incident;
  /** The incident as stored before the transaction's first save of it. */
  before: StoredBefore;
  /** The keys of every version saved here: its key rows once written, with `before`'s. */
  saved: Set<string>;
  /** `saved` and `before`'s keys: what a candidate query finds it by. */
  filed: Set<string>;
  /** A save moved its first publication time (from a version known): every key row of it gets the final one. */
  movedFirst: boolean;
  createdAt: string;
  updatedAt: string;
}

const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The candidates' order in SQL (`recentIncidents`), with ids compared byte by byte as SQLite and a C-collated PostgreSQL do. */
const earliestFirst = (a: Incident, b: Incident) => byBytes(a.firstPublished, b.firstPublished) || byBytes(a.id, b.id);
const latestFirst = (a: Incident, b: Incident) => byBytes(b.lastPublished, a.lastPublished) || byBytes(a.id, b.id);

/** Two lists sorted by `order` as one; `a`'s own order is kept as given. */
function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && order(b[j]!, x) < 0) out.push(b[j++]!);
    out.push(x);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** What a candidate query asked for, as `IncidentWrites.withHeld` applies it to the incidents it holds. */
interface HeldQuery {
  from: string;
  to: string;
  /** With keys: the earliest first publication time of an incident found by them. */
  since: string;
  keys?: readonly string[];
  limit?: number;
}

/**
 * The incident writes of one transaction, held until it ends and then written together: the
 * incidents (each once, however many of the transaction's reports it took in), their fingerprint
 * rows, look-up keys and documents' links, in a few multi-row statements instead of four or five
 * per attack report. The transaction's own reads see them: candidate queries (`recentIncidents`)
 * take the held version of an incident over the stored one, and find the incidents held by the
 * same keys and times as the store would once they are written. Nothing is written outside the
 * transaction, so a crash or a rollback loses them with the rest of it; the caller writes them
 * before it commits (and before rows that name the incidents).
 */
export class IncidentWrites {
  private readonly held = new Map<string, HeldIncident>();
  /** Document id → the incident it is filed into. */
  private readonly links = new Map<string, string>();
  private cache: IncidentCache | undefined;

  get size(): number {
    return this.held.size;
  }

  /** The incident as saved here, if it was. */
  get(id: string): Incident | undefined {
    return this.held.get(id)?.incident;
  }

  /** Whether the incident was started in this transaction: nothing of it is stored before it commits. */
  startedHere(id: string): boolean {
    return this.held.get(id)?.before === 'new';
  }

  /**
   * Holds `incident` as saved at `now` (see `saveIncident` for `previous`); a later save of the same
   * incident replaces it. With `documentId`, that stored document is linked to it.
   */
  save(incident: Incident, now: Date, cache: IncidentCache | undefined, previous: StoredBefore, documentId?: string): void {
    const at = now.toISOString();
    const held = this.held.get(incident.id);
    const prior = held ? held.incident : previous;
    const moved = isStored(prior) && prior.firstPublished !== incident.firstPublished;
    const keys = incidentKeys(incident);
    if (held) {
      held.incident = incident;
      held.updatedAt = at;
      held.movedFirst ||= moved;
      for (const k of keys) {
        held.saved.add(k);
        held.filed.add(k);
      }
    } else {
      const saved = new Set(keys);
      const filed = new Set([...(isStored(previous) ? incidentKeys(previous) : []), ...keys]);
      this.held.set(incident.id, { incident, before: previous, saved, filed, movedFirst: moved, createdAt: at, updatedAt: at });
    }
    if (documentId !== undefined) this.links.set(documentId, incident.id);
    if (cache) this.cache = cache;
  }

  /** Links a stored document to an incident (one it was filed into without changing it). */
  link(documentId: string, incidentId: string): void {
    this.links.set(documentId, incidentId);
  }

  /**
   * A candidate query's answer: `stored` (what the store gave, in its order, without the incidents
   * held here) with the held incidents it finds as they are now. `inStore` are the ids the store
   * found, held ones included: a held incident the store found has a key row among the keys asked
   * for, though its times there may be those before this transaction's saves.
   */
  withHeld(stored: readonly Incident[], inStore: ReadonlySet<string>, q: HeldQuery): Incident[] {
    const finds = (h: HeldIncident) => {
      const i = h.incident;
      if (i.lastPublished < q.from || i.firstPublished > q.to) return false;
      return !q.keys || (i.firstPublished >= q.since && (inStore.has(i.id) || q.keys.some((k) => h.filed.has(k))));
    };
    const order = q.limit === undefined ? earliestFirst : latestFirst;
    const found = [...this.held.values()].flatMap((h) => (finds(h) ? [h.incident] : [])).sort(order);
    const all = found.length ? mergeSorted(stored, found, order) : [...stored];
    return q.limit === undefined ? all : all.slice(0, q.limit);
  }

  /** Writes what is held (on PostgreSQL in one to three statements), and puts the incidents in the cache with their new row versions. */
  async write(db: Db): Promise<void> {
    const held = [...this.held.values()];
    // Not validated again here: incidents come from merge.ts, typed by the schema. Every read validates
    // (parseStoredIncident).
    const data = new Map(held.map((h) => [h.incident.id, JSON.stringify({ ...h.incident, fingerprints: undefined })]));
    const writes: RawBuilder<unknown>[] = [];
    for (const chunk of inStatementChunks(held)) {
      const rows = chunk.map(({ incident: i, createdAt, updatedAt }) => {
        return sql`(${i.id}, ${createdAt}, ${updatedAt}, ${i.firstPublished}, ${i.lastPublished}, ${i.title}, ${i.severity}, ${i.sources.length}, ${data.get(i.id)!})`;
      });
      writes.push(sql`insert into "incidents" ("id", "created_at", "updated_at", "first_published_at", "last_published_at", "title", "severity", "source_count", "data")
        values ${sql.join(rows)}
        on conflict ("id") do update set "updated_at" = excluded."updated_at", "first_published_at" = excluded."first_published_at",
          "last_published_at" = excluded."last_published_at", "title" = excluded."title", "severity" = excluded."severity",
          "source_count" = excluded."source_count", "data" = excluded."data"`);
    }
    const fingerprints = { rows: [] as IncidentFingerprintTable[], appended: [] as RawBuilder<unknown>[], deletes: [] as RawBuilder<unknown>[] };
    for (const h of held) fingerprintWrites(h.incident, h.before, fingerprints);
    for (const chunk of inStatementChunks(fingerprints.rows)) {
      writes.push(sql`${insertRows('incident_fingerprints', chunk)} on conflict ("incident_id", "seq") do update set "document_id" = excluded."document_id",
        "link" = excluded."link", "title" = excluded."title", "body" = excluded."body", "vocabulary" = excluded."vocabulary"`);
    }
    for (const chunk of inStatementChunks(fingerprints.appended)) {
      writes.push(
        sql`insert into "incident_fingerprints" ("incident_id", "seq", "document_id", "link", "title", "body", "vocabulary") values ${sql.join(chunk)}`,
      );
    }
    writes.push(...fingerprints.deletes, ...updateByCase('documents', 'incident_id', 'id', [...this.links]));
    if (writes.length && isPostgres(db)) {
      // Data-modifying WITHs run once each, whether or not the statement reads them, on the snapshot
      // the statement started with (SQLite has none). No two of these write the same row.
      const ctes = writes.slice(0, -1).map((w, i) => sql`${sql.raw(`"w${i}"`)} as (${w})`);
      await (ctes.length ? sql`with ${sql.join(ctes)} ${writes.at(-1)!}` : writes[0]!).execute(db);
    } else {
      for (const w of writes) await w.execute(db);
    }
    await this.writeKeys(db, held);
    for (const { incident, updatedAt } of held)
      this.cache?.put(incident.id, rowVersion(updatedAt, incident.sources.length), incident, data.get(incident.id)!.length);
    this.held.clear();
    this.links.clear();
  }

  /**
   * Files the held incidents under their keys: the keys their saves had that their stored versions
   * lacked (keys only ever get added: a merge adds scenes and links), and every key row's first
   * publication time where a save moved it. Apart from the other writes: on PostgreSQL a key row
   * may be both updated and inserted again, which one statement cannot do to one row.
   */
  private async writeKeys(db: Db, held: readonly HeldIncident[]): Promise<void> {
    const moved = held.filter((h) => h.movedFirst).map((h) => [h.incident.id, h.incident.firstPublished] as const);
    for (const w of updateByCase('incident_keys', 'first_published_at', 'incident_id', moved)) await w.execute(db);
    const rows = held.flatMap(({ incident, before, saved }) => {
      const known = new Set(isStored(before) ? incidentKeys(before) : []);
      return [...saved].filter((key) => !known.has(key)).map((key) => ({ key, incident_id: incident.id, first_published_at: incident.firstPublished }));
    });
    await insertKeyRows(db, rows);
  }
}

/**
 * Inserts or replaces an incident and files it under its look-up keys (only those `previous`, the
 * incident as it was read, lacked). `now` is when it was written (created_at keeps the first write).
 * Its fingerprints are rows of their own: given `previous`, only the new ones are written and those
 * it no longer keeps deleted (`'new'`: all written, none looked for to delete). With a cache, the incident as stored goes into it with its new row
 * version. With `documentId`, that stored document is linked to it too. On PostgreSQL these writes
 * are two statements (round trips), three when its first publication time moved. A transaction
 * that saves several holds them in `IncidentWrites` and writes them together.
 */
export async function saveIncident(
  db: Db,
  incident: Incident,
  now: Date = new Date(),
  cache?: IncidentCache,
  previous: StoredBefore = null,
  documentId?: string,
): Promise<void> {
  const writes = new IncidentWrites();
  writes.save(incident, now, cache, previous, documentId);
  await writes.write(db);
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
      // The filters need no fingerprints: those of the incidents found are read at the end.
      const incident = parseStoredIncident(row, []);
      if (!matchesLookup(incident, q)) continue;
      if (skipped < offset) skipped++;
      else found.push(incident);
      if (found.length === q.limit) break;
    }
    if (found.length === q.limit || rows.length < LOOKUP_BATCH) break;
  }
  const read = await incidentsById(
    db,
    found.map((i) => i.id),
  );
  return found.flatMap((i) => read.get(i.id) ?? []);
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
 * The incident a report joins, as stored now (or as `held` by the transaction): on PostgreSQL it is locked for the rest of the
 * transaction and read again, as another process may have merged a report into it meanwhile (one
 * that reached it by its link, from other cells). On SQLite the candidate read is current.
 */
export async function lockIncident(tx: Db, candidate: Incident, cache?: IncidentCache, held?: IncidentWrites): Promise<Incident> {
  // Saved in this transaction: locked (or started) by it already, and what it holds is current.
  if (!isPostgres(tx) || held?.get(candidate.id) === candidate) return candidate;
  await lockKeys(tx, [{ key: `i:${candidate.id}`, exclusive: true }]);
  // The candidate as cached is current while its row's version is the one it was read with.
  const cached = cache?.get(candidate.id);
  if (cached?.incident === candidate) {
    const { rows } = await sql<{
      updated_at: string;
      source_count: number;
    }>`select "updated_at", "source_count" from "incidents" where "id" = ${candidate.id}`.execute(tx);
    if (rows[0] && rowVersion(rows[0].updated_at, rows[0].source_count) === cached.version) return candidate;
  }
  return (await getIncident(tx, candidate.id)) ?? candidate;
}
