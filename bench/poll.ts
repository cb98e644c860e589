/**
 * Benchmark 2: poll cycle. Local feed servers (127.0.0.1) serve N feeds of M items; a child
 * process runs the real app, compiled (dist/, as users run it), on a SQLite store in a temp dir: a first cycle (everything new,
 * analysed and alerted to a sink writing nowhere), then an unchanged cycle (all 304 via ETag).
 * In the same run, rss-parser alone parses the same bytes: the reference for the first cycle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Parser from 'rss-parser';
import { type FeedServer, startFeedServer } from '../tests/fakes/feed-server.js';
import { buildDist, childJson, runTsChild, sitrepStart } from './child.js';
import { writeBenchConfig } from './config.js';
import { type BenchVocabulary, generateCorpus, Rng } from './corpus.js';
import { itemFromArticle, rssFeed } from './feeds.js';
import { generateRules } from './rules.js';
import { MB, nowMs, round } from './stats.js';

export interface PollOptions {
  seed: number;
  feeds: number;
  itemsPerFeed: number;
  /** Feed servers (distinct host:port, as feeds come from many sites; Sitrep limits requests per host). */
  servers: number;
  /** Distinct articles; feeds share them as wire copy is shared. */
  articles: number;
  /** Generated rules added to the shipped ones. */
  extraRules: number;
  /** The first cycle takes no new feed after this long (the time for all items is then projected). */
  firstCycleBudgetMs: number;
  /** A PostgreSQL server (`postgres://…`) to run the store on, in a schema of its own; SQLite in a temp dir when absent. */
  postgresUrl?: string;
  /** `polling.extractionWorkers` of the app; unset: the app's default (every core but one). */
  extractionWorkers?: number;
  /**
   * Whether dist/ is already fresh (the test run's setup has just built it): then it is not built
   * again, which would also rewrite files that processes of other test files are loading.
   */
  built?: boolean;
}

interface CycleSummary {
  ms: number;
  feeds: number;
  failed: number;
  firstError: string | null;
  newItems: number;
  alerts: number;
  statuses: Record<string, number>;
}

/** A thread's wall time over a cycle: on a core, runnable but waiting for one, asleep (ms). */
interface WallSplitMs {
  runningMs: number;
  waitingForCoreMs: number;
  sleepingMs: number;
}

interface PollChildResult {
  firstRates: { firstTenth: number; lastTenth: number; mainCpuMsPerItem: { firstTenth: number; lastTenth: number } | null } | null;
  setupMs: number;
  rssAfterSetupMB: number;
  peakRssMB: number;
  rssAfterGcMB: number;
  heapUsedAfterGcMB: number;
  externalAfterGcMB: number;
  configuredFeeds: number;
  firstComplete: boolean;
  first: CycleSummary;
  firstDrainMs: number;
  firstCpuMs: number;
  firstMainThreadCpuMs: number | null;
  firstThreadsCpuMs: { main: number; appThreads: number; helpers: number } | null;
  firstWall: { main: WallSplitMs; appThreads: WallSplitMs; appThreadCount: number } | null;
  firstRoundTrips: number;
  extractionWorkers: number;
  second: CycleSummary;
  outbox: { rows: number; sent: number };
  alertLines: number;
}

export interface PollResult {
  store: 'sqlite' | 'postgres';
  feeds: number;
  items: number;
  feedBytes: number;
  rules: number;
  setupMs: number;
  /** What the first cycle did (all feeds, or those it finished within its budget). */
  first: CycleSummary;
  firstComplete: boolean;
  /** The first cycle's time for all items: measured, or projected at the measured rate. */
  firstCycleMs: number;
  /** Items per second in the first and the last tenth of the first cycle: a fall means the cost per item grows with the store. */
  firstCycleItemsPerSec: { firstTenth: number; lastTenth: number } | null;
  /** Of the first cycle, the time spent delivering the alerts left in the outbox once every feed was done. */
  firstDrainMs: number;
  /**
   * The child's CPU time (user + system) per item stored in the first cycle, delivery included:
   * what the pipeline costs; it moves far less than wall time with the load of other processes
   * (PostgreSQL's own work is not in it).
   */
  cpuMsPerItem: number;
  /**
   * Of it, the main thread's (Linux, from /proc; null elsewhere): the part that cannot spread over
   * the cores, since store, grouping and dispatch run there in order. Extraction workers take the rest.
   */
  mainThreadCpuMsPerItem: number | null;
  /**
   * The main thread's CPU time per item over the first and the last tenth of the first cycle's
   * items: whether the cost per item grows with the store, as the load of other processes (which
   * moves items per second, and may change during a run) hardly shows in it. Null where not measured.
   */
  mainThreadCpuMsPerItemByTenth: { firstTenth: number; lastTenth: number } | null;
  /**
   * The first cycle's CPU time per item by kind of thread (Linux; null elsewhere): the main thread,
   * the threads the app started (its extraction workers), and the threads Node starts with the
   * process besides the main one — V8's helpers, whose work is garbage collection's parallel and
   * concurrent part and optimising compilation (docs/performance.md, round 19: mostly the latter).
   */
  cpuMsPerItemByThread: { main: number; extractionWorkers: number; v8Helpers: number } | null;
  /**
   * The first cycle's wall time, for the main thread and for the extraction workers (summed over
   * them), in seconds: on a core, runnable but waiting for a core, asleep. The main thread asleep
   * is time the pipeline lost to waiting (every feed in flight waiting on a worker or a fetch);
   * a worker asleep had no item to extract. Linux only (/proc schedstat); null elsewhere.
   */
  wallSecondsByThread: {
    main: { running: number; waitingForCore: number; asleep: number };
    extractionWorkers: { running: number; waitingForCore: number; asleep: number };
  } | null;
  /** Statements per item stored in the first cycle, begin, commit and delivery included: on PostgreSQL, round trips. */
  statementsPerItem: number;
  extractionWorkers: number;
  second: CycleSummary;
  /** The unchanged cycle's time for all feeds (scaled when it could only cover the finished ones). */
  unchangedCycleMs: number;
  alertsSent: number;
  rssAfterSetupMB: number;
  peakRssMB: number;
  /** After the first cycle and a full garbage collection: what stays, and the JavaScript heap of it. */
  rssAfterGcMB: number;
  heapUsedAfterGcMB: number;
  /** Memory of C++ objects bound to JavaScript (buffers…) after that collection. */
  externalAfterGcMB: number;
  rssParserMs: number;
  /** First cycle ÷ rss-parser alone on the same bytes. */
  firstCycleTimesRssParser: number;
  targets: {
    firstCycleMs: Target;
    unchangedCycleMs: Target;
    peakRssMB: Target;
  };
}

