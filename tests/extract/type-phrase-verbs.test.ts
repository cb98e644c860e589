/**
 * A type phrase keeps the verb that ends it. "bomb exploded" is one lexicon phrase, and the longest
 * match used to hide its "exploded": a lead saying only that a bomb exploded somewhere, under a
 * title with a toll and no attack word, read as no attack. Sentences written for this test.
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

describe('a bomb that exploded, its toll in the next sentence', () => {
  it.each([
    ['bomb exploded', 'Pakistan: six dead in Quetta', 'A bomb exploded near a fruit market in Quetta on Thursday. Six people were killed and 14 hurt.'],
    ['bomb went off', 'Four dead in Mogadishu', 'A bomb went off outside a tea shop in Mogadishu on Sunday. Four people died and nine were wounded.'],
    ['device detonated', 'Two soldiers dead in Kidal', 'An explosive device detonated beside an army truck near Kidal on Monday. Two soldiers were killed.'],
  ])('is an attack with its toll: %s', (_, title, content) => {
    const x = run(title, content);
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('ied');
    expect(x.casualties.killed).toBeGreaterThan(0);
  });

  it('and the title alone, two sentences long, is one too', () => {
    const x = run('A bomb exploded at a bus stop in Peshawar on Friday. Three people were killed.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(3);
  });

  it('a gas cylinder that exploded is still an accident', () => {
    expect(run('Three dead in Karachi', 'A gas cylinder exploded in a flat in Karachi on Monday. Three people were killed.').isAttack).toBe(false);
  });
});

describe('the lexicon', () => {
  it('gives a type phrase the values of the verb that ends it', () => {
    const [m] = engine.lexicon.matcher.match(
      ['bomb', 'exploded'].map((norm) => ({ norm })),
      { longestOnly: true },
    );
    const kinds = new Set(m!.values.map((v) => v.kind));
    expect(kinds).toEqual(new Set(['type', 'generic', 'event']));
  });

  it.each([
    ['car bomb', 'no verb'],
    ['bomb attack', 'a noun that is a verb too, not in a past form'],
  ])('leaves "%s" as it was (%s)', (phrase) => {
    const [m] = engine.lexicon.matcher.match(
      phrase.split(' ').map((norm) => ({ norm })),
      { longestOnly: true },
    );
    expect(m!.values.map((v) => v.kind)).toEqual(['type']);
  });
});
