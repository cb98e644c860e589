/**
 * Grouping evaluation: labelled reports (tests/eval/data/incident-groups.jsonl, one JSON object a
 * line: {id, group, source, title, content, link, published, note}) go through the extraction
 * engine and the grouping in published order, as the poller would feed them; pairs of reports are
 * scored against the labels.
 *
 *   npx tsx tests/eval/incidents.ts [file.jsonl] [--json]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigSchema } from '../../src/config/schema.js';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { type PreparedDocument, prepareDocument } from '../../src/extract/normalize.js';
import { severityOf } from '../../src/extract/severity.js';
import { reportScene } from '../../src/incidents/assign.js';
import { isPointPlace, sceneConflict } from '../../src/incidents/geo.js';
import { type GroupingConfig, groupingConfig, groupReports, type IncomingReport } from '../../src/incidents/index.js';

export const EvalItemSchema = z.object({
  id: z.string(),
  group: z.string(),
  source: z.string(),
  title: z.string(),
  content: z.string().default(''),
  link: z.string().nullable().default(null),
  published: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date'),
  note: z.string().optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** What the evaluation needs of the extraction engine. */
export interface Extractor {
  extract(doc: PreparedDocument): Extraction;
}

export interface GroupingMiss {
  /**
   * `split`: the report did not join earlier reports of its group; `merged`: it joined another
   * group's; `not-attack`: the extraction engine did not find an attack, so the bot files it nowhere.
   */
  kind: 'split' | 'merged' | 'not-attack';
  id: string;
  group: string;
  title: string;
  /** The earlier reports it should have joined (split, not-attack) or wrongly joined (merged). */
  others: string[];
  score: number;
  reasons: string[];
}

export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Pairwise scores of one class of pairs, with the counts behind them. */
export interface PairClassScores extends PairwiseScores {
  /** Pairs in the class; of them, labelled as one incident. */
  pairs: number;
  labelledSame: number;
}

/**
 * Pairs of reports recognised as attacks, by where their scenes (first city or base, as extracted)
 * are: `sameCitySameDay` — one scene (the same place, or within the distance) and the same UTC day;
 * `differentCities` — two specific scenes farther apart than the distance (the veto's pairs).
 */
export interface PairClasses {
  sameCitySameDay: PairClassScores;
  differentCities: PairClassScores;
}

export interface GroupingEvaluation {
  /** As the bot groups: reports not recognised as attacks join no incident. */
  pairwisePrecision: number;
  pairwiseRecall: number;
  f1: number;
  /** The grouping alone: only the reports recognised as attacks, scored among themselves. */
  attacksOnly: PairwiseScores;
  /** The same, per class of pairs. */
  pairClasses: PairClasses;
  /** Pairs filed into one incident whose specific scenes are farther apart than the distance: the target is zero. */
  farMerges: number;
  /** Incidents formed and labelled groups. */
  incidents: number;
  groups: number;
  items: number;
  /** Reports the extraction engine did not find to be attacks. */
  notAttacks: number;
  misses: GroupingMiss[];
}

/** Pairwise precision and recall of an assignment against labels (each unordered pair once). */
export function pairwiseScores(labels: ReadonlyMap<string, string>, assigned: ReadonlyMap<string, string>): PairwiseScores {
  const ids = [...labels.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = labels.get(ids[i]!) === labels.get(ids[j]!);
      const grouped = assigned.get(ids[i]!) === assigned.get(ids[j]!);
      if (same && grouped) tp++;
      else if (grouped) fp++;
      else if (same) fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface PairCounts {
  tp: number;
  fp: number;
  fn: number;
  pairs: number;
  labelledSame: number;
}

function classScores(c: PairCounts): PairClassScores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pairs: c.pairs, labelledSame: c.labelledSame };
}

