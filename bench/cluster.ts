/**
 * Cluster benchmark: the same fresh items on the same feeds, processed by 1, 2 and 3 `sitrep run`
 * processes on one PostgreSQL database (the machine's, a schema per run): items/s and alerts/s
 * (ratio to one process), database round trips per item (each process's
 * sitrep_database_round_trips_total), and how long a SIGKILLed process's feed lease takes to be
 * taken over (≤ 2 × the lease). Processes run the compiled CLI, built first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type FeedServer, startFeedServer } from '../tests/fakes/feed-server.js';
import { rssOf } from '../tests/fixtures/attack-feed.js';
import { type CliProcess, startCliProcess, stopCliProcesses } from '../tests/helpers/cli.js';
import { clusterCounts, serveClusterFeeds, writeClusterConfig } from '../tests/helpers/cluster.js';
import { POSTGRES_URL, postgresAvailable, postgresTestDatabase } from '../tests/helpers/databases.js';
import { startPostgresServer } from '../tests/helpers/postgres-server.js';
import { scrape, value } from '../tests/helpers/prometheus.js';
import { until } from '../tests/helpers/until.js';
import { REPO_ROOT } from './child.js';
import { round } from './stats.js';

export interface ClusterOptions {
  feeds: number;
  itemsPerFeed: number;
  processes: number[];
  /** Lease of the takeover measurement. */
  leaseMs: number;
}

export interface ClusterRun {
  processes: number;
  items: number;
  alerts: number;
  /** From the first item stored to the last alert delivered (database timestamps). */
  seconds: number;
  itemsPerSec: number;
  alertsPerSec: number;
  /** Items/s over the one-process run's. */
  ratio: number;
  roundTripsPerItem: number;
  /** CPU time of the Sitrep processes per item (user + system, all processes): what the load around does not change. */
  cpuMsPerItem: number;
  /** Items each process stored (its share). */
  shares: number[];
  loadBefore: number;
  loadAfter: number;
}

export interface ClusterResult {
  /** The benchmark's own PostgreSQL server, or the machine's shared one. */
  server: string;
  runs: ClusterRun[];
  takeover: { leaseMs: number; seconds: number; withinTwoLeases: boolean };
}

const load = () => round(loadavg()[0] ?? 0, 2);

/** Each process's /metrics address, from its log line. */
function metricsUrl(w: CliProcess): string | null {
  return /"url":"(http:[^"]+)".*health and metrics/.exec(w.stderr)?.[1] ?? null;
}

/** Round trips to the database and CPU seconds, summed over the processes. */
async function counters(workers: readonly CliProcess[]): Promise<{ roundTrips: number; cpuSeconds: number }> {
  const sum = { roundTrips: 0, cpuSeconds: 0 };
  for (const w of workers) {
    const s = await scrape(metricsUrl(w)!);
    sum.roundTrips += value(s, 'sitrep_database_round_trips_total');
    sum.cpuSeconds += value(s, 'process_cpu_seconds_total');
  }
  return sum;
}

async function runWith(server: string, processes: number, opts: ClusterOptions, first: number, log: (l: string) => void): Promise<Omit<ClusterRun, 'ratio'>> {
  const tdb = await postgresTestDatabase(server);
  const feeds = await startFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-cluster-'));
  const config = join(dir, 'sitrep.yaml');
  const workers: CliProcess[] = [];
  try {
    const empty = serveClusterFeeds(feeds, opts.feeds, 0);
    writeClusterConfig(config, feeds, empty.paths, { interval: '2s', lease: '30s' });
    for (let i = 0; i < processes; i++) workers.push(startCliProcess(['run', '--json', '--config', config], { SITREP_DB: tdb.url, SITREP_HTTP_PORT: '0' }));
    // Every process up and every (still empty) feed polled once: the items that come next are all fresh.
    await until('the processes to start', () => workers.every((w) => metricsUrl(w) !== null) && empty.paths.every((p) => feeds.requests(p).length > 0), {
      processes: workers,
      timeoutMs: 180_000,
    });
    const before = await counters(workers);
    const loadBefore = load();
    const served = serveClusterFeeds(feeds, opts.feeds, opts.itemsPerFeed, first);
    await until(
      `${served.items} items with ${processes} process(es)`,
      async () => {
        const c = await clusterCounts(tdb.url);
        return c !== null && c.documents === served.items && c.outbox >= served.items && c.pending === 0;
      },
      { processes: workers, timeoutMs: 600_000 },
    );
    const after = await counters(workers);
    const loadAfter = load();
    const client = new pg.Client({ connectionString: tdb.url });
    await client.connect();
    const span = (
      await client.query(
        `select (select min(first_seen_at) from documents) as a, (select max(sent_at) from outbox) as b, (select count(*) from outbox) as alerts`,
      )
    ).rows[0];
    await client.end();
    const seconds = (Date.parse(span.b) - Date.parse(span.a)) / 1000;
    const alerts = Number(span.alerts);
    const shares = workers.map((w) => w.stdout.split('\n').filter((l) => l.startsWith('{')).length);
    const run = {
      processes,
      items: served.items,
      alerts,
      seconds: round(seconds, 2),
      itemsPerSec: round(served.items / seconds, 1),
      alertsPerSec: round(alerts / seconds, 1),
      roundTripsPerItem: round((after.roundTrips - before.roundTrips) / served.items, 1),
      cpuMsPerItem: round(((after.cpuSeconds - before.cpuSeconds) * 1000) / served.items, 2),
      shares,
      loadBefore,
      loadAfter,
    };
    log(
      `cluster: ${processes} process(es): ${run.itemsPerSec} items/s, ${run.roundTripsPerItem} round trips/item, ${run.cpuMsPerItem} CPU ms/item, load ${loadBefore} → ${loadAfter}`,
    );
    return run;
  } finally {
    await stopCliProcesses(workers);
    await feeds.close();
    await tdb.dispose();
  }
}

