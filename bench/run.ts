/**
 * `npm run bench [-- --quick] [-- --json] [-- --only analysis,poll,startup,latency,maps,cluster] [-- --postgres URL] [-- --feeds N] [-- --extraction-workers N] [-- --first-cycle-budget S]`
 *
 * `--postgres postgres://…` runs the poll cycle on that server (in a schema of its own) instead of
 * SQLite; `--feeds N` runs it over N feeds instead of the plan's (a smaller run on a loaded machine);
 * `--first-cycle-budget S` lets the first cycle take new feeds for S seconds instead of 100 (a
 * complete cycle on a loaded machine, whose flatness is then measured over every item).
 *
 * Runs the benchmarks, prints a table with the ratios, and writes bench/results/latest.json
 * (quick runs write bench/results/quick.json). See docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractionEngine } from '../src/extract/index.js';
import type { AnalysisOptions, AnalysisResult } from './analysis.js';
import { REPO_ROOT } from './child.js';
import type { ClusterOptions, ClusterResult } from './cluster.js';
import type { LatencyOptions, LatencyResult } from './latency.js';
import type { MapsOptions, MapsResult } from './maps.js';
import type { PollOptions, PollResult } from './poll.js';
import type { StartupResult } from './startup.js';
import { type MachineInfo, MB, machineInfo, nowMs, round } from './stats.js';
import { formatReport } from './table.js';

export const BENCHMARKS = ['analysis', 'poll', 'startup', 'latency', 'maps', 'cluster'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface BenchPlan {
  analysis: AnalysisOptions;
  poll: PollOptions;
  startup: { runs: number };
  latency: LatencyOptions;
  maps: MapsOptions;
  cluster: ClusterOptions;
}

const SEED = 20261125;

/** The full run: sized by the brief, and under 10 minutes on a 2-core machine. */
export const FULL_PLAN: BenchPlan = {
  analysis: { seed: SEED, corpusBytes: 3 * MB, ruleCounts: [10, 1_000, 10_000], runs: 3, naiveMaxDocs: 40, naiveBudgetMs: 15_000 },
  poll: { seed: SEED, feeds: 1_000, itemsPerFeed: 50, servers: 10, articles: 10_000, extraRules: 50, firstCycleBudgetMs: 100_000 },
  startup: { runs: 3 },
  latency: { seed: SEED, items: 5, intervalMs: 60_000, windowMs: 90_000 },
  maps: { warmRuns: 40, digestRuns: 5 },
  cluster: { feeds: 200, itemsPerFeed: 15, processes: [1, 2, 3], leaseMs: 10_000 },
};

/** A tiny run: every benchmark end to end in well under a minute (the smoke test uses it). */
export const QUICK_PLAN: BenchPlan = {
  analysis: { seed: SEED, corpusBytes: 150_000, ruleCounts: [10, 100, 1_000], runs: 1, naiveMaxDocs: 6, naiveBudgetMs: 1_000 },
  poll: { seed: SEED, feeds: 10, itemsPerFeed: 5, servers: 2, articles: 30, extraRules: 10, firstCycleBudgetMs: 60_000 },
  startup: { runs: 1 },
  latency: { seed: SEED, items: 2, intervalMs: 1_000, windowMs: 2_000 },
  maps: { warmRuns: 3, digestRuns: 1 },
  cluster: { feeds: 10, itemsPerFeed: 3, processes: [1, 2], leaseMs: 5_000 },
};

export interface BenchReport {
  machine: MachineInfo;
  quick: boolean;
  durationMs: number;
  analysis?: AnalysisResult;
  poll?: PollResult;
  startup?: StartupResult;
  latency?: LatencyResult;
  maps?: MapsResult;
  cluster?: ClusterResult;
  /** Benchmarks that could not run, and why. */
  errors: Partial<Record<BenchmarkName, string>>;
}

