/**
 * Child of the start-up benchmark: loads the config, the extraction engine (gazetteer, actors,
 * lexicon) and compiles the config's rules, as createApp does, and prints what it cost.
 * Run with --expose-gc so the retained heap is measured after a collection.
 */
import { loadConfig } from '../src/config/load.js';
import { ExtractionEngine } from '../src/extract/index.js';
import { RuleSet } from '../src/rules/compile.js';
import { engineResolver } from '../src/rules/engine-resolver.js';
import { MB, nowMs } from './stats.js';

const configFile = process.argv[2];
if (!configFile) throw new Error('usage: startup-child.ts CONFIG');
const rssBefore = process.memoryUsage().rss;
const t0 = nowMs();
const loaded = loadConfig(configFile);
const t1 = nowMs();
const engine = ExtractionEngine.load();
const t2 = nowMs();
const rules = RuleSet.compile(
  loaded.config.rules.map((rule) => ({ rule, guildId: null })),
  engineResolver(engine),
);
const t3 = nowMs();
(globalThis as { gc?: () => void }).gc?.();
const mem = process.memoryUsage();
console.log(
  JSON.stringify({
    configMs: t1 - t0,
    engineMs: t2 - t1,
    rulesMs: t3 - t2,
    totalMs: t3 - t0,
    rules: rules.rules.length,
    gazetteerEntries: engine.gazetteer.entries.length,
    rssBeforeMB: rssBefore / MB,
    rssAfterMB: mem.rss / MB,
    heapUsedMB: mem.heapUsed / MB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
