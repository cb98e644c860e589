import type { Alert } from './alert.js';

/** One alert on its way to one target (a Discord channel, or the console). */
export interface Delivery {
  outboxId: string;
  alert: Alert;
  target: string;
  /** Stable per outbox row: Discord deduplicates a resend with the same nonce. */
  nonce: string;
  subscriptionId: string | null;
  /** Attempts made before this one. */
  attempts: number;
}

export type DeliveryResult =
  | { status: 'sent'; messageId: string | null }
  /** Try again later (rate limit, 5xx, network); `retryAfterMs` is a lower bound when known. */
  | { status: 'retry'; reason: string; retryAfterMs?: number }
  /**
   * The target is broken until someone fixes it (missing permission, deleted channel): the row is
   * kept and waits, with its subscription's other rows, until the subscription is fixed.
   */
  | { status: 'held'; reason: string }
  /** Will never work (the request itself is invalid). */
  | { status: 'failed'; reason: string };

export interface Sink {
  deliver(delivery: Delivery): Promise<DeliveryResult>;
}

export type SinkName = 'console' | 'discord';
