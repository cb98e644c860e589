import { loadEnv } from '../config/env.js';
import { configPath, loadConfig } from '../config/load.js';
import { configuredFeeds } from '../feeds/source.js';
import { plural } from '../plural.js';
import { openDatabase } from '../store/database.js';
import { listFeedStates } from '../store/feeds.js';
import { allGuildFeeds } from '../store/guild-feeds.js';
import { pendingCount } from '../store/outbox.js';
import type { CommonOptions } from './common.js';
import { clockTime, relativeTime } from './text.js';

/** Each configured and server-added feed with its last poll, status, error and schedule. */
export async function statusCommand(o: CommonOptions): Promise<number> {
  const env = loadEnv();
  const loaded = loadConfig(configPath(o.config, env.SITREP_CONFIG));
  const database = await openDatabase(env.SITREP_DB, { mustExist: true });
  try {
    const states = new Map((await listFeedStates(database.db)).map((s) => [s.feed_id, s]));
    const guildFeeds = await allGuildFeeds(database.db);
    const feeds = [
      ...configuredFeeds(loaded).map((f) => ({ id: f.id, url: f.url, source: 'config' })),
      ...guildFeeds.map((f) => ({ id: f.feedId, url: f.url, source: `discord server ${f.guildId}` })),
    ];
    const rows = feeds.map((f) => {
      const s = states.get(f.id);
      return {
        id: f.id,
        url: f.url,
        source: f.source,
        lastPoll: s?.last_poll_at ?? null,
        lastStatus: s?.last_status ?? null,
        lastError: s?.last_error ?? null,
        consecutiveFailures: s?.consecutive_failures ?? 0,
        nextPoll: s?.next_poll_at ?? null,
        itemsSeen: s?.items_seen ?? 0,
        disabled: s?.disabled_reason ?? null,
      };
    });
    const pending = await pendingCount(database.db);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ feeds: rows, pendingDeliveries: pending })}\n`);
      return 0;
    }
    const now = new Date();
    // "3 min ago (10:52 UTC)"; a time already passed for the next poll means it is due now.
    const at = (iso: string) => `${relativeTime(new Date(iso), now)} (${clockTime(new Date(iso), now)})`;
    const out: string[] = [];
    for (const r of rows) {
      out.push(`${r.id}  ${r.url}  (${r.source})`);
      const next = r.disabled ? 'never (disabled)' : r.nextPoll && Date.parse(r.nextPoll) > now.getTime() ? at(r.nextPoll) : 'now';
      out.push(
        `  last poll: ${r.lastPoll ? at(r.lastPoll) : 'never'}${r.lastStatus ? `, HTTP ${r.lastStatus}` : ''}   next: ${next}   ${plural(r.itemsSeen, 'item')} seen`,
      );
      if (r.lastError) out.push(`  last error: ${r.lastError}${r.consecutiveFailures ? ` (${plural(r.consecutiveFailures, 'failure')} in a row)` : ''}`);
      if (r.disabled) out.push(`  DISABLED: ${r.disabled}`);
    }
    out.push(`${plural(pending, 'delivery', 'deliveries')} pending`);
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
