import type { Selectable } from 'kysely';
import { type Extraction, ExtractionSchema } from '../extract/analysis.js';
import type { Db } from './database.js';
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
  const seen = await db
    .insertInto('seen_items')
    .values({ feed_id: doc.feedId, item_key: doc.itemKey, seen_at: doc.firstSeen })
    .onConflict((oc) => oc.columns(['feed_id', 'item_key']).doNothing())
    .executeTakeFirst();
  if (Number(seen.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await db
    .insertInto('documents')
    .values({
      id: doc.id,
      feed_id: doc.feedId,
      item_key: doc.itemKey,
      guid: doc.guid,
      link: doc.link,
      title: doc.title,
      content: doc.content,
      published_at: doc.published,
      first_seen_at: doc.firstSeen,
      analysis: JSON.stringify(doc.extraction),
      is_attack: doc.extraction.isAttack ? 1 : 0,
      incident_id: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return true;
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
