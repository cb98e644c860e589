import { describe, expect, it } from 'vitest';
import { shingles, sketch, sketchSimilarity, sketchSimilarityReaches } from '../../src/incidents/fingerprint.js';

/** Exact Jaccard similarity, to check the sketch estimate against. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const both = [...x].filter((v) => y.has(v)).length;
  return both / new Set([...x, ...y]).size;
}

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);

describe('bottom-k sketches', () => {
  it('give the exact Jaccard similarity for sets smaller than the sketch', () => {
    const a = words(20);
    const b = words(20, 10);
    expect(sketchSimilarity(sketch(a), sketch(b))).toBeCloseTo(jaccard(a, b));
    expect(sketchSimilarity(sketch(a), sketch(a))).toBe(1);
    expect(sketchSimilarity(sketch(a), sketch(words(5, 100)))).toBe(0);
    expect(sketchSimilarity([], sketch(a))).toBe(0);
  });

  it('estimate it closely for large sets', () => {
    const a = words(2000);
    const b = words(2000, 1000); // true similarity 1/3
    expect(Math.abs(sketchSimilarity(sketch(a), sketch(b)) - 1 / 3)).toBeLessThan(0.15);
  });

  it('are symmetric', () => {
    const a = sketch(words(300));
    const b = sketch(words(50, 280));
    expect(sketchSimilarity(a, b)).toBe(sketchSimilarity(b, a));
  });

  it('tell whether a similarity reaches a threshold exactly as computing it does', () => {
    // Overlaps from none to all, sets smaller and larger than the sketch, thresholds on and off the
    // attainable values.
    const sets = [words(0), words(4), words(5, 2), words(40), words(40, 20), words(500), words(500, 100), words(500, 490), words(63, 1)];
    for (const x of sets) {
      for (const y of sets) {
        const [a, b] = [sketch(x), sketch(y)];
        for (const t of [0, 0.2, 0.35, 0.5, 0.6, 0.8, 0.95, 1, 27 / 64, 38 / 64]) {
          expect(sketchSimilarityReaches(a, b, t), `${x.length}/${y.length} at ${t}`).toBe(sketchSimilarity(a, b) >= t);
        }
      }
    }
  });

  it('cut text into overlapping word runs', () => {
    expect(shingles(['a', 'b', 'c', 'd'], 3)).toEqual(['a b c', 'b c d']);
    expect(shingles(['a', 'b'], 3)).toEqual(['a b']);
    expect(shingles([], 3)).toEqual([]);
  });
});
