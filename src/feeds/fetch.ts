/**
 * Fetching a feed's bytes: conditional GET, redirects followed by hand (each hop checked), a total
 * time limit that really stops the download, a size cap enforced while streaming and again after
 * decompression, and per-host politeness. rss-parser's own HTTP layer is not used.
 */
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, type Dispatcher, request } from 'undici';
import { FeedError, formatBytes, formatMs } from './errors.js';
import { type AddressPolicy, BlockedAddressError, checkFeedUrl, createGuardedLookup } from './safety.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version?: string;
  homepage?: string;
};

/** Names Sitrep, its version and where to read about it, so feed owners know who is calling. */
export const USER_AGENT = `Sitrep/${pkg.version ?? '0'} (security-alert feed reader${pkg.homepage ? `; +${pkg.homepage}` : ''})`;

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

// ---------------------------------------------------------------------------------------------
// Agents and limits, built once and shared by every fetch.

/** Agents made by createFeedAgent({trusted: false}): fetchFeed refuses an untrusted fetch through any other. */
const guardedAgents = new WeakSet<Dispatcher>();

export interface FeedAgentOptions extends AddressPolicy {
  /** False for feeds added from Discord: connections go only to public addresses (or allowed ones). */
  trusted: boolean;
  /** Connect timeout; the total limit is per fetch. Default 10 s. */
  connectTimeoutMs?: number;
}

/** An undici Agent for feed fetches; build one per trust level and reuse it (it pools connections). */
export function createFeedAgent(options: FeedAgentOptions): Agent {
  const agent = new Agent({
    connect: {
      timeout: options.connectTimeoutMs ?? 10_000,
      ...(options.trusted ? {} : { lookup: createGuardedLookup(options) }),
    },
    keepAliveTimeout: 10_000,
    connections: 16,
  });
  if (!options.trusted) guardedAgents.add(agent);
  return agent;
}

