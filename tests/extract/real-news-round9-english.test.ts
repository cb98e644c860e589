/**
 * Round 9, English real news (issue 11): phenomena seen in published English reports, each in a
 * sentence written for this test (names, numbers and wording changed).
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

describe('the country of an attack on a foreign force', () => {
  it('reads "US Base" in a Title Case headline as an attribute of the base, not the scene', () => {
    const x = run(
      'Two Killed, Several Hurt In Rocket Strike On US Base In Syria',
      'Two American contractors died and several troops were hurt when rockets hit the base on Tuesday night.',
    );
    expect(x.countries).toEqual(['SY']);
  });

  it('reads "U.S." before a noun as an attribute too', () => {
    const x = run(
      'Drone hits outpost in eastern Syria',
      'A drone struck the U.S. logistics hub in northeast Syria on Friday, wounding five U.S. service members, officials said.',
    );
    expect(x.countries).toEqual(['SY']);
  });

  it('leaves the home state of the victims’ units out of the scene', () => {
    const x = run(
      'Guard confirms 20 soldiers hurt in drone strike',
      'Twenty National Guard soldiers were wounded in the drone strike on Saturday on an American outpost in eastern Syria. ' +
        'Two of the dead came from a signal unit in Georgia. The wounded are from units based in Ohio, Texas and Virginia.',
    );
    expect(x.countries).toEqual(['SY']);
  });
});
