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
import { ConfigSchema } from '../../src/config/schema.js';
import type { Extraction, ResolvedPlace } from '../../src/extract/analysis.js';
import { distanceKm, type GazetteerEntry } from '../../src/extract/gazetteer/index.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { phraseKey, prepareDocument, tokenize } from '../../src/extract/normalize.js';
import { severityOf } from '../../src/extract/severity.js';
import { WORDS } from '../../src/extract/words.js';
import { groupingConfig } from '../../src/incidents/index.js';
import { AttackTypeSchema } from '../../src/vocabulary.js';
import { evaluateGrouping, formatEvaluation, INCIDENT_EVAL_FILES, readEvalItems } from './incidents.js';

const Count = z.number().int().nonnegative().nullable();
export const LabelledItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  content: z.string().nullish(),
  published: z.string().nullish(),
  /** The page the item was taken from: not scored, used to check a new set's pages are new (seen-pages.ts). */
  link: z.string().nullish(),
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

/**
 * The catalogue's actors a label names. Labellers write actors as the text names them: a name or
 * alias ("Daesh"), a name with its acronym ("Islamic State West Africa Province (ISWAP)") or two
 * names ("Houthis / Ansar Allah"), each part looked up; or a country, its people or its capital
 * ("Russia", "Russians", "Kyiv"), which as an attacker means that country's state forces.
 */
export function labelledActorIds(engine: ExtractionEngine, label: string): Set<string> {
  const parts = [label, ...label.split(/\s*[()/]\s*/)].map((p) => p.trim()).filter(Boolean);
  const ids = new Set(parts.flatMap((p) => engine.actors.lookup(p)?.id ?? []));
  // A label in another language is read as the engine reads text: "Les troupes ukrainiennes",
  // "جيش الاحتلال الإسرائيلي", "російські окупаційні війська" name the forces they contain.
  for (const m of engine.actors.mentions(tokenize(label), label)) ids.add(m.actor.id);
  const key = phraseKey(label);
  // "Russians" too, a capital for its government ("Kyiv"), and a country with its article ("La Russie").
  const words = key.split(' ');
  const country =
    engine.gazetteer.demonym(key) ??
    engine.gazetteer.demonym(key.replace(/s$/, '')) ??
    engine.gazetteer.candidates(key).find((e) => e.kind === 'country' || e.featureCode === 'PPLC')?.country ??
    (words.length === 2 && words[0]!.length <= 3 && ids.size === 0
      ? engine.gazetteer.candidates(words[1]!).find((e) => e.kind === 'country')?.country
      : undefined) ??
    // "Ukraine's army", "Israel's military": a country's own forces, as the engine reads them.
    (words.length === 2 && /['’]s\s/.test(label) && WORDS.attacker_crafts.has(words[1]!)
      ? engine.gazetteer.candidates(words[0]!).find((e) => e.kind === 'country')?.country
      : undefined);
  if (country) for (const a of engine.actors.all()) if (a.kind === 'state_force' && a.country === country) ids.add(a.id);
  // A country's adjective or genitive alone in another language ("Russische", as the text writes it
  // before "Drohnenangriffe"; "Росії", "إسرائيلية", as after "атака", "غارة") stands for its
  // forces as "Russians" does: the words the engine reads before or after an attack word.
  for (const a of engine.actors.all()) {
    if (a.kind !== 'state_force') continue;
    if ([...(a.compose?.modifiers ?? []), ...(a.compose?.suffixes ?? [])].some((m) => phraseKey(m) === key)) ids.add(a.id);
  }
  return ids;
}

export interface Metrics {
  items: number;
  attackPrecision: number;
  attackRecall: number;
  attackF1: number;
  attackTypeMicroF1: number;
  countryAccuracy: number;
  /** Place recall: expected places found among the predicted ones. */
  placeAccuracy: number;
  /** Predicted non-country places that are an expected place, inside one, or near one. */
  placePrecision: number;
  placeF1: number;
  falseAlertsPer100: number;
  casualtyAccuracy: number;
  actorRecall: number;
  /** Attack items whose every expected country is among the predicted ones (extra countries allowed). */
  everyCountryFound: number;
  /** Attack items whose killed figure is exactly the expected one (null and 0 included). */
  killedExact: number;
  /** Attack items naming actors whose every expected actor is found. */
  actorsFound: number;
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
  let tp = 0,
    fp = 0,
    fn = 0,
    negatives = 0;
  let typeTp = 0,
    typeFp = 0,
    typeFn = 0;
  let positives = 0,
    countryOk = 0,
    casualtyOk = 0;
  let placesExpected = 0,
    placesFound = 0,
    placesPredicted = 0,
    placesRight = 0,
    actorsExpected = 0,
    actorsFound = 0;
  let everyCountryOk = 0,
    killedOk = 0,
    actorItems = 0,
    actorItemsOk = 0;
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

    for (const t of got.attackTypes) exp.attackTypes.includes(t) ? typeTp++ : typeFp++;
    for (const t of exp.attackTypes) if (!got.attackTypes.includes(t)) typeFn++;
    if (exp.isAttack && !sameSet(exp.attackTypes, got.attackTypes)) miss('attackTypes', exp.attackTypes, got.attackTypes);
    if (!exp.isAttack) continue;

    positives++;
    if (sameSet(exp.countries, got.countries)) countryOk++;
    else miss('countries', exp.countries, got.countries);
    if (exp.countries.every((c) => got.countries.includes(c))) everyCountryOk++;
    const c = exp.casualties;
    if (c.killed === got.casualties.killed) killedOk++;
    if (c.killed === got.casualties.killed && c.injured === got.casualties.injured) casualtyOk++;
    else miss('casualties', c, got.casualties);

    for (const name of exp.places) {
      placesExpected++;
      if (placeFound(engine, name, got, exp.countries)) placesFound++;
      else
        miss(
          'place',
          name,
          got.places.map((p) => p.name),
        );
    }
    const expectedEntries = exp.places.flatMap((name) => expectedPlaceEntries(engine, name, exp.countries));
    // Items that list no expected place are not labelled for places.
    for (const p of exp.places.length > 0 ? got.places : []) {
      if (p.kind === 'country') continue;
      placesPredicted++;
      if (placeExpected(engine, p, exp.places, exp.countries, expectedEntries)) placesRight++;
      else miss('extra place', exp.places, p.name);
    }
    if (exp.actors.length > 0) actorItems++;
    let allActors = true;
    for (const name of exp.actors) {
      actorsExpected++;
      const ids = labelledActorIds(engine, name);
      if (got.actors.some((a) => ids.has(a.id) || phraseKey(a.name) === phraseKey(name))) actorsFound++;
      else {
        allActors = false;
        miss(
          'actor',
          name,
          got.actors.map((a) => a.id),
        );
      }
    }
    if (exp.actors.length > 0 && allActors) actorItemsOk++;
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
    placePrecision: ratio(placesRight, placesPredicted),
    placeF1: f1(ratio(placesRight, placesPredicted), ratio(placesFound, placesExpected)),
    falseAlertsPer100: negatives === 0 ? 0 : (100 * fp) / negatives,
    casualtyAccuracy: ratio(casualtyOk, positives),
    actorRecall: ratio(actorsFound, actorsExpected),
    everyCountryFound: ratio(everyCountryOk, positives),
    killedExact: ratio(killedOk, positives),
    actorsFound: ratio(actorItemsOk, actorItems),
  };
  return { metrics, misses };
}

