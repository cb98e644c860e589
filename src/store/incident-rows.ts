import { type Kysely, sql } from 'kysely';
import { sketchOf, type TextSketches } from '../incidents/fingerprint.js';
import { type Fingerprint, type Incident, IncidentSchema, StoredIncidentSchema } from '../incidents/incident.js';
import { incidentKeys } from '../incidents/keys.js';
import { inStatementChunks, insertRows } from './insert-rows.js';
import type { Database, IncidentFingerprintTable, IncidentKeyTable } from './tables.js';

/**
 * An `incidents` row's data as it was stored before migration 0013, fingerprints included; a row
 * that no longer parses is an error naming it. For the migrations that read such rows.
 */
export function parseIncident(row: { id: string; data: string }): Incident {
  const parsed = IncidentSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new Error(`incident ${row.id}: stored data does not match the incident schema: ${parsed.error.message}`);
  return parsed.data;
}

/** An `incidents` row's data with the incident's fingerprint rows (in order of addition). */
export function parseStoredIncident(row: { id: string; data: string }, fingerprints: Fingerprint[]): Incident {
  const parsed = StoredIncidentSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new Error(`incident ${row.id}: stored data does not match the incident schema: ${parsed.error.message}`);
  return { ...parsed.data, fingerprints };
}

/**
 * A sketch as stored: its hashes as 32-bit little-endian words, in base64. Half the length of its
 * JSON, and decoded in a fifth of the time JSON.parse and the check of every number take (every
 * candidate the cache does not hold is read again, up to 50 × 3 sketches an incident). Every
 * 32-bit word is a whole non-negative number: what the incident schema asks of a sketch.
 */
export function encodeSketch(sketch: ArrayLike<number>): string {
  const bytes = Buffer.allocUnsafe(sketch.length * 4);
  for (let i = 0; i < sketch.length; i++) bytes.writeUInt32LE(sketch[i]!, i * 4);
  return bytes.toString('base64');
}

/** A fingerprint's three stored sketches, decoded into one array (fingerprint.ts `TextSketches`). */
function decodeSketches(row: Pick<IncidentFingerprintTable, 'title' | 'body' | 'vocabulary'>, where: string): TextSketches {
  const bytes = [row.title, row.body, row.vocabulary].map((text) => {
    const decoded = Buffer.from(text, 'base64');
    if (decoded.length % 4 !== 0) throw new Error(`${where}: a stored sketch is not a list of 32-bit words`);
    return decoded;
  }) as [Buffer, Buffer, Buffer];
  const hashes = new Uint32Array((bytes[0].length + bytes[1].length + bytes[2].length) / 4);
  let at = 0;
  for (const part of bytes) for (let i = 0; i < part.length; i += 4) hashes[at++] = part.readUInt32LE(i);
  return { hashes, bodyAt: bytes[0].length / 4, vocabularyAt: (bytes[0].length + bytes[1].length) / 4 };
}

export function fingerprintRow(incidentId: string, seq: number, f: Fingerprint): IncidentFingerprintTable {
  return {
    incident_id: incidentId,
    seq,
    document_id: f.documentId,
    link: f.link,
    title: encodeSketch(sketchOf(f, 'title')),
    body: encodeSketch(sketchOf(f, 'body')),
    vocabulary: encodeSketch(sketchOf(f, 'vocabulary')),
  };
}

export function fingerprintFromRow(row: Omit<IncidentFingerprintTable, 'seq'>): Fingerprint {
  return { documentId: row.document_id, link: row.link, ...decodeSketches(row, `incident ${row.incident_id}, fingerprint of ${row.document_id}`) };
}

/** The rows that file an incident under every one of its look-up keys. */
export function keyRowsOf(incident: Incident): IncidentKeyTable[] {
  return incidentKeys(incident).map((key) => ({ key, incident_id: incident.id, first_published_at: incident.firstPublished }));
}

/**
 * Files incidents under look-up keys (incidents/keys.ts), a statement per ROWS_PER_STATEMENT rows;
 * a key an incident already has gets the row's first publication time. For the held writes of a
 * transaction and for the migration that filed the incidents stored before keys existed.
 */
export async function insertKeyRows(db: Kysely<Database>, rows: readonly IncidentKeyTable[]): Promise<void> {
  for (const chunk of inStatementChunks(rows)) {
    // As SQL (insertRows): once per transaction that recorded attack reports.
    await sql`${insertRows('incident_keys', chunk)} on conflict ("key", "incident_id") do update set "first_published_at" = excluded."first_published_at"`.execute(
      db,
    );
  }
}
