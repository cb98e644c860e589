import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { parse } from 'yaml';
import type { z } from 'zod';

/**
 * The YAML parser, loaded on first use: an engine that reads its compiled data (engine-data.ts)
 * parses no YAML, and a thread that never loads the parser spares its 8 MB.
 */
let parseYaml: typeof parse | undefined;
const requireHere = createRequire(import.meta.url);

/**
 * Reads one of the engine's data files (YAML, JSON, or gzip'd JSON) and validates it, so a broken
 * file fails at load with the file, the path inside it and what is wrong.
 */
export function readDataFile<T>(path: string, schema: z.ZodType<T>, what: string): T {
  return validateDataFile(readRawDataFile(path, what), schema, path, what);
}

/** A data file as parsed, not yet validated. */
export function readRawDataFile(path: string, what: string): unknown {
  try {
    const bytes = readFileSync(path);
    const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    if (!/\.ya?ml$/.test(path)) return JSON.parse(text);
    parseYaml ??= (requireHere('yaml') as { parse: typeof parse }).parse;
    return parseYaml(text);
  } catch (err) {
    throw new Error(`${what}: cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Validates the parsed content of data file `path` (read from it, or as the compiled engine data stores it). */
export function validateDataFile<T>(raw: unknown, schema: z.ZodType<T>, path: string, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${what}: ${path}: at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** config/data next to the package root (works from src/ under tsx and from dist/). */
export function defaultDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../config/data');
}
