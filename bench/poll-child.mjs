/**
 * Child of the poll-cycle benchmark: the app as `sitrep poll --once` wires it (heap growth limited,
 * config, engine, SQLite store, rules, poller, dispatcher), alerts to a console sink writing
 * nowhere. Runs a first cycle (everything new) and a second one (everything unchanged), and prints
 * what it measured.
 *
 * Plain JavaScript on the compiled app (dist/, built by the parent), as users run Sitrep: under tsx
 * the process would also carry the TypeScript loader (its own thread and esbuild, about 35 MB of
 * RSS), which the peak RSS measured here must not include.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pLimit from 'p-limit';
import { createApp } from '../dist/app.js';
import { limitHeapGrowth } from '../dist/cli/common.js';
import { loadEnv } from '../dist/config/env.js';
import { configuredFeeds } from '../dist/feeds/source.js';
import { metrics } from '../dist/metrics.js';
import { createLogger } from '../dist/logger.js';

/** @typedef {import('../src/feeds/source.js').FeedSpec} FeedSpec */
/** @typedef {import('../src/pipeline/poller.js').FeedPollReport} FeedPollReport */

const MB = 1024 * 1024;
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

const [configFile, budgetArg] = process.argv.slice(2);
if (!configFile) throw new Error('usage: poll-child.mjs CONFIG [BUDGET_MS] (SITREP_DB in the environment)');
/** The first cycle takes no new feed after this long, so the benchmark ends in time; the rest is projected. */
const budgetMs = Number(budgetArg ?? Infinity);

let alertLines = 0;
const nowhere = new Writable({
  write(_chunk, _enc, done) {
    alertLines++;
    done();
  },
});

/**
 * CPU time of the main thread alone, in ms (Linux: utime + stime of /proc/self/task/PID/stat, in
 * clock ticks of 10 ms); null where there is no such file. process.cpuUsage() counts every thread.
 * @returns {number | null}
 */
function mainThreadCpuMs() {
  let stat;
  try {
    stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * `read` of each of the process's threads (Linux: /proc/self/task/TID), by thread id; an empty map
 * elsewhere. A thread that ends between the listing and the read, or that `read` skips (undefined),
 * is not listed.
 * @template T
 * @param {(tid: string) => T | undefined} read
 * @returns {Map<string, T>}
 */
function perThread(read) {
  /** @type {Map<string, T>} */
  const out = new Map();
  let tids = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const value = read(tid);
      if (value !== undefined) out.set(tid, value);
    } catch {
      // The thread ended between the listing and the read, or the kernel keeps no such file.
    }
  }
  return out;
}

/** CPU time of each of the process's threads so far, in ms, by thread id. */
const threadCpuMs = () =>
  perThread((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  });

/**
 * Where each thread's wall time went so far, in ms, by thread id (/proc/self/task/TID/schedstat:
 * the time on a core and the time runnable but waiting for one). What is neither is time the
 * thread slept: the main thread waiting for the worker, a fetch or a timer.
 */
