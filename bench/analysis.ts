/**
 * Benchmark 1: analysis throughput. Extraction plus rule matching over a generated corpus with
 * 10, 1,000 and 10,000 rules and the full gazetteer, against two references measured in the same
 * run: a floor (normalise + tokenise, nothing else) and the naive regex filter of naive.ts.
 */
import type { ExtractionEngine } from '../src/extract/index.js';
import { prepareDocument } from '../src/extract/normalize.js';
import { RuleSet } from '../src/rules/compile.js';
import { engineResolver } from '../src/rules/engine-resolver.js';
import { matchRules } from '../src/rules/evaluate.js';
import { type BenchDocument, documentBytes, generateCorpus, vocabularyFromEngine } from './corpus.js';
import { NaiveFilter, naiveTermsFromEngine } from './naive.js';
import { generateRules } from './rules.js';
import { MB, median, nowMs, round, timed } from './stats.js';

export interface AnalysisOptions {
  seed: number;
  corpusBytes: number;
  ruleCounts: readonly number[];
  /** Rounds of timed passes (after one warm-up pass); each measurement keeps its median. */
  runs: number;
  /** The naive filter runs on an evenly spread sample: at most this many documents… */
  naiveMaxDocs: number;
  /** …and stops after this long (it still measures at least 3 documents). */
  naiveBudgetMs: number;
  /** Sitrep's time on the naive sample: documents per timed pass (default SAMPLE_REPEAT_DOCS). */
  sampleRepeatDocs?: number;
}

export interface Throughput {
  msPerPass: number;
  msPerDoc: number;
  docsPerSec: number;
  mbPerSec: number;
}

export interface RuleCountResult {
  rules: number;
  compileMs: number;
  sitrep: Throughput;
  /** matchRules alone, on documents already extracted: the part of the cost that rules add. */
  matchOnlyMsPerDoc: number;
  matchesPerDoc: number;
  /** Sitrep's cost in multiples of the floor. */
  timesFloor: number;
  naive: {
    regexes: number;
    docsSampled: number;
    msPerDoc: number;
    /** Sitrep on the very same sample documents. */
    sitrepMsPerDoc: number;
    /** naive ÷ Sitrep on the sample: how many times faster Sitrep is. */
    speedup: number;
    matchesPerDoc: number;
  };
}

export interface AnalysisResult {
  corpus: { documents: number; bytes: number; attackShare: number; seed: number };
  floor: Throughput;
  /** prepareDocument + extract, no rules. */
  extractOnly: Throughput;
  byRules: RuleCountResult[];
  /** Sitrep time per document at the most rules ÷ at the fewest. */
  growth: { from: number; to: number; ratio: number } | null;
  targets: {
    speedupAtMostRules: { target: number; measured: number | null; met: boolean | null };
    growth: { target: number; measured: number | null; met: boolean | null };
  };
}

/** Sitrep analyses at least this many documents (the sample, repeated) per timed pass on the naive sample. */
const SAMPLE_REPEAT_DOCS = 200;

function throughput(ms: number, docs: readonly BenchDocument[], bytes: number): Throughput {
  return {
    msPerPass: round(ms),
    msPerDoc: round(ms / docs.length, 4),
    docsPerSec: round((docs.length / ms) * 1000),
    mbPerSec: round(bytes / MB / (ms / 1000)),
  };
}

/** One warm-up pass, then `runs` timed passes; returns the median pass time. */
function medianPass(runs: number, pass: () => void): number {
  pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timed(pass).ms);
  return median(times);
}

/** Every k-th document, so the sample has the corpus's mix of lengths and kinds. */
function spreadSample<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]!);
}

