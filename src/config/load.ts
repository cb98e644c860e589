import { readFileSync } from 'node:fs';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import { DEFAULT_CONFIG_PATH } from '../paths.js';
import { ConfigError, type ConfigProblem, issuesToProblems } from './errors.js';
import { type Config, ConfigSchema } from './schema.js';

export interface LoadedConfig {
  file: string;
  config: Config;
  /** Finds the line of a path inside the file, for problems found after parsing (unknown places…). */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/** Which config file to use: --config, then SITREP_CONFIG, then the shipped default. */
export function configPath(cliPath?: string, envPath?: string): string {
  return cliPath ?? envPath ?? DEFAULT_CONFIG_PATH;
}

function locator(doc: Document, lines: LineCounter) {
  return (path: readonly PropertyKey[]) => {
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

/** Parses and validates a config text; throws ConfigError naming each problem with its line. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return { path: '', message: `YAML: ${e.message.split('\n')[0]}`, line: pos?.line, column: pos?.col };
      }),
    );
  }
  const locate = locator(doc, lines);
  const raw = doc.toJS() ?? {};
  const parsed = ConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems: ConfigProblem[] = issuesToProblems(parsed.error.issues).map((p, i) => ({
      ...p,
      ...locate(parsed.error.issues[i]!.path),
    }));
    throw new ConfigError(file, problems);
  }
  const ids = new Map<string, number>();
  const dupes: ConfigProblem[] = [];
  for (const [kind, list] of [
    ['feeds', parsed.data.feeds],
    ['rules', parsed.data.rules],
  ] as const) {
    ids.clear();
    list.forEach((item, i) => {
      if (ids.has(item.id))
        dupes.push({ path: `${kind}[${i}].id`, message: `duplicate id "${item.id}" (also ${kind}[${ids.get(item.id)}])`, ...locate([kind, i, 'id']) });
      else ids.set(item.id, i);
    });
  }
  if (dupes.length > 0) throw new ConfigError(file, dupes);
  return { file, config: parsed.data, locate };
}

export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [{ path: '', message: `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }]);
  }
  return parseConfig(text, file);
}
