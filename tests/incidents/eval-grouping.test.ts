import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { severityOf } from '../../src/extract/severity.js';
import { groupingConfig } from '../../src/incidents/index.js';
import { evaluateGrouping, INCIDENT_ADVERSARIAL_FILE, INCIDENT_EVAL_FILE, readEvalItems } from '../eval/incidents.js';

/**
 * Regression guard on the grouping sets: the labelled one (tests/eval/data/incident-groups.jsonl)
 * and the adversarial one written blind (incident-adversarial.jsonl). Floors sit
 * at the measured values, rounded down (see docs/incidents.md; the targets are precision
 * ≥ 0.98 and recall ≥ 0.85: met on both sets); raise them as things improve, never lower them
 * for a change of the grouping (once lowered, 86.5 → 86 %, in round 8: one more report recognised as
 * an attack, in French, added pairs its group's other reports could not join). Merges of specific
 * scenes farther apart than the distance must stay at zero.
 */
const engine = ExtractionEngine.load();
const cfg = groupingConfig(ConfigSchema.parse({}).incidents, severityOf);

const FLOORS = [
  { file: INCIDENT_EVAL_FILE, groups: 107, precision: 0.995, recall: 0.865, sameCityPrecision: 0.993, sameCityRecall: 1 },
  { file: INCIDENT_ADVERSARIAL_FILE, groups: 138, precision: 0.989, recall: 0.87, sameCityPrecision: 0.994, sameCityRecall: 0.99 },
];

describe.each(FLOORS)('grouping evaluation on $file', (floor) => {
  it('keeps pairwise precision and recall above their floors, per pair class, with no far merge', () => {
    const result = evaluateGrouping(readEvalItems(floor.file), engine, cfg);
    expect(result.groups).toBeGreaterThanOrEqual(floor.groups);
    expect(result.attacksOnly.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(result.attacksOnly.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(result.pairClasses.sameCitySameDay.precision).toBeGreaterThanOrEqual(floor.sameCityPrecision);
    expect(result.pairClasses.sameCitySameDay.recall).toBeGreaterThanOrEqual(floor.sameCityRecall);
    expect(result.pairClasses.differentCities.precision).toBe(1);
    expect(result.farMerges).toBe(0);
  });
});
