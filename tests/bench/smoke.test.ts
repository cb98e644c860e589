/**
 * Smoke test of the benchmarks (bench/): each runs end to end at a tiny size and reports
 * well-formed numbers. It checks that the harness works, never how fast anything is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runAnalysisBench } from '../../bench/analysis.js';
import { type BenchVocabulary, generateCorpus, vocabularyFromEngine } from '../../bench/corpus.js';
import { runLatencyBench } from '../../bench/latency.js';
import { NaiveFilter, naiveTermsFromEngine } from '../../bench/naive.js';
import { runPollBench } from '../../bench/poll.js';
import { generateRules } from '../../bench/rules.js';
import { runStartupBench } from '../../bench/startup.js';
import { machineInfo } from '../../bench/stats.js';
import { formatReport } from '../../bench/table.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { validateRule } from '../../src/rules/compile.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';

const positive = (v: number | null | undefined) => {
  expect(typeof v).toBe('number');
  expect(Number.isFinite(v)).toBe(true);
  expect(v).toBeGreaterThan(0);
};

let engine: ExtractionEngine;
let vocab: BenchVocabulary;
beforeAll(() => {
  engine = ExtractionEngine.load();
  vocab = vocabularyFromEngine(engine);
}, 120_000);

describe('bench generators', () => {
  it('generates the same corpus for the same seed, with attack reports and other news', () => {
    const a = generateCorpus(vocab, { seed: 7, documents: 30 });
    const b = generateCorpus(vocab, { seed: 7, documents: 30 });
    expect(a).toEqual(b);
    expect(generateCorpus(vocab, { seed: 8, documents: 30 })).not.toEqual(a);
    expect(a.some((d) => d.attack) && a.some((d) => !d.attack)).toBe(true);
    const attacks = a.filter((d) => d.attack).map((d) => engine.extract(prepareDocument(d)));
    // The generator writes attack reports the engine recognises (most of them, not necessarily all).
    expect(attacks.filter((x) => x.isAttack).length).toBeGreaterThan(attacks.length / 2);
  });

  it('generates rules whose every name the gazetteer and actor list know', () => {
    const rules = generateRules(vocab, 300, 3);
    expect(new Set(rules.map((r) => r.id)).size).toBe(300);
    const resolver = engineResolver(engine);
    expect(rules.flatMap((r) => validateRule(r, resolver))).toEqual([]);
    expect(generateRules(vocab, 10, 3)).toEqual(rules.slice(0, 10));
  });

  it('the naive baseline matches a rule only when each of its conditions has a word-boundary hit', () => {
    const filter = new NaiveFilter(
      [
        { id: 'erbil-drones', match: { attackTypes: ['drone'], places: ['Erbil'] }, minSeverity: 'low', attacksOnly: true },
        { id: 'no-drills', match: { keywords: { any: ['drone'], all: [], none: ['exercise'] } }, minSeverity: 'low', attacksOnly: true },
      ],
      naiveTermsFromEngine(engine),
    );
    expect(filter.regexCount).toBeGreaterThan(3);
    expect(filter.match({ title: 'Drone attack on Erbil airport', content: '' })).toEqual(['erbil-drones', 'no-drills']);
    expect(filter.match({ title: 'Drones seen', content: 'A military exercise near Erbil.' })).toEqual(['erbil-drones']);
    expect(filter.match({ title: 'Erbilians rejoice', content: 'Dronescape festival.' })).toEqual([]);
  });
});

describe('bench smoke runs', () => {
  it('analysis: throughput, floor and naive ratios', () => {
    // Each timed pass on the naive sample analyses its few documents once, not 200 times over:
    // the repetition steadies a real run's median; here only the numbers' form is checked.
    const r = runAnalysisBench(engine, {
      seed: 1,
      corpusBytes: 30_000,
      ruleCounts: [10, 200],
      runs: 1,
      naiveMaxDocs: 4,
      naiveBudgetMs: 100,
      sampleRepeatDocs: 1,
    });
    expect(r.corpus.documents).toBeGreaterThan(5);
    for (const t of [r.floor, r.extractOnly]) [t.msPerDoc, t.docsPerSec, t.mbPerSec].forEach(positive);
    expect(r.byRules.map((b) => b.rules)).toEqual([10, 200]);
    for (const b of r.byRules) {
      [b.sitrep.docsPerSec, b.sitrep.mbPerSec, b.timesFloor, b.naive.msPerDoc, b.naive.sitrepMsPerDoc, b.naive.speedup].forEach(positive);
      expect(b.naive.docsSampled).toBeGreaterThanOrEqual(3);
      expect(b.matchesPerDoc).toBeGreaterThanOrEqual(0);
    }
    expect(r.byRules[1]!.naive.regexes).toBeGreaterThan(r.byRules[0]!.naive.regexes);
    positive(r.growth?.ratio);
    // Targets are for 10,000 rules: a smaller run does not claim them.
    expect(r.targets.speedupAtMostRules.met).toBeNull();
    expect(r.targets.growth.met).toBeNull();
  });

  it('start-up: a fresh process loads config and gazetteer', async () => {
    // dist/ is fresh: tests/global-setup.ts built it, and the engine's compiled data, for this run.
    const r = await runStartupBench({ runs: 1, built: true });
    expect(r.gazetteerEntries).toBeGreaterThan(1000);
    [r.engineMs, r.totalMs, r.processWallMs, r.rssAfterMB, r.heapUsedMB, r.peakRssMB, r.compiledEngine.cpuMs, r.compiledEngine.rssAddedMB].forEach(positive);
    expect(r.compiledEngine.fromCompiledData).toBe(true);
  }, 120_000);

  it('poll: a first cycle stores every item, an unchanged cycle gets only 304s', async () => {
    // dist/ is fresh: tests/global-setup.ts built it for this run.
    const r = await runPollBench(vocab, {
      seed: 1,
      feeds: 3,
      itemsPerFeed: 4,
      servers: 2,
      articles: 8,
      extraRules: 3,
      firstCycleBudgetMs: 60_000,
      built: true,
    });
    expect(r.firstComplete).toBe(true);
    expect(r.first.newItems).toBe(12);
    expect(r.first.statuses).toEqual({ 200: 3 });
    expect(r.second.statuses).toEqual({ 304: 3 });
    expect(r.second.newItems).toBe(0);
    [r.firstCycleMs, r.unchangedCycleMs, r.peakRssMB, r.rssParserMs, r.firstCycleTimesRssParser].forEach(positive);
    expect(r.targets.firstCycleMs.met).toBeNull();
    if (process.platform === 'linux') {
      // The split by thread reads /proc: the main thread's part is the same file's figure, read a moment apart (one 10 ms tick over 12 items).
      const split = r.cpuMsPerItemByThread!;
      expect(split).not.toBeNull();
      for (const ms of Object.values(split)) expect(ms).toBeGreaterThanOrEqual(0);
      expect(Math.abs(split.main - r.mainThreadCpuMsPerItem!)).toBeLessThanOrEqual(10 / 12 + 0.001);
      // The main thread's wall time split (on a core, waiting for one, asleep) adds up to the cycle's wall time (each part rounded to 0.1 s).
      const wall = r.wallSecondsByThread!;
      expect(wall).not.toBeNull();
      for (const part of [wall.main, wall.extractionWorkers]) for (const s of Object.values(part)) expect(s).toBeGreaterThanOrEqual(0);
      expect(Math.abs(wall.main.running + wall.main.waitingForCore + wall.main.asleep - r.first.ms / 1000)).toBeLessThanOrEqual(0.2);
    }
  }, 300_000);

  it('latency: an item that appears in the feed arrives as an alert', async () => {
    const r = await runLatencyBench(engine, { seed: 1, items: 1, intervalMs: 1_000, windowMs: 200 });
    expect(r.problem).toBeNull();
    expect(r.delivered).toBe(1);
    positive(r.medianMs);
    positive(r.medianAfterFetchMs);
    expect(r.worstMs).toBeGreaterThanOrEqual(r.medianMs!);
  }, 120_000);

  it('the report prints every part it has', () => {
    const text = formatReport({ machine: machineInfo(), quick: true, durationMs: 1, errors: { latency: 'Error: not built yet' } });
    expect(text).toContain('cores');
    expect(text).toContain('latency: could not run: Error: not built yet');
  });
});
