/**
 * Loads the gazetteer and prints load time (the first, cold load of the process, and the best of
 * three more), heap and entry counts:
 * node --expose-gc --import tsx scripts/gazetteer-stats.ts [dataDir]
 */
import { Gazetteer } from '../src/extract/gazetteer/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const gazetteer = Gazetteer.load(process.argv[2]);
const loadMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
// The packed table lives in SharedArrayBuffers, outside the heap.
const sharedAfter = process.memoryUsage().arrayBuffers;

const warm: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  Gazetteer.load(process.argv[2]);
  warm.push(performance.now() - t);
}
gc?.();

const byKind: Record<string, number> = {};
for (const e of gazetteer.entries) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
let names = 0;
for (const _ of gazetteer.names()) names++;
const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, Math.round((performance.now() - t) * 10) / 10];
};
const [, searchMs] = timed(() => gazetteer.search('bag', 10));
const [suggestions, suggestMs] = timed(() => gazetteer.suggest('Irbel', 5));
console.log(
  JSON.stringify(
    {
      loadMs: Math.round(loadMs),
      // CPU time of the load: wall time is longer when other processes share the cores.
      loadCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      warmLoadMs: Math.round(Math.min(...warm)),
      heapMB: Math.round((heapAfter - heapBefore) / 1e5) / 10,
      heapTotalUsedMB: Math.round(heapAfter / 1e5) / 10,
      tableMB: Math.round(sharedAfter / 1e5) / 10,
      gcExposed: gc !== undefined,
      entries: gazetteer.entries.length,
      byKind,
      distinctNameKeys: names,
      searchMs,
      suggestMs,
      suggestIrbel: suggestions,
    },
    null,
    2,
  ),
);
