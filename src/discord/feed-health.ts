import type { Db } from '../store/database.js';
import { listFeedStates } from '../store/feeds.js';
import type { FeedHealth } from './context.js';

/** Poll state of feeds (all, or these ids), from the poller's feed_state table. */
export async function feedHealth(db: Db, ids?: readonly string[]): Promise<Map<string, FeedHealth>> {
  const rows = await listFeedStates(db, ids);
  return new Map(
    rows.map((r) => [
      r.feed_id,
      {
        id: r.feed_id,
        name: null,
        url: r.url,
        lastPollAt: r.last_poll_at,
        lastSuccessAt: r.last_success_at,
        lastError: r.last_error,
        itemsSeen: r.items_seen,
        disabledReason: r.disabled_reason,
      },
    ]),
  );
}

export function relativeTime(iso: string | null): string {
  if (!iso) return 'never';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `<t:${Math.floor(t / 1000)}:R>`;
}

/** One line of feed health for /feed list and /status. */
export function feedHealthLine(label: string, h: FeedHealth | undefined): string {
  if (!h) return `• ${label}: not polled yet`;
  if (h.disabledReason) return `• ${label}: ⛔ disabled (${h.disabledReason})`;
  const err = h.lastError ? ` ⚠️ last error: ${h.lastError}` : '';
  return `• ${label}: polled ${relativeTime(h.lastPollAt)}, ${h.itemsSeen} item(s) seen${err}`;
}