const threadSchedMs = () =>
  perThread((tid) => {
    // libuv's pool (file and DNS work, started on first use) is no thread of the app's pipeline.
    if (readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').startsWith('libuv')) return undefined;
    const [running, waiting] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    return { running: running / 1e6, waiting: waiting / 1e6 };
  });

/**
 * A cycle's wall time split for the main thread and for the app's threads (the extraction workers,
 * summed): running on a core, runnable but waiting for one (other threads, other processes), and
 * asleep (nothing to do: for the main thread, every feed in flight waiting on a worker or a fetch;
 * for a worker, no item sent to it). Null where /proc has no schedstat.
 * @param {Map<string, { running: number; waiting: number }>} before
 * @param {Map<string, { running: number; waiting: number }>} after
 * @param {number} wallMs
 */
function wallSplit(before, after, wallMs) {
  const main = after.get(String(process.pid));
  if (!main) return null;
  const part = (/** @type {string[]} */ tids) => {
    let running = 0;
    let waiting = 0;
    for (const tid of tids) {
      const a = after.get(tid);
      const b = before.get(tid) ?? { running: 0, waiting: 0 };
      if (!a) continue;
      running += a.running - b.running;
      waiting += a.waiting - b.waiting;
    }
    // A thread that started during the cycle was not there to sleep before it started: counted from the cycle's start anyway, as the pool's workers start before it.
    return { runningMs: running, waitingForCoreMs: waiting, sleepingMs: Math.max(0, wallMs * tids.length - running - waiting) };
  };
  const appThreads = [...after.keys()].filter((tid) => tid !== String(process.pid) && !startupThreads.has(tid));
  return { main: part([String(process.pid)]), appThreads: part(appThreads), appThreadCount: appThreads.length };
}

/**
 * The threads Node and V8 start with the process, before the app makes any: V8's helper threads
 * (garbage collection's parallel and concurrent work, optimising compilation) and Node's own.
 * Threads that appear later are the app's: its extraction workers (and libuv's pool, started on
 * first use, which the poll cycle barely uses).
 */
const startupThreads = new Set(threadCpuMs().keys());

/**
 * A cycle's CPU time by kind of thread, in ms: the main thread, the threads the app started (the
 * extraction workers), and the threads there from the start other than the main one (V8's helpers).
 * @param {Map<string, number>} before
 * @param {Map<string, number>} after
 */
function cpuByThreadKind(before, after) {
  const split = { main: 0, appThreads: 0, helpers: 0 };
  if (after.size === 0) return null;
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === String(process.pid)) split.main += used;
    else if (startupThreads.has(tid)) split.helpers += used;
    else split.appThreads += used;
  }
  return split;
}

/** Statements sent to the database so far, begin and commit included (on PostgreSQL each one a round trip). */
async function roundTrips() {
  return (await metrics.databaseRoundTrips.get()).values.reduce((n, v) => n + v.value, 0);
}

/**
 * @param {readonly FeedPollReport[]} reports
 * @param {number} ms
 */
function summary(reports, ms) {
  /** @type {Record<string, number>} */
  const statuses = {};
  for (const r of reports) statuses[String(r.status)] = (statuses[String(r.status)] ?? 0) + 1;
  return {
    ms,
    feeds: reports.length,
    failed: reports.filter((r) => !r.ok).length,
    firstError: reports.find((r) => !r.ok)?.error ?? null,
    newItems: reports.reduce((n, r) => n + r.newItems, 0),
    alerts: reports.reduce((n, r) => n + r.alerts, 0),
    statuses,
  };
}

// As `sitrep poll --once` sets up (cli/common.ts): the heap collected before it grows far past its live size.
limitHeapGrowth();
const env = loadEnv();
const t0 = nowMs();
// As `sitrep poll --once` runs (no Discord token is set: alerts go to the console sink).
const app = await createApp({ env, configFile, log: createLogger(env.LOG_LEVEL), console: { out: nowhere, json: true }, discord: 'deliver-only' });
// Until its extraction workers have loaded their engines, as the main thread's engine is loaded by now.
await app.pipeline.pool?.warm();
const setupMs = nowMs() - t0;
const rssAfterSetupMB = process.memoryUsage().rss / MB;

/**
 * One cycle as Poller.pollAll({onlyDue: false}) runs it — every feed through pollFeed, the
 * configured number at once, then the outbox drained — but one that can take no new feed after
 * a deadline. (pollAll cannot be cut short: Poller.stop() clears p-limit's queue, whose promises
 * then never settle, so the running pollAll never returns.)
 */
/**
 * @param {readonly FeedSpec[]} feeds
 * @param {number} deadline
 */
