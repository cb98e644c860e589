import type { SinkName } from '../alerts/sink.js';
import type { Casualties } from '../extract/analysis.js';
import type { Db } from './database.js';

/** The last follow-up posted to a target about an incident: the toll it told, and when. */
export interface FollowUp {
  casualties: Casualties;
  postedAt: Date;
}

export async function lastFollowUp(db: Db, incidentId: string, sink: SinkName, target: string): Promise<FollowUp | null> {
  const row = await db
    .selectFrom('incident_follow_ups')
    .select(['killed', 'injured', 'posted_at'])
    .where('incident_id', '=', incidentId)
    .where('sink', '=', sink)
    .where('target', '=', target)
    .executeTakeFirst();
  return row ? { casualties: { killed: row.killed, injured: row.injured }, postedAt: new Date(row.posted_at) } : null;
}

/** Records a follow-up posted now, replacing the incident's earlier one at that target. */
export async function recordFollowUp(
  db: Db,
  f: { incidentId: string; sink: SinkName; target: string; messageId: string | null; casualties: Casualties; postedAt: Date },
): Promise<void> {
  const values = { message_id: f.messageId, killed: f.casualties.killed, injured: f.casualties.injured, posted_at: f.postedAt.toISOString() };
  await db
    .insertInto('incident_follow_ups')
    .values({ incident_id: f.incidentId, sink: f.sink, target: f.target, ...values })
    .onConflict((oc) => oc.columns(['incident_id', 'sink', 'target']).doUpdateSet(values))
    .execute();
}
