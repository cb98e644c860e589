import type { z } from 'zod';
import { closeMatches, quotedSuggestions } from './suggest.js';

export interface ConfigProblem {
  /** Path inside the file, e.g. "rules[0].match.attackTypes[0]". */
  path: string;
  message: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
}

/** A configuration that cannot be used: says the file, each path inside it and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    // One problem is one line; several are counted first, one a line below.
    super(
      problems.length === 1
        ? formatProblem(file, problems[0]!)
        : `${file}: ${problems.length} problems\n${problems.map((p) => `  ${formatProblem(file, p)}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export function formatProblem(file: string, p: ConfigProblem): string {
  const where = p.line ? `${file}:${p.line}${p.column ? `:${p.column}` : ''}` : file;
  return `${where}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out;
}

/** The segments of a formatted path: "rules[0].match" → ["rules", 0, "match"]. */
export function parsePath(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

type AnySchema = z.core.$ZodType;

/** The object schema a path leads to inside `schema` (through lists, defaults, optionals), if any: its keys for suggestions, and the README test. */
export function objectAt(schema: AnySchema, path: readonly PropertyKey[]): Record<string, AnySchema> | undefined {
  let s: AnySchema | undefined = schema;
  let i = 0;
  while (s) {
    const def = s._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; element?: AnySchema; shape?: Record<string, AnySchema> };
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (i === path.length) return def.shape;
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'object') s = def.shape?.[String(path[i])];
    else return undefined;
    if (def.type === 'array' || def.type === 'object') i++;
  }
  return undefined;
}

/** The schema of the value a path leads to (through defaults and optionals), if `schema` says. */
function fieldAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  const last = path[path.length - 1];
  let s = typeof last === 'string' ? objectAt(schema, path.slice(0, -1))?.[last] : undefined;
  while (s && (s._zod.def as { innerType?: AnySchema }).innerType) s = (s._zod.def as { innerType?: AnySchema }).innerType;
  return s;
}

interface Bound {
  value: number;
  inclusive: boolean;
}

/**
 * The allowed range of a number, in words: "a whole number from 1 to 16", "more than 0 and at
 * most 5000". The bounds come from the field's schema when known, else from the issue alone.
 */
function numberRange(issue: z.core.$ZodIssue, field: AnySchema | undefined): string {
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  let whole = false;
  for (const check of (field?._zod.def as { checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[] })?.checks ??
    []) {
    const d = check._zod.def;
    if (d.check === 'greater_than') lower = { value: Number(d.value), inclusive: Boolean(d.inclusive) };
    if (d.check === 'less_than') upper = { value: Number(d.value), inclusive: Boolean(d.inclusive) };
    if (d.check === 'number_format' && /int/.test(d.format ?? '')) whole = true;
  }
  if (issue.code === 'too_small') lower = { value: Number(issue.minimum), inclusive: Boolean(issue.inclusive) };
  if (issue.code === 'too_big') upper = { value: Number(issue.maximum), inclusive: Boolean(issue.inclusive) };
  const kind = whole ? 'a whole number ' : '';
  if (lower && upper && lower.inclusive && upper.inclusive) return `${kind}from ${lower.value} to ${upper.value}`;
  const parts = [
    lower && `${lower.inclusive ? 'at least' : 'more than'} ${lower.value}`,
    upper && `${upper.inclusive ? 'at most' : 'less than'} ${upper.value}`,
  ].filter(Boolean);
  return `${kind}${parts.join(' and ')}`;
}

/** Whether a key may be left out (it is optional or has a default). */
function mayBeLeftOut(schema: AnySchema | undefined, path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const field = schema && typeof last === 'string' ? objectAt(schema, path.slice(0, -1))?.[last] : undefined;
  const type = (field?._zod.def as { type?: string } | undefined)?.type;
  return type === 'optional' || type === 'default';
}