/** A target of the brief; `met` is null when the run was smaller than the one the target is for. */
export interface Target {
  target: number;
  measured: number;
  met: boolean | null;
}

const target = (goal: number, measured: number, applies: boolean): Target => ({
  target: goal,
  measured: round(measured),
  met: applies ? measured <= goal : null,
});

export async function runPollBench(vocab: BenchVocabulary, opts: PollOptions, log: (line: string) => void = () => {}): Promise<PollResult> {
  const r = new Rng(opts.seed);
  const fullSize = opts.feeds >= 1000 && opts.itemsPerFeed >= 50;
  const articles = generateCorpus(vocab, { seed: opts.seed, documents: opts.articles });
  const now = Date.now();
  const bodies: string[] = [];
  for (let f = 0; f < opts.feeds; f++) {
    const items = Array.from({ length: opts.itemsPerFeed }, (_, i) =>
      itemFromArticle(r.pick(articles), {
        guid: `feed-${f}-item-${i}`,
        paragraphs: r.int(1, 3),
        // Within the first-run window (24 h), so the first cycle alerts on them.
        published: new Date(now - r.int(60, 20 * 3600) * 1000),
      }),
    );
    bodies.push(rssFeed(`Bench feed ${f}`, items));
  }
  const feedBytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  log(`poll: ${opts.feeds} feeds × ${opts.itemsPerFeed} items, ${(feedBytes / MB).toFixed(1)} MB of XML`);

  const servers: FeedServer[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-poll-'));
  let schema: { url: string; drop: () => Promise<void> } | null = null;
  try {
    for (let s = 0; s < opts.servers; s++) servers.push(await startFeedServer());
    const feeds = bodies.map((body, f) => {
      const server = servers[f % servers.length]!;
      const path = `/feeds/${f}.xml`;
      server.route(path, { body, contentType: 'application/rss+xml; charset=utf-8', etag: `"bench-${f}"` });
      return { id: `bench-feed-${f}`, url: server.url(path) };
    });
    const extra = generateRules(vocab, opts.extraRules, opts.seed);
    const config = writeBenchConfig(join(dir, 'sitrep.yaml'), {
      feeds,
      extraRules: extra,
      polling: opts.extractionWorkers === undefined ? {} : { extractionWorkers: opts.extractionWorkers },
    });
    if (opts.postgresUrl) schema = await createSchema(opts.postgresUrl);
    if (!opts.built) buildDist();
    // Started as `sitrep` starts (its Node flags): the peak RSS measured is the one users get.
    const sitrep = sitrepStart();
    const child = await runTsChild('bench/poll-child.mjs', {
      javascript: true,
      args: [config.file, String(opts.firstCycleBudgetMs)],
      nodeFlags: ['--expose-gc', ...sitrep.nodeFlags],
      env: { ...sitrep.env, SITREP_DB: schema ? schema.url : join(dir, 'sitrep.db'), LOG_LEVEL: 'error', DISCORD_TOKEN: '', SITREP_CONFIG: '' },
      timeoutMs: 9 * 60_000,
    });
    const res = childJson<PollChildResult>('poll', child);
    const requests = servers.reduce((n, s) => n + s.requests().length, 0);
    // Feeds failing under load is a finding, not a harness error: reported, and the cycle still counts.
    if (res.first.failed > 0) log(`poll: ${res.first.failed} feeds failed in the first cycle, e.g. ${res.first.firstError}`);
    if (requests !== res.first.feeds + res.second.feeds)
      throw new Error(`poll: expected ${res.first.feeds + res.second.feeds} requests, the servers saw ${requests}`);
    const unchanged = res.second.statuses['304'] ?? 0;
    if (unchanged < res.second.feeds) throw new Error(`poll: the unchanged cycle got ${JSON.stringify(res.second.statuses)}, not 304s`);
    // A cut-short first cycle is projected to all items at the rate it achieved.
    const items = opts.feeds * opts.itemsPerFeed;
    const firstCycleMs = res.firstComplete ? res.first.ms : (res.first.ms * items) / Math.max(1, res.first.newItems);
    log(
      `poll: first cycle ${round(firstCycleMs)} ms${res.firstComplete ? '' : ` (projected from ${res.first.newItems} items in ${round(res.first.ms)} ms)`}, unchanged cycle ${round(res.second.ms)} ms over ${res.second.feeds} feeds, peak RSS ${round(res.peakRssMB)} MB`,
    );

    // rss-parser alone on the same bytes, in this process after the child has finished.
    const parser = new Parser();
    await parser.parseString(bodies[0]!);
    const start = nowMs();
    for (const b of bodies) await parser.parseString(b);
    const rssParserMs = nowMs() - start;
    const scale = opts.feeds / Math.max(1, res.second.feeds);

    const perItem = (ms: number) => Math.round((ms / Math.max(1, res.first.newItems)) * 1000) / 1000;
    const wallSeconds = (w: WallSplitMs) => ({
      running: Math.round(w.runningMs / 100) / 10,
      waitingForCore: Math.round(w.waitingForCoreMs / 100) / 10,
      asleep: Math.round(w.sleepingMs / 100) / 10,
    });
    return {
      store: opts.postgresUrl ? 'postgres' : 'sqlite',
      feeds: opts.feeds,
      items,
      feedBytes,
      rules: config.rules,
      setupMs: round(res.setupMs),
      first: { ...res.first, ms: round(res.first.ms) },
      firstComplete: res.firstComplete,
      firstCycleMs: round(firstCycleMs),
      firstCycleItemsPerSec: res.firstRates && { firstTenth: round(res.firstRates.firstTenth), lastTenth: round(res.firstRates.lastTenth) },
      firstDrainMs: round(res.firstDrainMs),
      cpuMsPerItem: Math.round((res.firstCpuMs / Math.max(1, res.first.newItems)) * 1000) / 1000,
      mainThreadCpuMsPerItem: res.firstMainThreadCpuMs === null ? null : Math.round((res.firstMainThreadCpuMs / Math.max(1, res.first.newItems)) * 1000) / 1000,
      mainThreadCpuMsPerItemByTenth: res.firstRates?.mainCpuMsPerItem
        ? { firstTenth: round(res.firstRates.mainCpuMsPerItem.firstTenth), lastTenth: round(res.firstRates.mainCpuMsPerItem.lastTenth) }
        : null,
      cpuMsPerItemByThread: res.firstThreadsCpuMs && {
        main: perItem(res.firstThreadsCpuMs.main),
        extractionWorkers: perItem(res.firstThreadsCpuMs.appThreads),
        v8Helpers: perItem(res.firstThreadsCpuMs.helpers),
      },
      wallSecondsByThread: res.firstWall && {
        main: wallSeconds(res.firstWall.main),
        extractionWorkers: wallSeconds(res.firstWall.appThreads),
      },
      statementsPerItem: Math.round((res.firstRoundTrips / Math.max(1, res.first.newItems)) * 100) / 100,
      extractionWorkers: res.extractionWorkers,
      second: { ...res.second, ms: round(res.second.ms) },
      unchangedCycleMs: round(res.second.ms * scale),
      alertsSent: res.outbox.sent,
      rssAfterSetupMB: round(res.rssAfterSetupMB),
      peakRssMB: round(res.peakRssMB),
      rssAfterGcMB: round(res.rssAfterGcMB),
      heapUsedAfterGcMB: round(res.heapUsedAfterGcMB),
      externalAfterGcMB: round(res.externalAfterGcMB),
      rssParserMs: round(rssParserMs),
      firstCycleTimesRssParser: round(firstCycleMs / rssParserMs),
      targets: {
        firstCycleMs: target(30_000, firstCycleMs, fullSize),
        unchangedCycleMs: target(2_000, res.second.ms * scale, fullSize),
        // Peak RSS of a cut-short cycle is a lower bound: a miss still counts, a pass does not.
        peakRssMB: target(300, res.peakRssMB, fullSize && (res.firstComplete || res.peakRssMB > 300)),
      },
    };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await schema?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh schema on a PostgreSQL server, selected through the connection's search_path. */
async function createSchema(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sitrep_bench_${process.pid}_${Date.now()}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE SCHEMA ${name}`);
  const url = `${serverUrl}${serverUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
  return { url, drop: () => run(`DROP SCHEMA ${name} CASCADE`) };
}
