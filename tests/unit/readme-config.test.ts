/** README's configuration table against the schema, the one source of keys and defaults. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { objectAt } from '../../src/config/errors.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

interface Row {
  key: string;
  default: string;
}

const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Configuration');
// Up to the next heading (the environment's table follows under its own).
const section = readme.slice(start, start + 1 + readme.slice(start + 1).search(/\n##+ /));
const rows: Row[] = [...section.matchAll(/^\| `([^`]+)` \| ([^|]+) \|/gm)].map((m) => ({ key: m[1]!, default: m[2]!.trim() }));

/** "rules[].match.near" → ["rules", 0, "match", "near"]. */
const pathOf = (key: string) => key.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]));

/** The smallest valid config, with `extra` set at `path`. */
function configWith(path: readonly (string | number)[], value?: unknown): Record<string, unknown> {
  const config: Record<string, unknown> = {
    feeds: [{ id: 'f', url: 'https://example.org/rss' }],
    rules: [{ id: 'r' }],
    digests: [{ rule: 'r' }],
  };
  if (path.length === 0) return config;
  let node = config as Record<string | number, unknown>;
  path.slice(0, -1).forEach((seg, i) => {
    node[seg] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[seg] as Record<string | number, unknown>;
  });
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
  return config;
}

const at = (value: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((v, seg) => (v as Record<string | number, unknown>)?.[seg], value);

/** Every key the schema has, lists' items written "[]". */
function schemaKeys(prefix: (string | number)[] = [], name = ''): string[] {
  const shape = objectAt(ConfigSchema, prefix);
  if (!shape) return [];
  return Object.keys(shape).flatMap((k) => {
    const key = name ? `${name}.${k}` : k;
    const asList = objectAt(ConfigSchema, [...prefix, k, 0]);
    if (asList) return [key, ...schemaKeys([...prefix, k, 0], `${key}[]`)];
    return [key, ...schemaKeys([...prefix, k], key)];
  });
}

describe("README's configuration table", () => {
  it('lists every key of the schema (itself or a parent row), and no key the schema lacks', () => {
    const listed = new Set(rows.map((r) => r.key));
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) expect(objectAt(ConfigSchema, pathOf(row.key).slice(0, -1)), row.key).toHaveProperty(String(pathOf(row.key).at(-1)));
    const sections = new Set(['feeds', 'rules', 'digests', 'polling', 'network', 'retention', 'incidents', 'maps', 'http', 'rules[].match']);
    const missing = schemaKeys().filter((k) => !sections.has(k) && ![...listed].some((l) => k === l || k.startsWith(`${l}.`) || k.startsWith(`${l}[].`)));
    expect(missing).toEqual([]);
  });

  it("gives each key the schema's default: the README's value read by the schema is what the schema defaults to", () => {
    const defaults = ConfigSchema.parse(configWith([]));
    for (const row of rows) {
      const path = pathOf(row.key);
      const literal = /^`([^`]+)`$/.exec(row.default)?.[1];
      if (row.default === 'required') {
        expect(ConfigSchema.safeParse(configWith(path, undefined)).success, `${row.key} is required`).toBe(false);
        continue;
      }
      const schemaDefault = at(ConfigSchema.parse(configWith(path, undefined)), path);
      if (literal === undefined || rows.some((r) => r.key === literal)) {
        // "–", "any", "off", "the id", or another key's value: no default of its own.
        expect(schemaDefault, `${row.key} has no default of its own`).toBeUndefined();
      } else {
        const written = at(ConfigSchema.parse(configWith(path, parseYaml(literal))), path);
        expect(written, `${row.key}: README says ${literal}`).toEqual(schemaDefault);
      }
    }
    expect(defaults.incidents.window).toBe(24 * 3_600_000);
  });
});
