import type { FeedItem } from '../feeds/item.js';

/** Feed dates before this are not news dates (RSS itself is from 1999): a zero or garbage date. */
const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);
/** How far ahead of the fetch a date may be (time zones, clocks) before it is called wrong. */
const FUTURE_SLACK_MS = 24 * 3_600_000;

export interface MendedDate {
  key: string;
  /** The date the feed gave. */
  date: string;
  rule: 'before 1990: read as undated' | 'more than a day ahead: clamped to the fetch time';
}

export interface DatedItems {
  items: FeedItem[];
  /** Keys of the items without a trustworthy date (none given, or mended). */
  undatedKeys: string[];
  mended: MendedDate[];
}

/**
 * The rule for implausible item dates (documented in docs/feeds.md): a date before 1990 counts as
 * no date (the item is dated when first seen); a date more than a day after the fetch is clamped
 * to the fetch time. Items whose date was missing or mended have no trustworthy age, so the
 * poller remembers them by key as long as the feed lists them. Pure.
 */
export function datedItems(items: readonly FeedItem[], fetchedAt: Date): DatedItems {
  const latest = fetchedAt.getTime() + FUTURE_SLACK_MS;
  const out: DatedItems = { items: [], undatedKeys: [], mended: [] };
  for (const item of items) {
    const t = item.published === null ? null : Date.parse(item.published);
    if (t === null || Number.isNaN(t)) {
      out.items.push({ ...item, published: null });
      out.undatedKeys.push(item.key);
    } else if (t < EARLIEST_PLAUSIBLE) {
      out.items.push({ ...item, published: null });
      out.undatedKeys.push(item.key);
      out.mended.push({ key: item.key, date: item.published!, rule: 'before 1990: read as undated' });
    } else if (t > latest) {
      out.items.push({ ...item, published: fetchedAt.toISOString() });
      out.undatedKeys.push(item.key);
      out.mended.push({ key: item.key, date: item.published!, rule: 'more than a day ahead: clamped to the fetch time' });
    } else {
      out.items.push(item);
    }
  }
  return out;
}
