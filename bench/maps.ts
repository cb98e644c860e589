/** Benchmark 5: maps — the locator map cold and warm, memory it adds, PNG sizes, and the SITREP of 500 incidents. */
import { childJson, runTsChild } from './child.js';

export interface MapsOptions {
  warmRuns: number;
  digestRuns: number;
}

export interface MapsResult {
  /** First map of a fresh process: worker start, world shapes and fonts loaded, drawn and rasterised. */
  coldMs: number;
  warmMedianMs: number;
  warmP95Ms: number;
  warmRuns: number;
  /** RSS the renderer (worker, world shapes, fonts) adds to the process, after the warm runs. */
  rssAddedMB: number;
  /** The highest RSS seen during the warm renders, above the same starting point. */
  rssPeakAddedMB: number;
  pngMaxKB: number;
  pngMedianKB: number;
  digestIncidents: number;
  /** Summing up 500 incidents and drawing their picture. */
  digestMedianMs: number;
  digestSummaryMs: number;
  digestPngKB: number;
  /** Baseline of the same run: rasterising an empty 800×500 picture. */
  floorMs: number;
  /** The limits, checked here (never in tests). */
  limits: { warm150ms: boolean; cold400ms: boolean; rss40MB: boolean; png300KB: boolean; digest1s: boolean };
}

export async function runMapsBench(opts: MapsOptions): Promise<MapsResult> {
  const r = await runTsChild('bench/maps-child.ts', { args: [String(opts.warmRuns), String(opts.digestRuns)], nodeFlags: ['--expose-gc'], timeoutMs: 300_000 });
  const m = childJson<Omit<MapsResult, 'limits'>>('maps', r);
  return {
    ...m,
    limits: {
      warm150ms: m.warmMedianMs <= 150,
      cold400ms: m.coldMs <= 400,
      rss40MB: m.rssAddedMB <= 40,
      png300KB: m.pngMaxKB <= 300,
      digest1s: m.digestMedianMs <= 1000,
    },
  };
}
