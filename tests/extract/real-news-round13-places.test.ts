/**
 * Round 13, the attack's country and places (issue 11): classes of how published reports are
 * written, each in sentences written for this test (names, numbers and wording invented).
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

describe('a name in Arabic script that towns of several countries share', () => {
  it('is the town in the country the text names, not the bigger one abroad', () => {
    // Tripoli: Libya's capital and Lebanon's second city.
    const lb = run('انفجار في طرابلس', 'قتل شخصان وأصيب خمسة في انفجار عبوة ناسفة في طرابلس شمال لبنان مساء الأحد.');
    expect(lb.countries).toEqual(['LB']);
    const ly = run('انفجار في طرابلس', 'قتل شخصان وأصيب خمسة في انفجار سيارة مفخخة في طرابلس غرب ليبيا مساء الأحد.');
    expect(ly.countries).toEqual(['LY']);
  });

  it('is the bigger town when the text names no country', () => {
    expect(run('انفجار في طرابلس', 'قتل شخصان في انفجار عبوة ناسفة في طرابلس مساء الأحد.').countries).toEqual(['LY']);
  });

  it('does not add a Gulf city to a Lebanese strike because a village name holds its name', () => {
    const x = run('غارة على جنوب لبنان', 'قتل ثلاثة أشخاص في غارة إسرائيلية على بلدة في قضاء بنت جبيل في جنوب لبنان صباح اليوم.');
    expect(x.countries).toEqual(['LB']);
  });
});
