/**
 * Issue 12: three `sitrep run` processes on one PostgreSQL database and 200 feeds share the work:
 * each feed is fetched once per interval (its lease), every alert is printed exactly once, and
 * each event makes one incident. Regression: before leases, two processes on one feed posted the
 * same alert twice.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { alertKey, alertLines, figures } from '../helpers/accounting.js';
import { type CliProcess, startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { clusterCounts, serveClusterFeeds, writeClusterConfig } from '../helpers/cluster.js';
import { postgresAvailable, postgresTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { until } from '../helpers/until.js';

const available = await postgresAvailable();

describe.runIf(available)('three processes on one PostgreSQL database', () => {
  let feeds: FeedServer;
  let tdb: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cluster-'));
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    feeds = await startFeedServer();
    tdb = await postgresTestDatabase();
  });
  afterAll(async () => {
    await feeds?.close();
    await tdb?.dispose();
  });

  it('share 200 feeds: each fetched once in its interval, every alert printed once, one incident per event', async () => {
    const served = serveClusterFeeds(feeds, 200, 2);
    // An interval longer than the test: each feed is due exactly once while it runs.
    writeClusterConfig(config, feeds, served.paths, { interval: '1h', lease: '30s' });
    const workers: CliProcess[] = [0, 1, 2].map(() => startCliProcess(['run', '--json', '--config', config], { SITREP_DB: tdb.url, LOG_LEVEL: 'warn' }));
    try {
      await until(
        'every item stored and delivered',
        async () => {
          const c = await clusterCounts(tdb.url);
          return c !== null && c.documents === served.items && c.pending === 0 && workers.flatMap((w) => alertLines(w.stdout)).length >= c.outbox;
        },
        { processes: workers, timeoutMs: 180_000 },
      );
      // A few more ticks of every process: nothing is fetched or printed again.
      await new Promise((r) => setTimeout(r, 6000));
    } finally {
      expect(await stopCliProcesses(workers)).toEqual([0, 0, 0]);
    }
    const c = (await clusterCounts(tdb.url))!;
    const lines = workers.map((w) => alertLines(w.stdout));
    const result = figures(c.outbox, lines.flat().map(alertKey));
    const fetches = served.paths.map((p) => feeds.requests(p).length);
    const perProcess = lines.map((l) => l.length);
    console.info(
      `cluster of 3 on 200 feeds: ${JSON.stringify(result)}; alerts per process ${perProcess.join('/')}; incidents ${c.incidents} for ${served.items} events; fetches per feed: min ${Math.min(...fetches)}, max ${Math.max(...fetches)}`,
    );
    expect(result).toMatchObject({ expected: served.items, delivered: served.items, duplicated: 0, lost: 0 });
    expect(fetches.every((n) => n === 1)).toBe(true);
    // Work was shared, not done by one process while the others idled.
    expect(perProcess.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    // Distinct events stay distinct across processes (serialising reports of one event is the incidents branch).
    expect(c.incidents).toBe(served.items);
    expect(c.leased).toBe(0);
  }, 300_000);
});
