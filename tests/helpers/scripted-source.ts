import type { FeedItem } from '../../src/feeds/item.js';
import type { FeedSource, FeedSpec, FetchOutcome } from '../../src/feeds/source.js';

/** A feed source scripted per call: items, or an error to throw. */
export class ScriptedSource implements FeedSource {
  calls = 0;
  constructor(public script: (feed: FeedSpec, call: number) => FetchOutcome | Error) {}
  async fetch(feed: FeedSpec): Promise<FetchOutcome> {
    const r = this.script(feed, this.calls++);
    if (r instanceof Error) throw r;
    return r;
  }
  async close() {}
}

export const feedItem = (key: string, title: string, published: Date | null, content = ''): FeedItem => ({
  key,
  guid: key,
  link: `https://news.example/${key}`,
  title,
  content,
  published: published?.toISOString() ?? null,
});

/** A 200 answer with these items (and validators, when given). */
export const fetched = (items: FeedItem[], opts: { minNextPollMs?: number | null; etag?: string | null } = {}): FetchOutcome => ({
  notModified: false,
  status: 200,
  feed: { title: 'f', format: 'rss', items, skippedItems: 0, warnings: [] },
  etag: opts.etag ?? null,
  lastModified: null,
  minNextPollMs: opts.minNextPollMs ?? null,
});
