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
  /** Will not work until someone fixes something (missing permission, deleted channel). */
  | { status: 'failed'; reason: string };

export interface Sink {
  deliver(delivery: Delivery): Promise<DeliveryResult>;
}

export type SinkName = 'console' | 'discord';
