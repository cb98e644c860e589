/**
 * The poller's HTTP edge: fetch (fetch.ts) then parse (parse.ts) one feed, as the poller's
 * FeedFetcher. Feeds from the config file are fetched as trusted, feeds added from Discord
 * through the guarded agent (safety.ts).
 */
import { createFeedFetcher, type FeedFetcher as HttpFetcher } from './fetch.js';
import { parseFeed } from './parse.js';
import type { FeedFetcher, FeedSpec, FetchOutcome } from './poller.js';

export interface HttpFeedFetcherOptions {
  /** polling.timeout: total time for one fetch, download included. */
  timeout: number;
  /** polling.maxBytes: body cap, before and after decompression. */
  maxBytes: number;
  /** polling.perHostConcurrency. */
  perHostConcurrency: number;
  /** network.allow: hosts and CIDR ranges feeds from Discord may reach although they are not public. */
  allow: readonly string[];
}

export class HttpFeedFetcher implements FeedFetcher {
  private readonly http: HttpFetcher;
  private readonly timeoutMs: number;

  constructor(options: HttpFeedFetcherOptions) {
    this.timeoutMs = options.timeout;
    this.http = createFeedFetcher({
      timeoutMs: options.timeout,
      maxBytes: options.maxBytes,
      perHostConcurrency: options.perHostConcurrency,
      allow: options.allow,
    });
  }

  /** Throws FeedError (message in words, `status` for HTTP errors, `minNextPollMs` for Retry-After). */
  async fetch(feed: FeedSpec, cache: { etag: string | null; lastModified: string | null }): Promise<FetchOutcome> {
    const result = await this.http.fetch(feed.url, cache, { trusted: feed.trusted });
    if (result.kind === 'not-modified') return { notModified: true, status: result.status, minNextPollMs: result.minNextPollMs };
    const parsed = await parseFeed(result.body, result.contentType, { baseUrl: result.url, timeoutMs: this.timeoutMs * 2 });
    return {
      notModified: false,
      status: result.status,
      feed: parsed,
      etag: result.etag,
      lastModified: result.lastModified,
      minNextPollMs: result.minNextPollMs,
    };
  }

  /** Closes pooled connections (idle ones do not keep the process alive, but a clean stop is nicer). */
  close(): Promise<void> {
    return this.http.close();
  }
}
