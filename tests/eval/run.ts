/**
 * Evaluates the extraction engine on a labelled JSON Lines file (default tests/eval/data/attacks.jsonl).
 *
 *   npm run eval                      # table + misses
 *   npm run eval -- other.jsonl       # another labelled file
 *   npm run eval -- --json            # metrics as JSON
 *   npm run eval -- --update-baseline # record the metrics in tests/eval/baseline.json
 *
 * Each line: {id, title, content?, published?, expected: {isAttack, attackTypes, countries,
 * places: [names], actors: [names], casualties: {killed, injured}}, tags?}.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { Extraction } from '../../src/extract/analysis.js';
import { phraseKey, prepareDocument } from '../../src/extract/normalize.js';
import { AttackTypeSchema } from '../../src/vocabulary.js';

const Count = z.number().int().nonnegative().nullable();
export const LabelledItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  content: z.string().nullish(),
  published: z.string().nullish(),
  expected: z.object({
    isAttack: z.boolean(),
    attackTypes: z.array(AttackTypeSchema).default([]),
    countries: z.array(z.string()).default([]),
    places: z.array(z.string()).default([]),
    actors: z.array(z.string()).default([]),
    casualties: z.object({ killed: Count, injured: Count }).default({ killed: null, injured: null }),
  }),
  tags: z.array(z.string()).default([]),
});
export type LabelledItem = z.infer<typeof LabelledItemSchema>;

export interface Metrics {
  items: number;
  attackPrecision: number;
  attackRecall: number;
  attackF1: number;
  attackTypeMicroF1: number;
  countryAccuracy: number;
  placeAccuracy: number;
  falseAlertsPer100: number;
  casualtyAccuracy: number;
  actorRecall: number;
}
/** Metrics where lower is better (the regression test flips the comparison). */
export const LOWER_IS_BETTER: ReadonlySet<keyof Metrics> = new Set(['falseAlertsPer100']);

export interface Miss {
  id: string;
  tags: string[];
  field: string;
  expected: unknown;
  got: unknown;
}

export function loadItems(file: string): LabelledItem[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const items: LabelledItem[] = [];
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${n + 1}: not JSON: ${(err as Error).message}`);
    }
    const parsed = LabelledItemSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}:${n + 1}: ${issue.path.join('.')}: ${issue.message}`);
    }
    items.push(parsed.data);
  });
  return items;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === new Set(b).size && new Set(a).size === a.length && a.every((x) => b.includes(x));

