import type { LoadedConfig } from '../config/load.js';
import { createFeedFetcher, type FeedFetcherOptions } from './fetch.js';
import type { ParsedFeed } from './item.js';
import { parseFeed } from './parse.js';

/** A feed to poll: from the config file (trusted) or added by a Discord server (untrusted). */
export interface FeedSpec {
  id: string;
  url: string;
  name: string | null;
  intervalMs: number;
  trusted: boolean;
  guildId: string | null;
}

/** The config file's enabled feeds (here rather than in app.ts: `status` lists them without loading the app). */
export function configuredFeeds(loaded: LoadedConfig): FeedSpec[] {
  const { feeds, polling } = loaded.config;
  return feeds
    .filter((f) => f.enabled)
    .map((f) => ({ id: f.id, url: f.url, name: f.name ?? null, intervalMs: f.interval ?? polling.interval, trusted: true, guildId: null }));
}

export type FetchOutcome =
  | { notModified: true; status: number; minNextPollMs: number | null }
  | {
      notModified: false;
      status: number;
      feed: ParsedFeed;
      etag: string | null;
      lastModified: string | null;
      minNextPollMs: number | null;
    };

/** Fetches and parses one feed (HTTP edge); throws an error whose message says what went wrong. */
export interface FeedSource {
  fetch(feed: FeedSpec, cache: { etag: string | null; lastModified: string | null }, signal?: AbortSignal): Promise<FetchOutcome>;
  close(): Promise<void>;
}

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
