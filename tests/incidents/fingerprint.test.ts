import { describe, expect, it } from 'vitest';
import { shingles, sketch, sketchSimilarity } from '../../src/incidents/fingerprint.js';

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

  it('cut text into overlapping word runs', () => {
    expect(shingles(['a', 'b', 'c', 'd'], 3)).toEqual(['a b c', 'b c d']);
    expect(shingles(['a', 'b'], 3)).toEqual(['a b']);
    expect(shingles([], 3)).toEqual([]);
  });
});