export function runAnalysisBench(engine: ExtractionEngine, opts: AnalysisOptions, log: (line: string) => void = () => {}): AnalysisResult {
  const vocab = vocabularyFromEngine(engine);
  const resolver = engineResolver(engine);
  const docs = generateCorpus(vocab, { seed: opts.seed, targetBytes: opts.corpusBytes });
  const bytes = docs.reduce((n, d) => n + documentBytes(d), 0);
  log(`analysis: corpus of ${docs.length} documents, ${(bytes / MB).toFixed(2)} MB`);

  let sink = 0; // results feed this so no pass can be optimised away
  const prepared = docs.map((d) => prepareDocument(d));
  const extractions = prepared.map((p) => engine.extract(p));
  const allRules = generateRules(vocab, Math.max(...opts.ruleCounts), opts.seed);
  const sets = opts.ruleCounts.map((count) => {
    const compiled = timed(() =>
      RuleSet.compile(
        allRules.slice(0, count).map((rule) => ({ rule, guildId: null })),
        resolver,
      ),
    );
    return { count, set: compiled.value, compileMs: compiled.ms };
  });
  const analyse = (set: RuleSet, d: BenchDocument) => {
    const p = prepareDocument(d);
    const extraction = engine.extract(p);
    return matchRules(set, { extraction, tokens: p.tokens }, resolver).length;
  };

  // Every variant is timed once per round, round after round, so a change in the machine's load
  // (other processes on a shared machine) touches all of them alike; each keeps its median.
  const all = docs.map((_, i) => i);
  const variants: { name: string; pass: (which: readonly number[]) => void }[] = [
    {
      name: 'floor',
      pass: (which) => {
        for (const i of which) sink += prepareDocument(docs[i]!).tokens.length;
      },
    },
    {
      name: 'extract',
      pass: (which) => {
        for (const i of which) sink += engine.extract(prepareDocument(docs[i]!)).places.length;
      },
    },
    ...sets.flatMap(({ count, set }) => [
      {
        name: `sitrep:${count}`,
        pass: (which: readonly number[]) => {
          for (const i of which) sink += analyse(set, docs[i]!);
        },
      },
      {
        name: `match:${count}`,
        pass: (which: readonly number[]) => {
          for (const i of which) sink += matchRules(set, { extraction: extractions[i]!, tokens: prepared[i]!.tokens }, resolver).length;
        },
      },
    ]),
  ];
  const times = new Map(variants.map((v) => [v.name, [] as number[]]));
  // Warm-up on a part of the corpus: enough for the JIT, and the whole run stays short.
  const warmUp = all.slice(0, Math.max(20, Math.ceil(docs.length / 10)));
  for (const v of variants) v.pass(warmUp);
  for (let round = 0; round < opts.runs; round++) {
    for (const v of variants) times.get(v.name)!.push(timed(() => v.pass(all)).ms);
    log(`analysis: round ${round + 1}/${opts.runs} done`);
  }
  const med = (name: string) => median(times.get(name)!);
  const floorMs = med('floor');
  const floor = throughput(floorMs, docs, bytes);
  const extractOnly = throughput(med('extract'), docs, bytes);
  log(`analysis: floor ${floor.mbPerSec} MB/s, extraction alone ${extractOnly.mbPerSec} MB/s`);

  const naiveTerms = naiveTermsFromEngine(engine);
  const sample = spreadSample(docs, opts.naiveMaxDocs);
  const byRules: RuleCountResult[] = [];
  for (const { count, set, compileMs } of sets) {
    const matches = prepared.reduce((n, p, i) => n + matchRules(set, { extraction: extractions[i]!, tokens: p.tokens }, resolver).length, 0);
    const passMs = med(`sitrep:${count}`);
    const sitrep = throughput(passMs, docs, bytes);

    // The naive filter on the sample: the first document warms up (regex compilation), the rest is timed.
    const naive = new NaiveFilter(allRules.slice(0, count), naiveTerms);
    naive.match(sample[0]!);
    let naiveMatches = 0;
    let naiveDocs = 0;
    const start = nowMs();
    for (const d of sample.slice(1)) {
      naiveMatches += naive.match(d).length;
      naiveDocs++;
      if (naiveDocs >= 3 && nowMs() - start > opts.naiveBudgetMs) break;
    }
    const naiveMs = nowMs() - start;
    const timedSample = sample.slice(1, 1 + naiveDocs);
    // A few documents take Sitrep well under a millisecond: repeat them for a steadier median.
    const repeat = Math.max(1, Math.ceil((opts.sampleRepeatDocs ?? SAMPLE_REPEAT_DOCS) / naiveDocs));
    const sitrepSampleMs = medianPass(Math.max(opts.runs, 5), () => {
      for (let k = 0; k < repeat; k++) for (const d of timedSample) sink += analyse(set, d);
    });
    const naiveMsPerDoc = naiveMs / naiveDocs;
    const sitrepSampleMsPerDoc = sitrepSampleMs / (naiveDocs * repeat);
    const result: RuleCountResult = {
      rules: count,
      compileMs: round(compileMs),
      sitrep,
      matchOnlyMsPerDoc: round(med(`match:${count}`) / docs.length, 4),
      matchesPerDoc: round(matches / docs.length),
      timesFloor: round(passMs / floorMs),
      naive: {
        regexes: naive.regexCount,
        docsSampled: naiveDocs,
        msPerDoc: round(naiveMsPerDoc, 4),
        sitrepMsPerDoc: round(sitrepSampleMsPerDoc, 4),
        speedup: round(naiveMsPerDoc / sitrepSampleMsPerDoc),
        matchesPerDoc: round(naiveMatches / naiveDocs),
      },
    };
    byRules.push(result);
    log(
      `analysis: ${count} rules: ${sitrep.docsPerSec} docs/s, ${sitrep.mbPerSec} MB/s; naive ${result.naive.msPerDoc} ms/doc, ${result.naive.speedup}× Sitrep's time`,
    );
  }
  if (sink === -1) log('unreachable');

  const first = byRules[0];
  const last = byRules.at(-1);
  const growth = first && last && last !== first ? { from: first.rules, to: last.rules, ratio: round(last.sitrep.msPerDoc / first.sitrep.msPerDoc) } : null;
  const speedup = last?.naive.speedup ?? null;
  return {
    corpus: { documents: docs.length, bytes, attackShare: round(docs.filter((d) => d.attack).length / docs.length), seed: opts.seed },
    floor,
    extractOnly,
    byRules,
    growth,
    targets: {
      speedupAtMostRules: { target: 50, measured: speedup, met: speedup === null || last!.rules < 10_000 ? null : speedup >= 50 },
      growth: { target: 1.5, measured: growth?.ratio ?? null, met: growth && growth.from <= 10 && growth.to >= 10_000 ? growth.ratio <= 1.5 : null },
    },
  };
}