/** Scores the engine on labelled items; pure apart from the engine's own work. */
export function evaluate(engine: ExtractionEngine, items: readonly LabelledItem[]): { metrics: Metrics; misses: Miss[] } {
  let tp = 0, fp = 0, fn = 0, negatives = 0;
  let typeTp = 0, typeFp = 0, typeFn = 0;
  let positives = 0, countryOk = 0, casualtyOk = 0;
  let placesExpected = 0, placesFound = 0, actorsExpected = 0, actorsFound = 0;
  const misses: Miss[] = [];
  for (const item of items) {
    const got: Extraction = engine.extract(prepareDocument(item));
    const exp = item.expected;
    const miss = (field: string, expected: unknown, gotValue: unknown) => misses.push({ id: item.id, tags: item.tags, field, expected, got: gotValue });
    if (exp.isAttack && got.isAttack) tp++;
    else if (!exp.isAttack && got.isAttack) fp++;
    else if (exp.isAttack && !got.isAttack) fn++;
    if (!exp.isAttack) negatives++;
    if (exp.isAttack !== got.isAttack) miss('isAttack', exp.isAttack, got.isAttack);

    for (const t of got.attackTypes) (exp.attackTypes.includes(t) ? typeTp++ : typeFp++);
    for (const t of exp.attackTypes) if (!got.attackTypes.includes(t)) typeFn++;
    if (exp.isAttack && !sameSet(exp.attackTypes, got.attackTypes)) miss('attackTypes', exp.attackTypes, got.attackTypes);
    if (!exp.isAttack) continue;

    positives++;
    if (sameSet(exp.countries, got.countries)) countryOk++;
    else miss('countries', exp.countries, got.countries);
    const c = exp.casualties;
    if (c.killed === got.casualties.killed && c.injured === got.casualties.injured) casualtyOk++;
    else miss('casualties', c, got.casualties);

    for (const name of exp.places) {
      placesExpected++;
      if (placeFound(engine, name, got)) placesFound++;
      else miss('place', name, got.places.map((p) => p.name));
    }
    for (const name of exp.actors) {
      actorsExpected++;
      const id = engine.actors.lookup(name)?.id;
      if (got.actors.some((a) => a.id === id || phraseKey(a.name) === phraseKey(name))) actorsFound++;
      else miss('actor', name, got.actors.map((a) => a.id));
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const tprec = ratio(typeTp, typeTp + typeFp);
  const trec = ratio(typeTp, typeTp + typeFn);
  const metrics: Metrics = {
    items: items.length,
    attackPrecision: precision,
    attackRecall: recall,
    attackF1: f1(precision, recall),
    attackTypeMicroF1: f1(tprec, trec),
    countryAccuracy: ratio(countryOk, positives),
    placeAccuracy: ratio(placesFound, placesExpected),
    falseAlertsPer100: negatives === 0 ? 0 : (100 * fp) / negatives,
    casualtyAccuracy: ratio(casualtyOk, positives),
    actorRecall: ratio(actorsFound, actorsExpected),
  };
  return { metrics, misses };
}

/**
 * An expected place name is found when a predicted place is one of the gazetteer's entries for
 * it, or is named after it: "Zaporizhzhia" → Zaporizhzhia Oblast, "Baghdad" → Baghdad
 * International Airport (names compared word by word, after normalisation).
 */
function placeFound(engine: ExtractionEngine, name: string, got: Extraction): boolean {
  const key = phraseKey(name);
  const ids = new Set(engine.gazetteer.candidates(key).map((e) => e.id));
  return got.places.some((p) => {
    if (ids.has(p.id)) return true;
    const entry = engine.gazetteer.byId(p.id);
    const names = [p.name, ...(entry?.aliases ?? [])].map(phraseKey);
    return names.some((k) => k === key || k.startsWith(`${key} `) || key.startsWith(`${k} `));
  });
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');
export const BASELINE_FILE = path.join(HERE, 'baseline.json');
export const DEFAULT_EVAL_FILE = path.join(HERE, 'data', 'attacks.jsonl');

/** Baseline metrics per labelled file (path relative to the repository root). */
export type Baseline = Record<string, Metrics>;
export function readBaseline(): Baseline {
  return existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline) : {};
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const file = path.resolve(argv.find((a) => !a.startsWith('--')) ?? DEFAULT_EVAL_FILE);
  const items = loadItems(file);
  const engine = ExtractionEngine.load();
  const { metrics, misses } = evaluate(engine, items);
  if (argv.includes('--update-baseline')) {
    const baseline = readBaseline();
    baseline[path.relative(REPO_ROOT, file)] = metrics;
    writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ file, metrics, misses })}\n`);
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `file: ${file} (${metrics.items} items)`,
    `attack detection   P ${pct(metrics.attackPrecision)}  R ${pct(metrics.attackRecall)}  F1 ${pct(metrics.attackF1)}`,
    `attack types       micro-F1 ${pct(metrics.attackTypeMicroF1)}`,
    `attack country     ${pct(metrics.countryAccuracy)}`,
    `places found       ${pct(metrics.placeAccuracy)}`,
    `false alerts       ${metrics.falseAlertsPer100.toFixed(1)} per 100 non-attack items`,
    `casualties exact   ${pct(metrics.casualtyAccuracy)}`,
    `actor recall       ${pct(metrics.actorRecall)}`,
    '',
    `misses (${misses.length}):`,
    ...misses.map((m) => `  ${m.id} [${m.tags.join(',')}] ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