/** At most N requests at once to one host (host:port). */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(perHost: number): HostLimiter {
  const limits = new Map<string, LimitFunction>();
  return {
    async run(host, task) {
      let limit = limits.get(host);
      if (!limit) {
        limit = pLimit(perHost);
        limits.set(host, limit);
      }
      try {
        return await limit(task);
      } finally {
        // Forget idle hosts so that the map does not grow with every host ever seen.
        if (limit.activeCount === 0 && limit.pendingCount === 0) limits.delete(host);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------

export interface ConditionalState {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchOptions extends AddressPolicy {
  dispatcher: Dispatcher;
  /** Feeds from the config file are trusted; feeds from Discord are not (needs a guarded dispatcher). */
  trusted: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  hostLimiter?: HostLimiter;
  /** Stops the fetch early (shutdown): FeedError 'cancelled'. */
  signal?: AbortSignal;
  userAgent?: string;
  /** Clock for Retry-After dates. */
  now?: () => number;
}

interface FetchResultBase {
  /** The URL after redirects. */
  url: string;
  /** Redirects followed, in order (URLs). */
  redirects: string[];
  /** Validators to send next time (the new ones, or the old ones when the server sent none). */
  etag: string | null;
  lastModified: string | null;
  /** From Cache-Control max-age and Retry-After: do not poll again sooner than this (uncapped). */
  minNextPollMs: number | null;
  elapsedMs: number;
}

export type FetchResult =
  | (FetchResultBase & { kind: 'not-modified'; status: 304 })
  | (FetchResultBase & {
      kind: 'ok';
      status: number;
      body: Buffer;
      contentType: string | null;
      /** Bytes on the wire (before decompression). */
      transferredBytes: number;
    });

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** Seconds ("120") or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function parseMaxAge(cacheControl: string | null, age: string | null): number | null {
  if (cacheControl === null || /\b(no-store|no-cache)\b/i.test(cacheControl)) return null;
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  if (!m) return null;
  const ageSeconds = age !== null && /^\d+$/.test(age.trim()) ? Number(age) : 0;
  return Math.max(0, Number(m[1]) - ageSeconds) * 1000;
}

function minNextPoll(headers: Headers, now: number): number | null {
  const bounds = [parseMaxAge(header(headers, 'cache-control'), header(headers, 'age')), parseRetryAfter(header(headers, 'retry-after'), now)];
  const known = bounds.filter((b): b is number => b !== null);
  return known.length === 0 ? null : Math.max(...known);
}

function httpError(status: number, headers: Headers, now: number): FeedError {
  const text = STATUS_CODES[status];
  const retry = parseRetryAfter(header(headers, 'retry-after'), now);
  return new FeedError('http', `HTTP ${status}${text ? ` ${text}` : ''}`, { status, ...(retry !== null ? { minNextPollMs: retry } : {}) });
}

/** Reads a body, counting bytes as they come: stops (and drops the connection) past maxBytes. */
async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      throw new FeedError('too-large', `response larger than ${formatBytes(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** A zlib header (RFC 1950): servers that say "deflate" send either that or raw deflate. */
const hasZlibHeader = (b: Buffer) => b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;

/**
 * Undoes Content-Encoding (codings applied in order, undone in reverse). zlib stops at
 * maxOutputLength, so a gzip bomb is refused after maxBytes of output, not inflated.
 */
async function decompress(body: Buffer, contentEncoding: string | null, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== 'identity');
  let data = body;
  for (const coding of codings.reverse()) {
    const options = { maxOutputLength: maxBytes };
    try {
      if (coding === 'gzip' || coding === 'x-gzip') data = await gunzip(data, options);
      else if (coding === 'deflate') data = await (hasZlibHeader(data) ? inflate(data, options) : inflateRaw(data, options));
      else if (coding === 'br') data = await brotli(data, options);
      else throw new FeedError('decompression', `unsupported Content-Encoding "${coding}"`);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new FeedError('too-large', `response larger than ${formatBytes(maxBytes)} once decompressed`);
      }
      throw new FeedError('decompression', `cannot decompress the ${coding} response: ${(error as Error).message}`, { cause: error });
    }
  }
  return data;
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'the body stopped coming',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host',
};

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && chain.length < 10; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

function toFeedError(error: unknown, timeout: AbortSignal, cancel: AbortSignal | undefined, timeoutMs: number): FeedError {
  if (error instanceof FeedError) return error;
  if (cancel?.aborted) return new FeedError('cancelled', 'fetch cancelled', { cause: error });
  if (timeout.aborted) return new FeedError('timeout', `timed out after ${formatMs(timeoutMs)}`, { cause: error });
  const chain = causes(error);
  const blocked = chain.find((e): e is BlockedAddressError => e instanceof BlockedAddressError);
  if (blocked) return new FeedError('blocked-address', blocked.message, { cause: error });
  for (const e of chain) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code in NETWORK_CODES) return new FeedError('network', NETWORK_CODES[code]!, { cause: error });
  }
  const message = chain.map((e) => (e instanceof Error ? e.message : String(e))).find((m) => m !== '') ?? 'unknown error';
  return new FeedError('network', `network error: ${message}`, { cause: error });
}

/**
 * Fetches a feed. Resolves to the body (decompressed, at most maxBytes) or to 'not-modified';
 * throws FeedError for everything else (see FeedErrorKind).
 */
export async function fetchFeed(url: string, state: ConditionalState, options: FetchOptions): Promise<FetchResult> {
  if (!options.trusted && !guardedAgents.has(options.dispatcher)) {
    throw new Error('fetchFeed: an untrusted feed needs a dispatcher from createFeedAgent({ trusted: false })');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const now = options.now ?? Date.now;
  let started = performance.now();
  // The clock starts when the first request goes out, not while waiting for the host limiter.
  const timeout = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const startClock = () => {
    if (timer !== undefined) return;
    started = performance.now();
    timer = setTimeout(() => timeout.abort(new DOMException('fetch timed out', 'TimeoutError')), timeoutMs);
  };
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;

  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;

  const redirects: string[] = [];
  let current = checkFeedUrl(url, options.trusted, options);
  const visited = new Set([current.toString()]);
  try {
    for (;;) {
      const target = current;
      const hop = async () => {
        startClock();
        const response = await request(target, { method: 'GET', headers, dispatcher: options.dispatcher, signal });
        const { statusCode: status, headers: h } = response;
        if (status >= 300 && status < 400 && status !== 304) {
          await response.body.dump();
          return { type: 'redirect' as const, status, location: header(h, 'location'), headers: h };
        }
        if (status === 304) {
          await response.body.dump();
          return { type: 'done' as const, status, headers: h, body: null, transferred: 0 };
        }
        if (status < 200 || status >= 300) {
          await response.body.dump();
          throw httpError(status, h, now());
        }
        const length = Number(header(h, 'content-length'));
        if (Number.isFinite(length) && length > maxBytes) {
          response.body.destroy();
          throw new FeedError('too-large', `response larger than ${formatBytes(maxBytes)} (Content-Length ${formatBytes(length)})`);
        }
        const raw = await readCapped(response.body, maxBytes);
        return { type: 'done' as const, status, headers: h, body: raw, transferred: raw.length };
      };
      const result = options.hostLimiter ? await options.hostLimiter.run(target.host, hop) : await hop();

      if (result.type === 'redirect') {
        if (result.location === null) throw httpError(result.status, result.headers, now());
        let next: URL;
        try {
          next = new URL(result.location, target);
        } catch {
          throw new FeedError('bad-url', `redirect to an invalid URL: ${JSON.stringify(result.location.slice(0, 200))}`);
        }
        next.hash = '';
        if (visited.has(next.toString())) {
          throw new FeedError('redirects', `redirect loop: ${[...visited, next.toString()].join(' → ')}`);
        }
        visited.add(next.toString());
        if (redirects.length >= maxRedirects) throw new FeedError('redirects', `more than ${maxRedirects} redirects`);
        redirects.push(next.toString());
        current = checkFeedUrl(next, options.trusted, options);
        continue;
      }

      const base = {
        url: target.toString(),
        redirects,
        etag: header(result.headers, 'etag') ?? state.etag ?? null,
        lastModified: header(result.headers, 'last-modified') ?? state.lastModified ?? null,
        minNextPollMs: minNextPoll(result.headers, now()),
        elapsedMs: Math.round(performance.now() - started),
      };
      if (result.body === null) return { ...base, kind: 'not-modified', status: 304 };
      const body = await decompress(result.body, header(result.headers, 'content-encoding'), maxBytes);
      return {
        ...base,
        elapsedMs: Math.round(performance.now() - started),
        kind: 'ok',
        status: result.status,
        body,
        contentType: header(result.headers, 'content-type'),
        transferredBytes: result.transferred,
      };
    }
  } catch (error) {
    throw toFeedError(error, timeout.signal, options.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------

export interface FeedFetcherOptions extends AddressPolicy {
  timeoutMs?: number;
  maxBytes?: number;
  perHostConcurrency?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface FeedFetcher {
  fetch(url: string, state: ConditionalState, options: { trusted: boolean; signal?: AbortSignal }): Promise<FetchResult>;
  close(): Promise<void>;
}

/**
 * What the poller needs: one trusted and one guarded agent and one per-host limiter shared by all
 * fetches. Map from the config: {timeoutMs: polling.timeout, maxBytes: polling.maxBytes,
 * perHostConcurrency: polling.perHostConcurrency, allow: network.allow}.
 */
export function createFeedFetcher(options: FeedFetcherOptions = {}): FeedFetcher {
  const trustedAgent = createFeedAgent({ trusted: true });
  const guardedAgent = createFeedAgent({ ...options, trusted: false });
  const hostLimiter = createHostLimiter(options.perHostConcurrency ?? 2);
  return {
    fetch: (url, state, { trusted, signal }) =>
      fetchFeed(url, state, {
        ...options,
        dispatcher: trusted ? trustedAgent : guardedAgent,
        trusted,
        hostLimiter,
        ...(signal ? { signal } : {}),
      }),
    async close() {
      await Promise.all([trustedAgent.close(), guardedAgent.close()]);
    },
  };
}