/** A process polls a feed that answers slowly and is SIGKILLed mid-fetch; another takes the feed over once the lease runs out. */
async function takeover(server: string, leaseMs: number, log: (l: string) => void): Promise<ClusterResult['takeover']> {
  const tdb = await postgresTestDatabase(server);
  const feeds: FeedServer = await startFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-takeover-'));
  const config = join(dir, 'sitrep.yaml');
  feeds.route('/slow.xml', { contentType: 'application/rss+xml', body: rssOf([]), delayMs: 10 * leaseMs });
  writeFileSync(
    config,
    `feeds:\n  - {id: slow, url: "${feeds.url('/slow.xml')}", interval: 2s}\npolling:\n  lease: ${leaseMs}ms\n  timeout: ${12 * leaseMs}ms\nmaps:\n  enabled: false\nrules:\n  - id: all\n    match: {}\n`,
  );
  const start = () => startCliProcess(['run', '--json', '--config', config], { SITREP_DB: tdb.url });
  const a = start();
  let b: CliProcess | null = null;
  try {
    await until('the first process to fetch the slow feed', () => feeds.requests('/slow.xml').length === 1, { processes: [a], timeoutMs: 180_000 });
    b = start();
    await until('the second process to start', () => /sitrep starting/.test(b!.stderr), { processes: [a, b], timeoutMs: 180_000 });
    a.child.kill('SIGKILL');
    await a.exit;
    const killedAt = Date.now();
    await until('the feed to be taken over', () => feeds.requests('/slow.xml').length >= 2, { processes: [b], timeoutMs: 10 * leaseMs });
    const seconds = round((Date.now() - killedAt) / 1000, 2);
    log(`cluster: lease ${leaseMs / 1000} s taken over ${seconds} s after the holder was killed`);
    return { leaseMs, seconds, withinTwoLeases: seconds * 1000 <= 2 * leaseMs };
  } finally {
    await stopCliProcesses(b ? [a, b] : [a]);
    await feeds.close();
    await tdb.dispose();
  }
}

export async function runClusterBench(opts: ClusterOptions, log: (l: string) => void): Promise<ClusterResult> {
  // A server of the benchmark's own where the machine has the binaries (fsync off: what is measured
  // is Sitrep, not the disk, nor other work on a shared server); else the machine's server.
  const own = await startPostgresServer();
  const server = own?.url ?? POSTGRES_URL;
  if (!own && !(await postgresAvailable())) throw new Error('no PostgreSQL binaries to start a server, and none at SITREP_TEST_POSTGRES / 127.0.0.1:5432');
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    const measured: Omit<ClusterRun, 'ratio'>[] = [];
    // Items numbered apart per run: each run's reports are new to its database and to each other.
    for (const [i, n] of opts.processes.entries()) measured.push(await runWith(server, n, opts, i * opts.feeds * opts.itemsPerFeed, log));
    const one = measured.find((r) => r.processes === 1)?.itemsPerSec ?? measured[0]!.itemsPerSec;
    return {
      server: own ? 'own (fsync off)' : 'shared',
      runs: measured.map((r) => ({ ...r, ratio: round(r.itemsPerSec / one, 2) })),
      takeover: await takeover(server, opts.leaseMs, log),
    };
  } finally {
    await own?.dispose();
  }
}
