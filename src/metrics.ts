import {
  Counter,
  type CounterConfiguration,
  collectDefaultMetrics,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from 'prom-client';

/**
 * Sitrep's Prometheus metrics (served at GET /metrics when the HTTP listener is on). The process
 * has one set, like its logger: the orchestration and the edges (poller, pipeline, dispatcher,
 * Discord sink) count what they do; the pure stages know nothing of it. The registry is Sitrep's
 * own, not prom-client's global one, so a library registering metrics cannot clash with ours.
 */

/** What the outbox holds, read from the store when /metrics is scraped. */
export interface OutboxBacklog {
  pending: number;
  /** Age of the oldest pending row; 0 when none is pending. */
  oldestPendingAgeSeconds: number;
}

/** Seconds, for durations from well under a millisecond (analysis) to minutes (a slow feed). */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Seconds from publication to a message in Discord: feeds are polled every few minutes. */
const LATENCY_BUCKETS = [5, 15, 30, 60, 120, 300, 600, 1800, 3600, 3 * 3600, 12 * 3600, 86_400];

export class Metrics {
  readonly registry = new Registry();
  private outboxSource: (() => Promise<OutboxBacklog>) | null = null;
  private processMetrics = false;

  readonly feedPolls = this.counter({
    name: 'sitrep_feed_polls_total',
    help: 'Feed polls by outcome: ok (new content fetched), not_modified (304), failed',
    labelNames: ['outcome'] as const,
  });
  readonly feedFetchDuration = this.histogram({
    name: 'sitrep_feed_fetch_duration_seconds',
    help: 'Time to fetch and parse one feed, failures included',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
  });
  readonly feedItemsNew = this.counter({
    name: 'sitrep_feed_items_new_total',
    help: 'Feed items seen for the first time and stored',
  });
  readonly databaseRoundTrips = this.counter({
    name: 'sitrep_database_round_trips_total',
    help: 'Statements sent to the database, transaction begin and commit included (each one a round trip to a server)',
  });
  readonly pollCycles = this.counter({ name: 'sitrep_poll_cycles_total', help: 'Poll cycles completed (one every tick)' });
  readonly lastPollCycle = this.gauge({
    name: 'sitrep_poll_cycle_last_completed_timestamp_seconds',
    help: 'Unix time the last poll cycle completed',
  });
  readonly analysisDuration = this.histogram({
    name: 'sitrep_analysis_duration_seconds',
    help: 'Time to extract one document (places, actors, attack types, casualties, severity)',
    buckets: DURATION_BUCKETS,
  });
  readonly groupingDuration = this.histogram({
    name: 'sitrep_grouping_duration_seconds',
    help: 'Time to file one attack report into an incident, store reads and writes included',
    buckets: DURATION_BUCKETS,
  });
  readonly alerts = this.counter({
    name: 'sitrep_alerts_total',
    help: 'Alerts written to the outbox, by rule (config-file rule id; "(server rule)" for rules made in Discord) and severity',
    labelNames: ['rule', 'severity'] as const,
  });
  readonly deliveries = this.counter({
    name: 'sitrep_deliveries_total',
    help: 'Delivery attempts by sink and outcome: sent, retry, held (target broken), failed',
    labelNames: ['sink', 'outcome'] as const,
  });
  readonly deliveryLatency = this.histogram({
    name: 'sitrep_delivery_latency_seconds',
    help: 'Time from the report being published to its alert being sent',
    labelNames: ['sink'] as const,
    buckets: LATENCY_BUCKETS,
  });
  readonly discordRateLimited = this.counter({
    name: 'sitrep_discord_rate_limited_total',
    help: 'HTTP 429 responses from Discord (discord.js waits out short ones; longer ones are retried from the outbox)',
  });
  readonly discordErrors = this.counter({
    name: 'sitrep_discord_errors_total',
    help: 'Failed Discord deliveries by kind: rate_limit, server (5xx), client (4xx), network',
    labelNames: ['kind'] as const,
  });

  constructor() {
    const backlog = async () => (this.outboxSource ? await this.outboxSource() : null);
    let scrape: Promise<OutboxBacklog | null> | null = null;
    // Both outbox gauges come from one store read per scrape.
    const once = () => {
      scrape ??= backlog().finally(() => {
        setImmediate(() => {
          scrape = null;
        });
      });
      return scrape;
    };
    const backlogGauge = (name: string, help: string, value: (b: OutboxBacklog) => number) =>
      this.gauge({
        name,
        help,
        async collect() {
          const b = await once();
          if (b) this.set(value(b));
        },
      });
    backlogGauge('sitrep_outbox_pending', 'Alerts waiting in the outbox to be delivered', (b) => b.pending);
    backlogGauge(
      'sitrep_outbox_oldest_pending_age_seconds',
      'Age of the oldest alert waiting in the outbox (0 when none waits)',
      (b) => b.oldestPendingAgeSeconds,
    );
  }

  // Every metric goes into this process's own registry, never prom-client's global one.
  private counter<T extends string>(config: Omit<CounterConfiguration<T>, 'registers'>): Counter<T> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  private histogram<T extends string>(config: Omit<HistogramConfiguration<T>, 'registers'>): Histogram<T> {
    return new Histogram({ ...config, registers: [this.registry] });
  }

  private gauge<T extends string>(config: Omit<GaugeConfiguration<T>, 'registers'>): Gauge<T> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  /** Where the outbox gauges read from (the app's store). */
  observeOutbox(source: () => Promise<OutboxBacklog>): void {
    this.outboxSource = source;
  }

  /** Adds the standard process and Node.js metrics (CPU, memory, event-loop lag, handles), once. */
  collectProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry });
  }
}

/** The metrics of this process. */
export const metrics = new Metrics();

/** Seconds since `start` (a performance.now() reading), for histograms. */
export const secondsSince = (start: number) => (performance.now() - start) / 1000;
