import { type Selectable, sql } from 'kysely';
import { type Extraction, ExtractionSchema } from '../extract/analysis.js';
import type { Db } from './database.js';
import { insertRows } from './insert-rows.js';
import type { DocumentTable } from './tables.js';

export interface StoredDocument {
  id: string;
  feedId: string;
  itemKey: string;
  guid: string | null;
  link: string | null;
  title: string;
  content: string;
  published: string;
  firstSeen: string;
  extraction: Extraction;
  incidentId: string | null;
}

/** A stored document from its row; null for a row of an older extraction format. */
export function fromRow(r: Selectable<DocumentTable>): StoredDocument | null {
  const extraction = ExtractionSchema.safeParse(JSON.parse(r.analysis));
  // A row written by an older extraction format is skipped rather than failing the whole read.
  if (!extraction.success) return null;
  return {
    id: r.id,
    feedId: r.feed_id,
    itemKey: r.item_key,
    guid: r.guid,
    link: r.link,
    title: r.title,
    content: r.content,
    published: r.published_at,
    firstSeen: r.first_seen_at,
    extraction: extraction.data,
    incidentId: r.incident_id,
  };
}

/**
 * Records a feed item as seen and stores its document, in the caller's transaction. Returns false
 * when the item was already recorded (another process or an earlier run got there first).
 */
export async function insertDocument(db: Db, doc: Omit<StoredDocument, 'incidentId'>): Promise<boolean> {
  return (await insertDocuments(db, [doc]))[0]!;
}

/** A document to store; `extractionJson`, when given, is its extraction as JSON already (an extraction worker wrote it). */
export type NewDocument = Omit<StoredDocument, 'incidentId'> & { extractionJson?: string | undefined };

/** Rows per insert statement: 12 parameters a document, well under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 100;

/**
 * Records feed items as seen and stores their documents, in the caller's transaction, two
 * statements per hundred documents instead of two per document, written as SQL (`insertRows`):
 * Kysely's query builder made, checked and froze an object per value of every row (12 a document). Says for each document whether
 * it was recorded now: false when its item was already seen (another process, an earlier run, or
 * an earlier document of the same list with the same feed and item key).
 */
export async function insertDocuments(db: Db, docs: readonly NewDocument[]): Promise<boolean[]> {
  const recorded: boolean[] = [];
  for (let start = 0; start < docs.length; start += INSERT_CHUNK) {
    const chunk = docs.slice(start, start + INSERT_CHUNK);
    const seen = (
      await sql<{ feed_id: string; item_key: string }>`${insertRows(
        'seen_items',
        chunk.map((d) => ({ feed_id: d.feedId, item_key: d.itemKey, seen_at: d.firstSeen })),
      )} on conflict ("feed_id", "item_key") do nothing returning "feed_id", "item_key"`.execute(db)
    ).rows;
    const fresh = new Set(seen.map((r) => `${r.feed_id}\n${r.item_key}`));
    // A key inserted once stands for its first document only.
    const isNew = chunk.map((d) => fresh.delete(`${d.feedId}\n${d.itemKey}`));
    const rows = chunk.filter((_, i) => isNew[i]);
    recorded.push(...isNew);
    if (rows.length === 0) continue;
    await sql`${insertRows(
      'documents',
      rows.map((doc) => ({
        id: doc.id,
        feed_id: doc.feedId,
        item_key: doc.itemKey,
        guid: doc.guid,
        link: doc.link,
        title: doc.title,
        content: doc.content,
        published_at: doc.published,
        first_seen_at: doc.firstSeen,
        analysis: doc.extractionJson ?? JSON.stringify(doc.extraction),
        is_attack: doc.extraction.isAttack ? 1 : 0,
        incident_id: null,
      })),
    )} on conflict ("id") do nothing`.execute(db);
  }
  return recorded;
}

/** Documents published since a time, newest first (backtests, lookups); at most `limit` (10,000). */
export async function documentsSince(db: Db, since: Date, opts: { attacksOnly?: boolean; limit?: number } = {}): Promise<StoredDocument[]> {
  let q = db.selectFrom('documents').selectAll().where('published_at', '>=', since.toISOString());
  if (opts.attacksOnly) q = q.where('is_attack', '=', 1);
  const rows = await q
    .orderBy('published_at', 'desc')
    .limit(opts.limit ?? 10_000)
    .execute();
  return rows.flatMap((r) => fromRow(r) ?? []);
}
