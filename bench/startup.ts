/** Benchmark 3: start-up — time and memory to load the config and the gazetteer, in a fresh process. */
import { join } from 'node:path';
import { childJson, REPO_ROOT, runTsChild } from './child.js';
import { median, round } from './stats.js';

interface StartupSample {
  configMs: number;
  engineMs: number;
  rulesMs: number;
  totalMs: number;
  rules: number;
  gazetteerEntries: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  heapUsedMB: number;
  peakRssMB: number;
}

export interface StartupResult {
  runs: number;
  gazetteerEntries: number;
  /** Medians over the runs. */
  configMs: number;
  engineMs: number;
  rulesMs: number;
  totalMs: number;
  /** Whole process, spawn to exit, including Node start-up and tsx compiling TypeScript on the fly. */
  processWallMs: number;
  rssAfterMB: number;
  rssAddedMB: number;
  heapUsedMB: number;
  peakRssMB: number;
}

export async function runStartupBench(opts: { runs: number; configFile?: string }): Promise<StartupResult> {
  const configFile = opts.configFile ?? join(REPO_ROOT, 'config', 'sitrep.yaml');
  const samples: StartupSample[] = [];
  const walls: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const r = await runTsChild('bench/startup-child.ts', { args: [configFile], nodeFlags: ['--expose-gc'], timeoutMs: 120_000 });
    samples.push(childJson<StartupSample>('start-up', r));
    walls.push(r.wallMs);
  }
  const med = (f: (s: StartupSample) => number) => round(median(samples.map(f)));
  return {
    runs: opts.runs,
    gazetteerEntries: samples[0]!.gazetteerEntries,
    configMs: med((s) => s.configMs),
    engineMs: med((s) => s.engineMs),
    rulesMs: med((s) => s.rulesMs),
    totalMs: med((s) => s.totalMs),
    processWallMs: round(median(walls)),
    rssAfterMB: med((s) => s.rssAfterMB),
    rssAddedMB: med((s) => s.rssAfterMB - s.rssBeforeMB),
    heapUsedMB: med((s) => s.heapUsedMB),
    peakRssMB: med((s) => s.peakRssMB),
  };
}
