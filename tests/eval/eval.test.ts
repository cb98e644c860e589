import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionEngine } from '../../src/extract/index.js';
import { INCIDENT_EVAL_FILES } from './incidents.js';
import {
  DEFAULT_EVAL_FILE,
  evaluate,
  HELDOUT_EVAL_FILE,
  isGroupingFile,
  LOWER_IS_BETTER,
  labelledActorIds,
  loadItems,
  type Metrics,
  REPO_ROOT,
  readBaseline,
} from './run.js';

/** Any metric more than 2 points worse than the committed baseline fails. */
const TOLERANCE = 0.02;
const baseline = readBaseline();

describe('extraction quality does not regress', () => {
  let engine: ExtractionEngine;
  beforeAll(() => {
    engine = ExtractionEngine.load();
  });

  for (const [file, expected] of Object.entries(baseline)) {
    const abs = path.join(REPO_ROOT, file);
    it(`${file} stays within 2 points of its baseline`, () => {
      // A set named in the baseline but missing is a failure, not a skip: the guard would go quiet.
      expect(existsSync(abs), `${file} is in tests/eval/baseline.json but does not exist`).toBe(true);
      const { metrics } = evaluate(engine, loadItems(abs));
      for (const key of Object.keys(expected) as (keyof Metrics)[]) {
        if (key === 'items') continue;
        // falseAlertsPer100 is already in points (per 100 items); the rest are ratios.
        if (LOWER_IS_BETTER.has(key)) expect(metrics[key], key).toBeLessThanOrEqual(expected[key] + 100 * TOLERANCE);
        else expect(metrics[key], key).toBeGreaterThanOrEqual(expected[key] - TOLERANCE);
      }
    });
  }

  it('has a baseline for the development set', () => {
    expect(Object.keys(baseline)).toContain('tests/extract/dev-set.jsonl');
  });
});

describe('scoring actors as labellers write them', () => {
  let engine: ExtractionEngine;
  beforeAll(() => {
    engine = ExtractionEngine.load();
  });

  it('reads a name, a name with its acronym, two names, and a country or its people as its forces', () => {
    expect([...labelledActorIds(engine, 'Daesh')]).toEqual(['islamic-state']);
    expect(labelledActorIds(engine, 'Islamic State West Africa Province (ISWAP)')).toContain('iswap');
    expect(labelledActorIds(engine, 'Some Unknown Front (ISWAP)')).toContain('iswap');
    expect(labelledActorIds(engine, 'Russian')).toContain('russian-forces');
    expect(labelledActorIds(engine, 'Ukraine')).toContain('ukrainian-forces');
    expect(labelledActorIds(engine, 'Ukraine')).not.toContain('russian-forces');
    expect(labelledActorIds(engine, 'a village self-help association').size).toBe(0);
    // Round 8: a label in another language is read as text is ("the Ukrainian troops", "the Israeli
    // occupation army"), and a country with its article names its forces.
    expect(labelledActorIds(engine, 'Les troupes ukrainiennes')).toContain('ukrainian-forces');
    expect(labelledActorIds(engine, 'جيش الاحتلال الإسرائيلي')).toContain('israeli-military');
    expect(labelledActorIds(engine, 'La Russie')).toContain('russian-forces');
    expect(labelledActorIds(engine, 'Boko Haram')).not.toContain('nigerian-army');
    // Round 11: the word the engine reads after an attack word ("атака Росії", "غارة إسرائيلية")
    // names the forces alone too, as the adjective before one does.
    expect(labelledActorIds(engine, 'Росії')).toContain('russian-forces');
    expect(labelledActorIds(engine, 'إسرائيلية')).toContain('israeli-military');
    expect(labelledActorIds(engine, 'Росії')).not.toContain('ukrainian-forces');
  });
});

describe('npm run eval -- FILE', () => {
  it('scores a grouping set as a grouping set and an extraction set as an extraction set', () => {
    for (const f of INCIDENT_EVAL_FILES) expect(isGroupingFile(f), f).toBe(true);
    for (const f of [DEFAULT_EVAL_FILE, HELDOUT_EVAL_FILE]) expect(isGroupingFile(f), f).toBe(false);
  });
});
