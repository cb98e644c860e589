/**
 * Round 12, attack types and countries in real news (issue 11): classes of how published reports
 * name several means of one attack, the plain word for an attack in Urdu, and the scene of
 * cross-border fire, each in sentences written for this test (other places, people and figures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));

describe('the plain word for an attack in Urdu', () => {
  it('is no bombing: Urdu "میں" (in) is not the Persian mine', () => {
    const x = run('لکی مروت میں پولیس موبائل پر حملہ، چار اہلکار شہید', 'لکی مروت میں نامعلوم مسلح افراد نے پولیس موبائل پر حملہ کیا جس میں چار اہلکار شہید ہو گئے۔');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).not.toContain('ied');
  });

  it('still reads a Persian mine blast as a bomb', () => {
    const { trace } = engine.explain(prepareDocument({ title: 'انفجار مین در قندهار', content: '' }));
    expect(trace.sentences[0]!.types).toContain('ied');
  });
});
