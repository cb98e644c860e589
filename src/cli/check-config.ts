import { loadEnv } from '../config/env.js';
import { configPath } from '../config/load.js';
import { ExtractionEngine } from '../extract/index.js';
import { lazy } from '../lazy.js';
import { loadCheckedConfig } from '../rules/compile.js';
import { describeRule } from '../rules/describe.js';
import { engineResolver } from '../rules/engine-resolver.js';
import type { CommonOptions } from './common.js';
import { durationText } from './text.js';

/** Validates the config (shape, then every place, actor and country name) and summarises it. */
export async function checkConfigCommand(o: CommonOptions): Promise<number> {
  const env = loadEnv();
  const resolver = engineResolver(lazy(() => ExtractionEngine.loadNames()));
  const loaded = loadCheckedConfig(configPath(o.config, env.SITREP_CONFIG), resolver);
  const { feeds, rules, polling } = loaded.config;
  const lines = [
    `${loaded.file}: OK`,
    `${feeds.length} feed${feeds.length === 1 ? '' : 's'}:`,
    ...feeds.map((f) => `  ${f.id}  ${f.url}  every ${durationText(f.interval ?? polling.interval)}${f.enabled ? '' : '  (disabled)'}`),
    `${rules.length} rule${rules.length === 1 ? '' : 's'}:`,
    ...rules.map((r) => `  ${r.id}${r.name ? ` (${r.name})` : ''}: ${describeRule(r, resolver)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