/**
 * An expected place name is found when a predicted place is one of the gazetteer's entries for
 * it, or is named after it: "Zaporizhzhia" → Zaporizhzhia Oblast, "Baghdad" → Baghdad
 * International Airport (names compared word by word, after normalisation, within the expected
 * countries); a country only by its own names.
 */
function placeFound(engine: ExtractionEngine, name: string, got: Pick<Extraction, 'places'>, countries: readonly string[]): boolean {
  const key = phraseKey(name);
  // A label spelt as another transliteration ("Shabwa" for Shabwah) is read as the engine reads text.
  const named = engine.gazetteer.candidates(key);
  const ids = new Set((named.length > 0 ? named : engine.gazetteer.spellingVariants(key)).map((e) => e.id));
  return got.places.some((p) => {
    if (ids.has(p.id)) return true;
    const entry = engine.gazetteer.byId(p.id);
    const names = [p.name, ...(entry?.aliases ?? [])].map(phraseKey);
    // A country does not name what is called after it ("US Embassy"), nor does a place in
    // another country ("Stade", Germany, for the Stade de France).
    const related = p.kind !== 'country' && (countries.length === 0 || countries.includes(p.country));
    return names.some((k) => k === key || (related && (k.startsWith(`${key} `) || key.startsWith(`${k} `))));
  });
}

/** The gazetteer entries an expected name may stand for, in the expected countries when those are given. */
function expectedPlaceEntries(engine: ExtractionEngine, name: string, countries: readonly string[]): readonly GazetteerEntry[] {
  const named = engine.gazetteer.candidates(phraseKey(name));
  const all = named.length > 0 ? named : engine.gazetteer.spellingVariants(phraseKey(name));
  const inCountries = all.filter((e) => countries.includes(e.country));
  return inCountries.length > 0 ? inCountries : all;
}

