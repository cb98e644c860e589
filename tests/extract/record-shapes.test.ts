/**
 * The place mentions of every document share one hidden class, whatever their values: a weight
 * that is whole in one document and a fraction in the next, a distance stated or not. A field
 * whose representation changes after the first records were made gives the later records another
 * class, and throws away the optimised code that read the earlier one (docs/performance.md,
 * round 24). V8's own `%HaveSameMap` tells; natives syntax is allowed for this file's function only.
 */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/index.js';
import { type PlaceMention, resolvePlaces } from '../../src/extract/places.js';
import { shippedEngine } from '../helpers/extraction.js';

v8.setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
v8.setFlagsFromString('--no-allow-natives-syntax');

function mentions(title: string, content: string): PlaceMention[] {
  const doc = prepareDocument({ title, content });
  return resolvePlaces(doc.tokens, doc.text, shippedEngine().gazetteer, {
    masked: new Uint8Array(doc.tokens.length),
    titleEnd: doc.titleEnd,
    dateline: null,
    titleDateline: null,
    contextCountries: new Set(),
    turkish: doc.turkish,
    urdu: doc.urdu,
  });
}

describe('place mention records', () => {
  it('keep one hidden class from a whole weight and no distance to a discounted weight and a stated distance', () => {
    const first = mentions('Car bomb kills five in Baghdad', 'A car bomb exploded in a market in Baghdad on Monday, killing five people.');
    const later = mentions(
      'Rockets from Gaza hit Israel',
      'Rockets fired from Gaza struck a house about 30 km south of Tel Aviv on Monday, the Israeli army said.',
    );
    // Compared before any field is read: reading a record of a replaced class moves it to the new one.
    const sameClass = [...first, ...later].map((m) => haveSameMap(m, later[0]!));
    expect(first.map((m) => [m.weight, m.statedKm])).toContainEqual([1, null]);
    expect(later.some((m) => !Number.isInteger(m.weight))).toBe(true);
    expect(later.some((m) => m.statedKm !== null)).toBe(true);
    expect(sameClass.every(Boolean)).toBe(true);
  });
});