/** Scores the pairs of reports recognised as attacks by class (see PairClasses), and counts far merges. */
export function scorePairClasses(
  attacks: ReadonlyArray<{ id: string; group: string; report: IncomingReport }>,
  assigned: ReadonlyMap<string, string>,
  distanceKm: number,
): { pairClasses: PairClasses; farMerges: number } {
  const empty = (): PairCounts => ({ tp: 0, fp: 0, fn: 0, pairs: 0, labelledSame: 0 });
  const counts = { sameCitySameDay: empty(), differentCities: empty() };
  let farMerges = 0;
  const scenes = attacks.map((a) => reportScene(a.report, distanceKm));
  const days = attacks.map((a) => a.report.published.slice(0, 10));
  for (let i = 0; i < attacks.length; i++) {
    const a = scenes[i];
    if (!a || !isPointPlace(a)) continue;
    for (let j = i + 1; j < attacks.length; j++) {
      const b = scenes[j];
      if (!b || !isPointPlace(b)) continue;
      const far = sceneConflict(a, b, distanceKm) !== null;
      const cls = far ? counts.differentCities : days[i] === days[j] ? counts.sameCitySameDay : null;
      const same = attacks[i]!.group === attacks[j]!.group;
      const grouped = assigned.get(attacks[i]!.id) === assigned.get(attacks[j]!.id);
      if (far && grouped) farMerges++;
      if (!cls) continue;
      cls.pairs++;
      if (same) cls.labelledSame++;
      if (same && grouped) cls.tp++;
      else if (grouped) cls.fp++;
      else if (same) cls.fn++;
    }
  }
  return { pairClasses: { sameCitySameDay: classScores(counts.sameCitySameDay), differentCities: classScores(counts.differentCities) }, farMerges };
}

/** In published order (then id), as a poller would see the reports. */
export function inPublishedOrder<T extends { id: string; published: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Groups labelled reports whose extractions are given, in published order, as the bot would: only
 * reports recognised as attacks are filed into incidents. Scores the result against the labels.
 */
export function scoreGrouping(
  items: ReadonlyArray<{ id: string; group: string; title: string; report: IncomingReport }>,
  cfg: GroupingConfig,
): GroupingEvaluation {
  const ordered = inPublishedOrder(items.map((i) => ({ ...i, published: i.report.published })));
  const attacks = ordered.filter((i) => i.report.extraction.isAttack);
  const { incidents, steps } = groupReports(
    attacks.map((i) => i.report),
    cfg,
  );
  const labels = new Map(ordered.map((i) => [i.id, i.group]));
  const assigned = new Map<string, string>();
  const misses: GroupingMiss[] = [];
  for (const [n, step] of steps.entries()) {
    const item = attacks[n]!;
    const earlier = [...assigned.entries()];
    const sameGroupElsewhere = earlier.filter(([id, inc]) => labels.get(id) === item.group && inc !== step.incident.id).map(([id]) => id);
    const otherGroupHere = earlier.filter(([id, inc]) => labels.get(id) !== item.group && inc === step.incident.id).map(([id]) => id);
    const miss = { id: item.id, group: item.group, title: item.title, score: step.score, reasons: step.reasons };
    if (sameGroupElsewhere.length) misses.push({ kind: 'split', others: sameGroupElsewhere, ...miss });
    if (otherGroupHere.length) misses.push({ kind: 'merged', others: otherGroupHere, ...miss });
    assigned.set(item.id, step.incident.id);
  }
  const attacksOnly = pairwiseScores(new Map(attacks.map((i) => [i.id, i.group])), assigned);
  const { pairClasses, farMerges } = scorePairClasses(attacks, assigned, cfg.distanceKm);
  for (const item of ordered) {
    if (assigned.has(item.id)) continue;
    const others = ordered.filter((o) => o.id !== item.id && o.group === item.group).map((o) => o.id);
    if (others.length)
      misses.push({ kind: 'not-attack', id: item.id, group: item.group, title: item.title, others, score: 0, reasons: ['not recognised as an attack'] });
    assigned.set(item.id, `no incident: ${item.id}`);
  }
  const all = pairwiseScores(labels, assigned);
  return {
    pairwisePrecision: all.precision,
    pairwiseRecall: all.recall,
    f1: all.f1,
    attacksOnly,
    pairClasses,
    farMerges,
    incidents: incidents.length,
    groups: new Set(labels.values()).size,
    items: items.length,
    notAttacks: ordered.length - attacks.length,
    misses,
  };
}

/** Runs the extraction engine over labelled items, then groups and scores them. */
export function evaluateGrouping(items: readonly EvalItem[], engine: Extractor, cfg: GroupingConfig): GroupingEvaluation {
  const reports = items.map((item) => ({
    id: item.id,
    group: item.group,
    title: item.title,
    report: {
      documentId: item.id,
      feedId: item.source,
      title: item.title,
      content: item.content,
      link: item.link,
      published: item.published,
      extraction: engine.extract(prepareDocument(item)),
    },
  }));
  return scoreGrouping(reports, cfg);
}

/** Reads a JSON Lines file of labelled items; a bad line is an error naming the line. */
export function readEvalItems(path: string): EvalItem[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const items: EvalItem[] = [];
  for (const [n, line] of lines.entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${n + 1}: not valid JSON: ${(e as Error).message}`);
    }
    const parsed = EvalItemSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${path}:${n + 1}: ${z.prettifyError(parsed.error)}`);
    items.push(parsed.data);
  }
  return items;
}