/** How a value of each kind is written, for a key left without one. */
const HOW_TO_WRITE: Record<string, string> = {
  array: 'a list such as [a, b]',
  object: 'its keys on the lines below, indented',
  number: 'a number',
  boolean: 'true or false',
  string: 'a value',
};

/** A value given where another kind was expected, in words, with what to write instead. */
function wrongKind(issue: z.core.$ZodIssue & { code: 'invalid_type' }, input: unknown, schema: AnySchema | undefined, source: string | undefined): string {
  const text = source ?? (typeof input === 'string' ? input : JSON.stringify(input));
  const given = typeof input === 'string' ? `the text "${input}"` : Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'keys and values' : text;
  // A field with a message of its own (a URL, keywords) says what it takes.
  if (!issue.message.startsWith('Invalid input')) return issue.message;
  if (input === null) {
    // A key written with nothing after it.
    return `has no value: write ${HOW_TO_WRITE[issue.expected] ?? 'a value'}${mayBeLeftOut(schema, issue.path) ? ', or leave the key out' : ''}`;
  }
  switch (issue.expected) {
    case 'array':
      return typeof input === 'object'
        ? 'expected a list: each value on its own line after "- ", or [a, b]'
        : `expected a list: write [${text}] for one value, or each value on its own line after "- "`;
    case 'object': {
      const keys = Object.keys((schema && objectAt(schema, issue.path)) ?? {});
      return `expected keys and values${keys.length ? ` (${keys.join(', ')})` : ''}, not ${given}`;
    }
    case 'boolean':
      return `write true or false, without quotes (got ${typeof input === 'string' ? `"${input}"` : given})`;
    case 'number':
      return `expected a number, not ${given}`;
    case 'string':
      if (typeof input === 'number' || typeof input === 'boolean') {
        const lossy = typeof input === 'number' && !Number.isSafeInteger(input) && Number.isInteger(input);
        return `write it in quotes: "${text}"${lossy ? ' (a number this long loses its last digits)' : ''}`;
      }
      return `expected text, not ${given}`;
    default:
      return issue.message;
  }
}

function describeIssue(issue: z.core.$ZodIssue, schema?: AnySchema, source?: string): string {
  const input = (issue as { input?: unknown }).input;
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    return `must be ${numberRange(issue, schema && fieldAt(schema, issue.path))}${input === undefined ? '' : ` (got ${String(input)})`}`;
  }
  if (issue.code === 'invalid_type' && input === undefined) return 'is required';
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'expected a mapping of sections (feeds:, rules:, …)';
  if (issue.code === 'invalid_type') return wrongKind(issue, input, schema, source);
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const values = issue.values.map(String);
    return `"${String(input)}" is not one of ${values.join(', ')}${quotedSuggestions(closeMatches(String(input), values))}`;
  }
  return issue.message;
}

/**
 * Zod issues as problems: one per unknown key, with the known keys closest to it when `schema`
 * says which those are, and each placed in the file by `locate`. `source` gives a value as the
 * file spells it (a long number that YAML rounded, for the fix to quote).
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  schema?: AnySchema,
  locate?: (path: readonly PropertyKey[], key?: boolean) => { line: number; column: number } | undefined,
  source?: (path: readonly PropertyKey[]) => string | undefined,
): ConfigProblem[] {
  return issues.flatMap((i): ConfigProblem[] => {
    if (i.code === 'unrecognized_keys') {
      const known = schema ? Object.keys(objectAt(schema, i.path) ?? {}) : [];
      return i.keys.map((key) => ({
        path: formatPath(i.path),
        message: `unknown key "${key}"${quotedSuggestions(closeMatches(key, known))}`,
        ...locate?.([...i.path, key], true),
      }));
    }
    return [{ path: formatPath(i.path), message: describeIssue(i, schema, source?.(i.path)), ...locate?.(i.path) }];
  });
}

/** A fault of the surroundings that only the user can fix (a refused token): one line, exit 1. */
export class SetupFault extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SetupFault';
  }
}
