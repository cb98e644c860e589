import { ExtractionSchema } from '../extract/analysis.js';
import type { Db } from '../store/database.js';
import type { StoredDocument } from './context.js';

/** Documents reporting attacks published since `since`, newest first (at most `limit`). */
export async function recentAttackDocuments(db: Db, since: Date, limit = 5000): Promise<StoredDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('published_at', '>=', since.toISOString())
    .where('is_attack', '=', 1)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  const docs: StoredDocument[] = [];
  for (const r of rows) {
    const parsed = ExtractionSchema.safeParse(JSON.parse(r.analysis));
    // A row written by an older extraction format is skipped rather than failing the whole command.
    if (!parsed.success) continue;
    docs.push({
      id: r.id,
      feedId: r.feed_id,
      title: r.title,
      content: r.content,
      link: r.link,
      published: r.published_at,
      incidentId: r.incident_id,
      extraction: parsed.data,
    });
  }
  return docs;
}
