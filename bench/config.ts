/** Temporary Sitrep config files for the benchmarks: the shipped config with other feeds and extra rules. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Rule } from '../src/config/rule-schema.js';
import { REPO_ROOT } from './child.js';

export const SHIPPED_CONFIG = join(REPO_ROOT, 'config', 'sitrep.yaml');

export interface BenchConfigOptions {
  feeds: { id: string; url: string; interval?: string }[];
  /** Rules added after the shipped ones. */
  extraRules?: readonly Rule[];
  /** Replace the shipped rules instead of adding to them. */
  replaceRules?: boolean;
  polling?: Record<string, unknown>;
}

/** Writes the config to `file`; returns the path and how many rules it holds. */
export function writeBenchConfig(file: string, opts: BenchConfigOptions): { file: string; rules: number } {
  const shipped = parse(readFileSync(SHIPPED_CONFIG, 'utf8')) as { rules?: unknown[]; polling?: Record<string, unknown> };
  const config = {
    ...shipped,
    feeds: opts.feeds,
    rules: [...(opts.replaceRules ? [] : (shipped.rules ?? [])), ...(opts.extraRules ?? [])],
    polling: { ...shipped.polling, ...opts.polling },
  };
  writeFileSync(file, stringify(config));
  return { file, rules: config.rules.length };
}
