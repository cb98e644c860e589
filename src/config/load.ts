import { readFileSync } from 'node:fs';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { DEFAULT_CONFIG_PATH } from '../paths.js';
import { ConfigError, type ConfigProblem, issuesToProblems, parsePath } from './errors.js';
import { type Rule, RuleMatchSchema, RuleSchema } from './rule-schema.js';
import { type Config, ConfigSchema } from './schema.js';
import { closeMatches, quotedSuggestions } from './suggest.js';

/** Where a path inside the file is: its value, or with `key` the key that names it. */
export type Locate = (path: readonly PropertyKey[], key?: boolean) => { line: number; column: number } | undefined;

/** A config file as loaded: its YAML document (and the line finder over it) is not kept, which for 1,000 feeds is over a megabyte. */
export interface LoadedConfig {
  file: string;
  config: Config;
}

/** Checks the config layer cannot make itself: a rule's names against the gazetteer and actors. */
export interface ConfigChecks {
  /** Problems of a rule whose shape is valid; paths are inside the rule ("match.places[0]"). */
  rule?: (rule: Rule) => { path: string; message: string }[];
}

/** Which config file to use: --config, then SITREP_CONFIG, then the shipped default. */
export function configPath(cliPath?: string, envPath?: string): string {
  return cliPath ?? envPath ?? DEFAULT_CONFIG_PATH;
}

/** Aliases a document may use before it looks like a "billion laughs" expansion. */
const MAX_ALIASES = 100;

function locator(doc: Document, lines: LineCounter): Locate {
  return (path, key) => {
    if (key && path.length > 0) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
      if (isNode(pair?.key) && pair.key.range) {
        const pos = lines.linePos(pair.key.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    // The deepest node that exists on the path: a missing key points at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) {
        const pos = lines.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return undefined;
  };
}

/** Items of a list in the raw document that repeat an earlier item's id, and feeds that repeat an earlier feed's address. */
function duplicateIds(raw: Record<string, unknown>, locate: Locate): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const kind of ['feeds', 'rules'] as const) {
    const list = raw[kind];
    if (!Array.isArray(list)) continue;
    const first = new Map<unknown, number>();
    list.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (first.has(id))
        problems.push({ path: `${kind}[${i}].id`, message: `duplicate id "${id}" (also ${kind}[${first.get(id)}])`, ...locate([kind, i, 'id']) });
      else first.set(id, i);
    });
  }
  const feeds = raw.feeds;
  if (Array.isArray(feeds)) {
    // The same address under two ids would be fetched, and its news read, twice a poll.
    const first = new Map<string, number>();
    feeds.forEach((item, i) => {
      const url = (item as { url?: unknown } | null)?.url;
      const address = typeof url === 'string' ? feedAddress(url) : null;
      if (address === null) return;
      const earlier = first.get(address);
      if (earlier === undefined) first.set(address, i);
      else
        problems.push({
          path: `feeds[${i}].url`,
          message: `the same address as feeds[${earlier}] (${JSON.stringify((feeds[earlier] as { id?: unknown }).id)}): list each feed once`,
          ...locate(['feeds', i, 'url']),
        });
    });
  }
  return problems;
}

/** A feed URL as one address however it was written: host case, "www.", fragment and a trailing slash do not count; the port does. */
function feedAddress(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return `${u.protocol}//${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return null;
  }
}

/** Digests naming a rule the file does not have. */
function unknownDigestRules(raw: Record<string, unknown>, locate: Locate): ConfigProblem[] {
  if (!Array.isArray(raw.digests)) return [];
  const ids = (Array.isArray(raw.rules) ? raw.rules.map((r) => (r as { id?: unknown } | null)?.id) : []).filter((id) => typeof id === 'string');
  return raw.digests.flatMap((d, i) => {
    const rule = (d as { rule?: unknown } | null)?.rule;
    return typeof rule === 'string' && !ids.includes(rule)
      ? [
          {
            path: `digests[${i}].rule`,
            message: `no rule "${rule}" in this file${quotedSuggestions(closeMatches(rule, ids))}`,
            ...locate(['digests', i, 'rule']),
          },
        ]
      : [];
  });
}

/**
 * The checks of `checks.rule` on every rule, whatever else is wrong: each on the conditions of the
 * rule's `match` whose shape is valid, so a typo elsewhere does not hide an unknown place.
 */
function ruleProblems(raw: Record<string, unknown>, locate: Locate, checks: ConfigChecks): ConfigProblem[] {
  if (!checks.rule || !Array.isArray(raw.rules)) return [];
  return raw.rules.flatMap((r, i) => {
    const match = (r as { match?: unknown } | null)?.match;
    if (!match || typeof match !== 'object') return [];
    const valid = Object.entries(match).filter(([key, value]) => RuleMatchSchema.safeParse({ [key]: value }).success);
    const rule = RuleSchema.parse({ id: 'checked', match: Object.fromEntries(valid) });
    return checks.rule!(rule).map((p) => ({ path: `rules[${i}].${p.path}`, message: p.message, ...locate(['rules', i, ...parsePath(p.path)]) }));
  });
}

/**
 * Parses and validates a config text. Every problem is found in one go (YAML, shape, duplicate
 * ids, digests' rules, and `checks`) and thrown as one ConfigError naming each with its line.
 */
export function parseConfig(text: string, file: string, checks: ConfigChecks = {}): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const source = text.split('\n');
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        const near = source[pos.line - 1]?.trim();
        return { path: '', message: `YAML: ${e.message}${near ? ` (at "${near.slice(0, 60)}")` : ''}`, line: pos.line, column: pos.col };
      }),
    );
  }
  if (doc.contents === null) {
    throw new ConfigError(file, [
      { path: '', message: 'the file is empty: it needs feeds and rules (see config/sitrep.yaml, or write one with `sitrep init`)' },
    ]);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    throw new ConfigError(file, [{ path: '', message: `YAML: aliases (*name) expand beyond ${MAX_ALIASES} copies; write the values out instead` }]);
  }
  const locate = locator(doc, lines);
  const problems: ConfigProblem[] = [];
  const parsed = ConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const source = (path: readonly PropertyKey[]) => {
      const node = doc.getIn(path as unknown[], true);
      return isScalar(node) ? node.source : undefined;
    };
    problems.push(...issuesToProblems(parsed.error.issues, ConfigSchema, locate, source));
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const top = raw as Record<string, unknown>;
    problems.push(...duplicateIds(top, locate), ...unknownDigestRules(top, locate), ...ruleProblems(top, locate, checks));
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(
      file,
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    );
  }
  return { file, config: parsed.data };
}

/** Why a config file cannot be read, in words. */
function unreadable(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file (give another with --config or SITREP_CONFIG, or write one with `sitrep init`)';
    case 'EISDIR':
      return 'is a directory, not a config file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    default:
      return `cannot be read: ${err.code ? `${err.code} ` : ''}${err.message}`;
  }
}

export function loadConfig(file: string, checks: ConfigChecks = {}): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [{ path: '', message: unreadable(err as NodeJS.ErrnoException) }]);
  }
  return parseConfig(text, file, checks);
}
