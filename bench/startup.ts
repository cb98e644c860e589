/** Benchmark 3: start-up — time and memory to load the config and the gazetteer, in a fresh process. */
import { join } from 'node:path';
import { buildDist, childJson, REPO_ROOT, runTsChild, sitrepStart } from './child.js';
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

interface EngineLoadSample {
  importCpuMs: number;
  totalCpuMs: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  heapUsedMB: number;
  fromCompiledData: boolean;
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
  /**
   * The compiled engine as the bot loads it (dist/extract and its compiled data, the bot's Node
   * flags): CPU time of the import and ExtractionEngine.load(), and the RSS they add (medians).
   * Issue 11's target: at most 1.5 s and 90 MB.
   */
  compiledEngine: { cpuMs: number; importCpuMs: number; rssAddedMB: number; heapUsedMB: number; fromCompiledData: boolean };
}

/** `built`: dist/ is fresh (the test run's setup has just built it), so it is not built again. */
export async function runStartupBench(opts: { runs: number; configFile?: string; built?: boolean }): Promise<StartupResult> {
  const configFile = opts.configFile ?? join(REPO_ROOT, 'config', 'sitrep.yaml');
  const samples: StartupSample[] = [];
  const walls: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const r = await runTsChild('bench/startup-child.ts', { args: [configFile], nodeFlags: ['--expose-gc'], timeoutMs: 120_000 });
    samples.push(childJson<StartupSample>('start-up', r));
    walls.push(r.wallMs);
  }
  if (!opts.built) buildDist();
  const { nodeFlags } = sitrepStart();
  const loads: EngineLoadSample[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const r = await runTsChild('bench/engine-load-child.mjs', { javascript: true, nodeFlags: [...nodeFlags, '--expose-gc'], timeoutMs: 120_000 });
    loads.push(childJson<EngineLoadSample>('engine load', r));
  }
  const medLoad = (f: (s: EngineLoadSample) => number) => round(median(loads.map(f)));
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
    compiledEngine: {
      cpuMs: medLoad((s) => s.totalCpuMs),
      importCpuMs: medLoad((s) => s.importCpuMs),
      rssAddedMB: medLoad((s) => s.rssAfterMB - s.rssBeforeMB),
      heapUsedMB: medLoad((s) => s.heapUsedMB),
      fromCompiledData: loads.every((s) => s.fromCompiledData),
    },
  };
}