export async function runBenchmarks(
  plan: BenchPlan,
  opts: { quick: boolean; only: readonly BenchmarkName[]; log: (line: string) => void },
): Promise<BenchReport> {
  const started = nowMs();
  const report: BenchReport = { machine: machineInfo(), quick: opts.quick, durationMs: 0, errors: {} };
  const attempt = async (name: BenchmarkName, fn: () => Promise<void>) => {
    if (!opts.only.includes(name)) return;
    try {
      await fn();
    } catch (err) {
      report.errors[name] = (err as Error).stack ?? String(err);
      opts.log(`${name}: FAILED: ${(err as Error).message}`);
    }
  };
  // Each benchmark loads its modules itself: one whose parts of Sitrep are missing (still being
  // written) fails alone, with the import error, and the others still run.
  // Start-up first, while nothing else has warmed the disk cache more than a fresh start would.
  await attempt('startup', async () => {
    const { runStartupBench } = await import('./startup.js');
    report.startup = await runStartupBench(plan.startup);
  });
  // The start-up benchmark built dist/ (and the engine's compiled data) for its compiled engine.
  const built = report.startup !== undefined;
  let engine: ExtractionEngine | undefined;
  const loadEngine = async () => (engine ??= (await import('../src/extract/index.js')).ExtractionEngine.load());
  await attempt('analysis', async () => {
    const { runAnalysisBench } = await import('./analysis.js');
    report.analysis = runAnalysisBench(await loadEngine(), plan.analysis, opts.log);
  });
  await attempt('poll', async () => {
    const { runPollBench } = await import('./poll.js');
    const { vocabularyFromEngine } = await import('./corpus.js');
    report.poll = await runPollBench(vocabularyFromEngine(await loadEngine()), { ...plan.poll, built }, opts.log);
  });
  await attempt('latency', async () => {
    const { runLatencyBench } = await import('./latency.js');
    report.latency = await runLatencyBench(await loadEngine(), plan.latency, opts.log);
  });
  await attempt('maps', async () => {
    const { runMapsBench } = await import('./maps.js');
    report.maps = await runMapsBench(plan.maps);
  });
  await attempt('cluster', async () => {
    const { runClusterBench } = await import('./cluster.js');
    report.cluster = await runClusterBench(plan.cluster, opts.log);
  });
  report.durationMs = round(nowMs() - started);
  return report;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      postgres: { type: 'string' },
      feeds: { type: 'string' },
      'extraction-workers': { type: 'string' },
      'first-cycle-budget': { type: 'string' },
    },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...BENCHMARKS];
  const unknown = only.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
  if (unknown.length) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}\n`);
    process.exit(2);
  }
  const quick = values.quick ?? false;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const base = quick ? QUICK_PLAN : FULL_PLAN;
  const feeds = values.feeds === undefined ? base.poll.feeds : Number(values.feeds);
  if (!Number.isInteger(feeds) || feeds < 1) {
    process.stderr.write(`--feeds must be a positive whole number, not ${values.feeds}\n`);
    process.exit(2);
  }
  const workersArg = values['extraction-workers'];
  const extractionWorkers = workersArg === undefined ? undefined : Number(workersArg);
  if (extractionWorkers !== undefined && !(Number.isInteger(extractionWorkers) && extractionWorkers >= 0)) {
    process.stderr.write(`--extraction-workers must be a whole number (0: extraction on the main thread), not ${workersArg}\n`);
    process.exit(2);
  }
  // Fewer feeds share fewer articles, as many as the full plan gives each feed.
  const articles = Math.round((base.poll.articles * feeds) / base.poll.feeds);
  const budgetArg = values['first-cycle-budget'];
  const budgetS = budgetArg === undefined ? base.poll.firstCycleBudgetMs / 1000 : Number(budgetArg);
  if (!(Number.isFinite(budgetS) && budgetS > 0)) {
    process.stderr.write(`--first-cycle-budget must be a number of seconds, not ${budgetArg}\n`);
    process.exit(2);
  }
  const firstCycleBudgetMs = budgetS * 1000;
  const plan = { ...base, poll: { ...base.poll, feeds, articles, postgresUrl: values.postgres, extractionWorkers, firstCycleBudgetMs } };
  const report = await runBenchmarks(plan, { quick, only: only as BenchmarkName[], log });
  const out = values.out ?? join(REPO_ROOT, 'bench', 'results', quick ? 'quick.json' : 'latest.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\nResults: ${out}\n`);
  process.exitCode = Object.keys(report.errors).length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