/** Cities and bases this close to an expected city or base are the same scene told another way. */
const NEAR_KM = 30;

/**
 * A predicted place is right when it is an expected place (same entry or name, as for recall), a
 * city or base within NEAR_KM of an expected city or base, the region an expected place lies in,
 * or a place inside an expected region.
 */
function placeExpected(
  engine: ExtractionEngine,
  p: ResolvedPlace,
  names: readonly string[],
  countries: readonly string[],
  expected: readonly GazetteerEntry[],
): boolean {
  if (names.some((name) => placeFound(engine, name, { places: [p] }, countries))) return true;
  const entry = engine.gazetteer.byId(p.id);
  return expected.some((e) => {
    if (e.id === p.id) return true;
    if (p.kind === 'region' && e.admin1 === p.id) return true;
    if (e.kind === 'region' && entry?.admin1 === e.id) return true;
    return p.kind !== 'region' && e.kind !== 'region' && e.kind !== 'country' && distanceKm(e, p) <= NEAR_KM;
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

export const HELDOUT_EVAL_FILE = path.join(HERE, 'data', 'heldout.jsonl');

/** Scores one labelled file and prints the metrics and the misses (or one JSON line). */
function reportFile(engine: ExtractionEngine, file: string, opts: { json: boolean; updateBaseline: boolean }): void {
  const { metrics, misses } = evaluate(engine, loadItems(file));
  if (opts.updateBaseline) {
    const baseline = readBaseline();
    baseline[path.relative(REPO_ROOT, file)] = metrics;
    writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ file, metrics, misses })}\n`);
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `file: ${file} (${metrics.items} items)`,
    `attack detection   P ${pct(metrics.attackPrecision)}  R ${pct(metrics.attackRecall)}  F1 ${pct(metrics.attackF1)}`,
    `attack types       micro-F1 ${pct(metrics.attackTypeMicroF1)}`,
    `attack country     ${pct(metrics.countryAccuracy)}`,
    `places             recall ${pct(metrics.placeAccuracy)}  precision ${pct(metrics.placePrecision)}  F1 ${pct(metrics.placeF1)}`,
    `false alerts       ${metrics.falseAlertsPer100.toFixed(1)} per 100 non-attack items`,
    `casualties exact   ${pct(metrics.casualtyAccuracy)}`,
    `actor recall       ${pct(metrics.actorRecall)}`,
    `every country      ${pct(metrics.everyCountryFound)} of attack items have every expected country`,
    `killed exact       ${pct(metrics.killedExact)}`,
    `actors found       ${pct(metrics.actorsFound)} of attack items naming actors have them all`,
    '',
    `misses (${misses.length}):`,
    ...misses.map((m) => `  ${m.id} [${m.tags.join(',')}] ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `npm run eval [-- FILE] [--json] [--update-baseline]`: one labelled file, or by default the main
 * set, the held-out set and the incident grouping sets (the labelled one and the adversarial one).
 */
function main(argv: string[]): void {
  const opts = { json: argv.includes('--json'), updateBaseline: argv.includes('--update-baseline') };
  const engine = ExtractionEngine.load();
  const file = argv.find((a) => !a.startsWith('--'));
  if (file) {
    const resolved = path.resolve(file);
    if (isGroupingFile(resolved)) reportGrouping(engine, resolved, opts);
    else reportFile(engine, resolved, opts);
    return;
  }
  for (const f of [DEFAULT_EVAL_FILE, HELDOUT_EVAL_FILE]) if (existsSync(f)) reportFile(engine, f, opts);
  for (const f of INCIDENT_EVAL_FILES) reportGrouping(engine, f, opts);
}

/** Scores one incident grouping file (items labelled with a `group`, tests/eval/incidents.ts). */
function reportGrouping(engine: ExtractionEngine, file: string, opts: { json: boolean }): void {
  const grouping = evaluateGrouping(readEvalItems(file), engine, groupingConfig(ConfigSchema.parse({}).incidents, severityOf));
  process.stdout.write(`${opts.json ? JSON.stringify({ file, grouping }) : `file: ${file}\n${formatEvaluation(grouping)}`}\n`);
}

/**
 * A grouping set's items carry a `group` and no `expected`: `npm run eval -- FILE` scores either
 * kind of labelled file, read from its first item.
 */
export function isGroupingFile(file: string): boolean {
  const first = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.trim());
  if (!first) return false;
  try {
    const item = JSON.parse(first) as Record<string, unknown>;
    return typeof item === 'object' && item !== null && 'group' in item && !('expected' in item);
  } catch {
    return false;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
