import { writeFileSync } from 'node:fs';

/** A feed as a config lists it. */
export interface ConfigFeed {
  id: string;
  url: string;
  interval?: string;
}

/** A rule as a config lists it (see src/config/rule-schema.ts). */
export interface ConfigRule {
  id: string;
  attacksOnly?: boolean;
  match: Record<string, unknown>;
}

/**
 * Writes a config file of feeds and rules, each a YAML flow map on its line (JSON is YAML), and
 * returns its path: the one way the end-to-end tests write the config a CLI process reads.
 */
export function writeConfig(file: string, config: { feeds: readonly ConfigFeed[]; rules: readonly ConfigRule[] }): string {
  const list = (items: readonly object[]) => items.map((i) => `\n  - ${JSON.stringify(i)}`).join('');
  writeFileSync(file, `feeds:${list(config.feeds) || ' []'}\nrules:${list(config.rules) || ' []'}\n`);
  return file;
}
