import type { Alert } from './alert.js';

export type SinkName = 'console' | 'discord';

/** Where one rule's alert goes: a channel through one of its subscriptions, or the console. */
export interface DeliveryTarget {
  sink: SinkName;
  /** Channel id for Discord, 'stdout' for the console. */
  target: string;
  subscriptionId: string | null;
}

/** One alert on its way to one target (a Discord channel, or the console). */
export interface Delivery {
  outboxId: string;
  alert: Alert;
  target: string;
  /** Stable per outbox row: Discord deduplicates a resend with the same nonce. */
  nonce: string;
  /** The subscriptions the message serves (none for the console). */
  subscriptionIds: string[];
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

/**
 * Thrown by a sink that can deliver nothing more (its output was closed, or the device is full):
 * the row in hand stays due, and the dispatcher stops using the sink. `quiet` when nothing went
 * wrong that anyone needs telling (the reader of a pipe left, as `| head -1` does).
 */
export class SinkClosedError extends Error {
  constructor(
    message: string,
    readonly quiet: boolean,
  ) {
    super(message);
    this.name = 'SinkClosedError';
  }
}
