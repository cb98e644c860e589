import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkConfigNames } from '../app.js';
import { loadEnv } from '../config/env.js';
import { configPath, loadConfig } from '../config/load.js';
import { ExtractionEngine } from '../extract/index.js';
import { cityTable, type MapPlace, renderPng } from '../maps/index.js';
import { analyzeLine, DocumentAnalyzer } from '../pipeline/analyze.js';
import { engineResolver } from '../rules/engine-resolver.js';
import type { CommonOptions } from './common.js';

export interface AnalyzeOptions extends CommonOptions {
  /** Write the locator map of the first document with places to this PNG file. */
  map?: string;
}

/** Contract 1: JSON Lines in on stdin, one analysis line out per input line, in order. */
export async function analyzeCommand(o: AnalyzeOptions): Promise<number> {
  const env = loadEnv();
  const loaded = loadConfig(configPath(o.config, env.SITREP_CONFIG));
  const engine = ExtractionEngine.load();
  const resolver = engineResolver(engine);
  checkConfigNames(loaded, resolver);
  const analyzer = new DocumentAnalyzer(engine, resolver, loaded.config);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let mapped: { id: string | null; places: MapPlace[] } | null = null;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const result = analyzeLine(analyzer, line);
    if (o.map && !mapped && 'places' in result && result.places.length > 0) mapped = { id: result.id, places: result.places };
    const out = `${JSON.stringify(result)}\n`;
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (!o.map) return 0;
  const png = mapped ? renderPng({ kind: 'locator', places: mapped.places }, cityTable(engine.gazetteer.entries)) : null;
  if (!png) {
    process.stderr.write('sitrep analyze: no map written: no document named a place\n');
    return 1;
  }
  writeFileSync(o.map, png);
  process.stderr.write(
    `sitrep analyze: map of ${mapped!.id ?? 'the first document with places'} (${mapped!.places.map((p) => p.name).join(', ')}) written to ${o.map}\n`,
  );
  return 0;
}
