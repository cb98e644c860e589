import { plural } from '../plural.js';
import type { Db } from '../store/database.js';
import { listFeedStates } from '../store/feeds.js';
import type { FeedHealth } from './context.js';
import { neutralise } from './embeds.js';

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
  // Errors quote what a feed sent (titles of HTML pages, XML snippets): untrusted.
  if (h.disabledReason) return `• ${label}: ⛔ disabled (${neutralise(h.disabledReason, 300)})`;
  const err = h.lastError ? ` ⚠️ last error: ${neutralise(h.lastError, 300)}` : '';
  return `• ${label}: polled ${relativeTime(h.lastPollAt)}, ${plural(h.itemsSeen, 'item')} seen${err}`;
}
