import { createFeedFetcher, type FeedFetcherOptions } from './fetch.js';
import { parseFeed } from './parse.js';
import type { FeedSource, FeedSpec, FetchOutcome } from './poller.js';

/** The poller's feed source over HTTP: fetch the bytes (limits, SSRF guard), then parse them. */
export class HttpFeedSource implements FeedSource {
  private readonly fetcher;

  constructor(options: FeedFetcherOptions) {
    this.fetcher = createFeedFetcher(options);
  }

  async fetch(feed: FeedSpec, cache: { etag: string | null; lastModified: string | null }, signal?: AbortSignal): Promise<FetchOutcome> {
    const res = await this.fetcher.fetch(feed.url, cache, { trusted: feed.trusted, ...(signal ? { signal } : {}) });
    if (res.kind === 'not-modified') return { notModified: true, status: res.status, minNextPollMs: res.minNextPollMs };
    return {
      notModified: false,
      status: res.status,
      // Relative links resolve against the feed's URL after redirects when the feed names no site link.
      feed: await parseFeed(res.body, res.contentType, { baseUrl: res.url }),
      etag: res.etag,
      lastModified: res.lastModified,
      minNextPollMs: res.minNextPollMs,
    };
  }

  close(): Promise<void> {
    return this.fetcher.close();
  }
}
