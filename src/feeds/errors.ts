export const FEED_ERROR_KINDS = [
  'timeout',
  'too-large',
  'http',
  'network',
  'blocked-address',
  'bad-url',
  'redirects',
  'decompression',
  'not-a-feed',
  'parse',
  'cancelled',
] as const;
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

/** Why one feed could not be read, in words fit for `sitrep status` and Discord. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** HTTP status, for kind 'http'. */
  readonly status: number | undefined;
  /** A server's Retry-After, as a lower bound on the next poll. */
  readonly minNextPollMs: number | undefined;

  constructor(kind: FeedErrorKind, message: string, extra: { status?: number; minNextPollMs?: number; cause?: unknown } = {}) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.kind = kind;
    this.status = extra.status;
    this.minNextPollMs = extra.minNextPollMs;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