export function formatEvaluation(e: GroupingEvaluation): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `incident grouping: ${e.items} reports in ${e.groups} labelled groups → ${e.incidents} incidents; ${e.notAttacks} reports not recognised as attacks`,
    `as the bot files them:     pairwise precision ${pct(e.pairwisePrecision)}  recall ${pct(e.pairwiseRecall)}  F1 ${pct(e.f1)}`,
    `among recognised attacks:  pairwise precision ${pct(e.attacksOnly.precision)}  recall ${pct(e.attacksOnly.recall)}  F1 ${pct(e.attacksOnly.f1)}`,
    ...Object.entries({ 'same city, same day': e.pairClasses.sameCitySameDay, 'different cities': e.pairClasses.differentCities }).map(
      ([name, c]) =>
        `  ${`${name}:`.padEnd(24)} pairwise precision ${pct(c.precision)}  recall ${pct(c.recall)}  (${c.pairs} pairs, ${c.labelledSame} labelled one incident)`,
    ),
    `  merges of scenes farther apart than the distance: ${e.farMerges}`,
  ];
  for (const m of e.misses) {
    const relation = m.kind === 'merged' ? 'with' : 'apart from';
    lines.push(`  ${m.kind.padEnd(10)} ${m.id} [${m.group}] "${m.title}" ${relation} ${m.others.join(', ')}`);
    if (m.kind !== 'not-attack') lines.push(`             score ${m.score}: ${m.reasons.join('; ')}`);
  }
  return lines.join('\n');
}

export const INCIDENT_EVAL_FILE = fileURLToPath(new URL('./data/incident-groups.jsonl', import.meta.url));
/** Busy days of templated and varied reports, written blind (by someone who had not seen the grouping code). */
export const INCIDENT_ADVERSARIAL_FILE = fileURLToPath(new URL('./data/incident-adversarial.jsonl', import.meta.url));
/** The grouping sets `npm run eval` and the regression test run. */
export const INCIDENT_EVAL_FILES = [INCIDENT_EVAL_FILE, INCIDENT_ADVERSARIAL_FILE] as const;

async function main(argv: string[]) {
  const json = argv.includes('--json');
  const given = argv.filter((a) => !a.startsWith('--'));
  const engine = ExtractionEngine.load();
  for (const file of given.length ? given : INCIDENT_EVAL_FILES) {
    const result = evaluateGrouping(readEvalItems(file), engine, groupingConfig(ConfigSchema.parse({}).incidents, severityOf));
    console.log(json ? JSON.stringify({ file, ...result }) : `file: ${file}\n${formatEvaluation(result)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
