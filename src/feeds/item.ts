import { createHash } from 'node:crypto';
import { z } from 'zod';

/** One entry of a feed, reduced to what Sitrep reads. */
export const FeedItemSchema = z.object({
  /** Stable identity within a feed: the guid, else the normalised link, else sha256 of title and date. */
  key: z.string().min(1),
  guid: z.string().nullable(),
  link: z.string().nullable(),
  title: z.string(),
  /** Plain text (HTML reduced). */
  content: z.string(),
  /** ISO-8601 UTC; null when the feed gives no usable date (the poller then uses first-seen time). */
  published: z.iso.datetime().nullable(),
  author: z.string().nullable().optional(),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;

export const FeedFormatSchema = z.enum(['rss', 'rdf', 'atom', 'json']);
export type FeedFormat = z.infer<typeof FeedFormatSchema>;

export const ParsedFeedSchema = z.object({
  title: z.string().nullable(),
  format: FeedFormatSchema,
  items: z.array(FeedItemSchema),
  /** Items dropped because they had neither title nor content nor link. */
  skippedItems: z.number().int().min(0),
  /** Things worth logging that did not stop the parse (charset fallback, bad dates...). */
  warnings: z.array(z.string()),
});
export type ParsedFeed = z.infer<typeof ParsedFeedSchema>;

const TRACKING_PARAM = /^(utm_.*|fbclid|gclid)$/i;

/**
 * The form of a link used for identity: fragment and tracking parameters (utm_*, fbclid, gclid)
 * dropped, host lowercased (the URL parser does that and drops default ports). A link that is
 * not a URL is returned trimmed.
 */
export function normaliseLink(link: string): string {
  const trimmed = link.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  // URLSearchParams re-serialises the query; keep "?" off when nothing is left.
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.toString();
}

/** Keys this long are stored as their hash: some feeds put whole articles in the guid. */
const MAX_KEY_LENGTH = 512;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function itemKey(item: { guid: string | null; link: string | null; title: string; published: string | null }): string {
  const key = item.guid ?? (item.link !== null ? normaliseLink(item.link) : null);
  if (key === null || key === '') return sha256(`${item.title}\n${item.published ?? ''}`);
  return key.length > MAX_KEY_LENGTH ? sha256(key) : key;
}
