import { z } from 'zod';

/** One entry of a feed, reduced to what Sitrep reads. */
export const FeedItemSchema = z.object({
  /** Stable identity within a feed (identity.ts itemKey): the guid, else the link's identity, else sha256 of title and date. */
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