async function cycle(feeds, deadline) {
  const limit = pLimit(app.loaded.config.polling.concurrency);
  const start = nowMs();
  const cpuStart = process.cpuUsage();
  const mainCpuStart = mainThreadCpuMs();
  const threadsStart = threadCpuMs();
  const schedStart = threadSchedMs();
  const roundTripsStart = await roundTrips();
  // Items stored so far, each time a feed finishes, with the main thread's CPU time: shows whether the cost per item grows.
  /** @type {{ ms: number; items: number; mainCpuMs: number | null }[]} */
  const progress = [];
  let items = 0;
  /** @param {FeedSpec} f */
  const poll = async (f) => {
    const report = await app.poller.pollFeed(f);
    items += report.newItems;
    const mainCpu = mainThreadCpuMs();
    progress.push({ ms: nowMs() - start, items, mainCpuMs: mainCpu === null || mainCpuStart === null ? null : mainCpu - mainCpuStart });
    return report;
  };
  const reports = await Promise.all(feeds.map((f) => limit(() => (nowMs() > deadline ? null : poll(f)))));
  const done = /** @type {FeedPollReport[]} */ (reports.filter((r) => r !== null));
  const drainStart = nowMs();
  if (done.some((r) => r.newItems > 0)) await app.dispatcher.drain();
  const drainMs = nowMs() - drainStart;
  // The process's own CPU time (all threads): it moves far less than wall time with the load of other processes.
  const cpu = process.cpuUsage(cpuStart);
  const mainCpuEnd = mainThreadCpuMs();
  const mainCpuMs = mainCpuStart === null || mainCpuEnd === null ? null : mainCpuEnd - mainCpuStart;
  const threadsCpuMs = cpuByThreadKind(threadsStart, threadCpuMs());
  const ms = nowMs() - start;
  const wall = wallSplit(schedStart, threadSchedMs(), ms);
  return { done, ms, wall, drainMs, cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs, threadsCpuMs, roundTrips: (await roundTrips()) - roundTripsStart, progress };
}

/**
 * Items per second over the first and the last tenth of the items a cycle stored, and the main
 * thread's CPU time per item over each: the wall rate moves with other processes' load, which may
 * change during a run; the CPU time per item moves far less.
 * @param {readonly { ms: number; items: number; mainCpuMs: number | null }[]} progress
 */
function rates(progress) {
  const total = progress.at(-1)?.items ?? 0;
  /** @param {number} items */
  const at = (items) => progress.find((p) => p.items >= items) ?? progress.at(-1);
  if (total < 20) return null;
  const a = at(total / 10);
  const b = at((total * 9) / 10);
  const last = progress.at(-1);
  const cpu = a.mainCpuMs === null || b.mainCpuMs === null || last.mainCpuMs === null ? null : { a: a.mainCpuMs, b: b.mainCpuMs, last: last.mainCpuMs };
  return {
    firstTenth: (a.items / a.ms) * 1000,
    lastTenth: ((last.items - b.items) / (last.ms - b.ms)) * 1000,
    mainCpuMsPerItem: cpu && { firstTenth: cpu.a / a.items, lastTenth: (cpu.last - cpu.b) / (last.items - b.items) },
  };
}

const feeds = configuredFeeds(app.loaded);
const first = await cycle(feeds, nowMs() + budgetMs);
const peakRssMB = process.resourceUsage().maxRSS / 1024;
// Live memory after the cycle, without the garbage a peak may include (the child runs with --expose-gc).
globalThis.gc?.();
const afterFirst = process.memoryUsage();
// The unchanged cycle polls the feeds the first one fetched: a feed that failed has no ETag yet.
const finished = new Set(first.done.filter((r) => r.ok).map((r) => r.feedId));
const second = await cycle(
  feeds.filter((f) => finished.has(f.id)),
  Infinity,
);
const outbox = await app.database.db.selectFrom('outbox').select(['status']).execute();
await app.close();

console.log(
  JSON.stringify({
    setupMs,
    rssAfterSetupMB,
    peakRssMB,
    rssAfterGcMB: afterFirst.rss / MB,
    heapUsedAfterGcMB: afterFirst.heapUsed / MB,
    externalAfterGcMB: afterFirst.external / MB,
    configuredFeeds: feeds.length,
    firstComplete: first.done.length === feeds.length,
    first: summary(first.done, first.ms),
    firstDrainMs: first.drainMs,
    firstCpuMs: first.cpuMs,
    firstMainThreadCpuMs: first.mainCpuMs,
    firstThreadsCpuMs: first.threadsCpuMs,
    firstWall: first.wall,
    firstRoundTrips: first.roundTrips,
    extractionWorkers: app.pipeline.pool?.size ?? 0,
    firstRates: rates(first.progress),
    second: summary(second.done, second.ms),
    outbox: { rows: outbox.length, sent: outbox.filter((r) => r.status === 'sent').length },
    alertLines,
  }),
);
