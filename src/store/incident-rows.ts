import { type Kysely, sql } from 'kysely';
import { type Incident, IncidentSchema } from '../incidents/incident.js';
import { incidentKeys } from '../incidents/keys.js';
import { insertRows } from './insert-rows.js';
import type { Database } from './tables.js';

/** An `incidents` row's data as an incident; a row that no longer parses is an error naming it. */
export function parseIncident(row: { id: string; data: string }): Incident {
  const parsed = IncidentSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new Error(`incident ${row.id}: stored data does not match the incident schema: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Files an incident under its look-up keys (incidents/keys.ts). Keys only ever get added (a merge
 * adds scenes and links): given the incident as it was, only the new keys are written, and the
 * first publication time of its rows only when an earlier report moved it.
 */
export async function insertIncidentKeys(db: Kysely<Database>, incident: Incident, previous: Incident | null): Promise<void> {
  const first_published_at = incident.firstPublished;
  if (previous && previous.firstPublished !== first_published_at) {
    await sql`update "incident_keys" set "first_published_at" = ${first_published_at} where "incident_id" = ${incident.id}`.execute(db);
  }
  const known = new Set(previous ? incidentKeys(previous) : []);
  const added = incidentKeys(incident).filter((key) => !known.has(key));
  if (added.length === 0) return;
  // As SQL (insertRows): once per attack report.
  const rows = insertRows(
    'incident_keys',
    added.map((key) => ({ key, incident_id: incident.id, first_published_at })),
  );
  await sql`${rows} on conflict ("key", "incident_id") do update set "first_published_at" = excluded."first_published_at"`.execute(db);
}
