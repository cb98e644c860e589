import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { writeOutput } from '../alerts/console-sink.js';
import { terminalText } from '../alerts/format-text.js';
import { SinkClosedError } from '../alerts/sink.js';
import { loadEnv } from '../config/env.js';
import { configPath } from '../config/load.js';
import { ExtractionEngine } from '../extract/index.js';
import { cityTable, type MapPlace, renderPng } from '../maps/index.js';
import { analyzeLine, DocumentAnalyzer, type RuleVerdictLine } from '../pipeline/analyze.js';
import { loadCheckedConfig } from '../rules/compile.js';
import { engineResolver } from '../rules/engine-resolver.js';
import type { CommonOptions } from './common.js';
import { writePicture } from './output-file.js';

/**
 * The lines of a JSON Lines stream: split on LF only (a CR inside a line, even a bare one, is
 * part of it; a CR before the LF is dropped), with a byte-order mark removed where a line starts.
 */
export async function* jsonLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const finish = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line).replace(/^\uFEFF/, '');
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let nl = pending.indexOf('\n');
    while (nl >= 0) {
      yield finish(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
      nl = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending) yield finish(pending);
}

/**
 * JSON text with raw control characters inside strings (a bare CR pasted into a title) written as
 * escapes, as JSON requires; anything else is left as it is. Linear in the line's length.
 */
export function escapeControlsInStrings(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
  if (!/[\u0000-\u001f]/.test(line)) return line;
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (inString && code < 0x20 && !escaped) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
      continue;
    }
    out += ch;
    if (escaped) escaped = false;
    else if (ch === '\\' && inString) escaped = true;
    else if (ch === '"') inString = !inString;
  }
  return out;
}

export interface AnalyzeOptions extends CommonOptions {
  /** Write the locator map of the first document with places to this PNG file. */
  map?: string;
  /** Every rule's verdict, matched or not and why: in words, or with `json` in each line's `rules`. */
  explain?: boolean;
  /** One document from the command line instead of stdin: its first line is the title. */
  text?: string;
}

/** One document given as text: the first line is its title, the rest its content. */
function textDocumentLine(text: string): string {
  const [title, ...rest] = text.trim().split('\n');
  return JSON.stringify({ id: 'text', title, content: rest.join('\n') });
}

type Analysis = ReturnType<typeof analyzeLine>;

/**
 * An analysis with the extraction's stages, the incident and every rule's verdict, for people; the
 * document's own text (its id, its sentences) kept to inert lines.
 */
function explanationText(a: Analysis): string {
  const id = a.id === null ? '(no id)' : terminalText(a.id);
  if ('error' in a) return `${id}: ${terminalText(a.error)}\n`;
  const what = a.isAttack ? `an attack report (${a.attackTypes.join(', ') || 'type unclear'})` : 'not an attack report';
  const where = a.places.map((p) => `${p.name} (${p.country})`).join(', ') || a.countries.join(', ') || 'no place found';
  const who = a.actors.map((x) => x.name).join(', ') || 'no actor named';
  const lines = [`${id}: ${what}; ${where}; ${who}; severity ${a.severity}`];
  const stages: string[] = 'stages' in a ? (a.stages as string[]) : [];
  for (const s of stages) lines.push(`  ${terminalText(s)}`);
  const joined = 'joined' in a ? (a.joined as string | null) : null;
  const why = joined ?? a.groupingNote;
  if (a.incidentId) lines.push(`  incident ${a.incidentId}${why ? `: ${terminalText(why)}` : ''}`);
  const rules: RuleVerdictLine[] = 'rules' in a ? (a.rules as RuleVerdictLine[]) : [];
  if (rules.length === 0) lines.push('  no rules in the config');
  for (const r of rules) lines.push(`  ${r.matched ? 'matched    ' : 'not matched'} ${r.rule}: ${r.why}`);
  return `${lines.join('\n')}\n`;
}

/** Contract 1: JSON Lines in on stdin, one analysis line out per input line, in order. */
export async function analyzeCommand(o: AnalyzeOptions): Promise<number> {
  const env = loadEnv();
  const engine = ExtractionEngine.load();
  const resolver = engineResolver(engine);
  const loaded = loadCheckedConfig(configPath(o.config, env.SITREP_CONFIG), resolver);
  const analyzer = new DocumentAnalyzer(engine, resolver, loaded.config);
  let mapped: { id: string | null; places: MapPlace[] } | null = null;
  try {
    const lines = o.text !== undefined ? [textDocumentLine(o.text)] : jsonLines(process.stdin);
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const result = analyzeLine(analyzer, escapeControlsInStrings(line), { explain: Boolean(o.explain) });
      if (o.map && !mapped && 'places' in result && result.places.length > 0) mapped = { id: result.id, places: result.places };
      await writeOutput(process.stdout, o.explain && !o.json ? explanationText(result) : `${JSON.stringify(result)}\n`);
    }
  } catch (err) {
    if (!(err instanceof SinkClosedError)) throw err;
    // A reader that left (`| head -1`) is no error; a full device is.
    if (err.quiet) return 0;
    process.stderr.write(`sitrep: ${err.message}\n`);
    return 1;
  }
  if (!o.map) return 0;
  const png = mapped ? renderPng({ kind: 'locator', places: mapped.places }, cityTable(engine.gazetteer.summaries())) : null;
  if (!png) {
    process.stderr.write('sitrep analyze: no map written: no document named a place\n');
    return 1;
  }
  if (!writePicture('analyze', 'the map', o.map, png)) return 1;
  process.stderr.write(
    `sitrep analyze: map of ${mapped!.id ?? 'the first document with places'} (${mapped!.places.map((p) => p.name).join(', ')}) written to ${o.map}\n`,
  );
  return 0;
}
