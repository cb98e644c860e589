import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { severityOf } from '../../src/extract/severity.js';
import { groupingConfig } from '../../src/incidents/index.js';
import { evaluateGrouping, readEvalItems } from '../eval/incidents.js';

/**
 * Regression guard on the labelled grouping set (tests/eval/data/incident-groups.jsonl): the floors
 * sit a few points under the measured values (see docs/incidents.md); raise them as things improve.
 */
describe('grouping evaluation', () => {
  it('keeps pairwise precision and recall above their floors', () => {
    const items = readEvalItems(fileURLToPath(new URL('../eval/data/incident-groups.jsonl', import.meta.url)));
    const result = evaluateGrouping(items, ExtractionEngine.load(), groupingConfig(ConfigSchema.parse({}).incidents, severityOf));
    expect(result.groups).toBeGreaterThanOrEqual(70);
    expect(result.attacksOnly.precision).toBeGreaterThanOrEqual(0.88);
    expect(result.attacksOnly.recall).toBeGreaterThanOrEqual(0.68);
    expect(result.pairwisePrecision).toBeGreaterThanOrEqual(0.88);
  });
});
