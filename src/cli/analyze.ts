import { createInterface } from 'node:readline';
import { checkConfigNames } from '../app.js';
import { loadEnv } from '../config/env.js';
import { configPath, loadConfig } from '../config/load.js';
import { ExtractionEngine } from '../extract/index.js';
import { analyzeLine, DocumentAnalyzer } from '../pipeline/analyze.js';
import { engineResolver } from '../rules/engine-resolver.js';
import type { CommonOptions } from './common.js';

/** Contract 1: JSON Lines in on stdin, one analysis line out per input line, in order. */
export async function analyzeCommand(o: CommonOptions): Promise<number> {
  const env = loadEnv();
  const loaded = loadConfig(configPath(o.config, env.SITREP_CONFIG));
  const engine = ExtractionEngine.load();
  const resolver = engineResolver(engine);
  checkConfigNames(loaded, resolver);
  const analyzer = new DocumentAnalyzer(engine, resolver, loaded.config);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = `${JSON.stringify(analyzeLine(analyzer, line))}\n`;
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return 0;
}
