/**
 * A lexicon phrase's braces multiply: "{a,b} {c,d,e}" is six phrases, and every variant is a path
 * in the tries each process holds. One phrase written with seven brace groups once stood for
 * 161,280 variants, more than half of the lexicon, and cost about 40 MB in every process
 * (docs/performance.md, round 16). Words between two parts that may vary are a gap ("…"), not a
 * spelled-out product.
 */
import path from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, readRawDataFile } from '../../src/extract/data-file.js';
import { AttackLexicon, expandBraces } from '../../src/extract/lexicon.js';

const MAX_VARIANTS_PER_PHRASE = 50_000;
const MAX_VARIANTS = 200_000;

function phrases(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(phrases);
  if (node && typeof node === 'object') return Object.values(node).flatMap(phrases);
  return [];
}

describe('the attack lexicon stays a size every process can hold', () => {
  const all = phrases(readRawDataFile(path.join(defaultDataDir(), 'attack-terms.yaml'), 'attack terms'));
  const counts = all.map((p) => ({ phrase: p, variants: expandBraces(p).length }));

  it(`has no phrase that stands for more than ${MAX_VARIANTS_PER_PHRASE} variants`, () => {
    expect(counts.filter((c) => c.variants > MAX_VARIANTS_PER_PHRASE)).toEqual([]);
  });

  it(`stands for at most ${MAX_VARIANTS} variants in all`, () => {
    expect(counts.reduce((n, c) => n + c.variants, 0)).toBeLessThanOrEqual(MAX_VARIANTS);
  });

  it('counts the product of a phrase’s brace groups', () => {
    expect(expandBraces('{a,b} {c,d,e}')).toHaveLength(6);
  });
});

describe('the attack lexicon’s tries are arrays, not objects per node', () => {
  // As Maps and objects per node the tries took about 20 MB of every heap that loaded them; as
  // the packed arrays they are matched with, 3.4 MB outside the heap (docs/performance.md, 6 Dec 2026, afternoon).
  const MAX_HEAP_MB = 8;

  it(`takes under ${MAX_HEAP_MB} MB of heap once loaded`, () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapMB = () => {
      gc();
      return getHeapStatistics().used_heap_size / 2 ** 20;
    };
    const before = heapMB();
    const lexicon = AttackLexicon.load(path.join(defaultDataDir(), 'attack-terms.yaml'));
    const grown = heapMB() - before;
    expect(lexicon.matcher.size).toBeGreaterThan(100_000);
    expect(grown).toBeLessThan(MAX_HEAP_MB);
  });
});
