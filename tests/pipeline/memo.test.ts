/**
 * The memoised extractor: a text seen again is not extracted again, its remembered extraction is
 * the one a fresh call gives, and what it remembers is bounded in bytes, the oldest let go first.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { type PreparedDocument, prepareDocument } from '../../src/extract/normalize.js';
import { MemoisedExtractor } from '../../src/pipeline/memo.js';

/** A stand-in engine: an extraction that depends on the text alone, of a size that grows with it, and a count of calls. */
function countingEngine() {
  const calls: string[] = [];
  const extract = (doc: PreparedDocument): Extraction => {
    calls.push(doc.title);
    return {
      isAttack: doc.title.length % 2 === 0,
      attackTypes: [],
      places: [],
      countries: [doc.title.slice(0, 2).toUpperCase()],
      actors: [],
      casualties: { killed: doc.title.length, injured: null },
      targets: [],
      severity: 'low',
      headline: { words: doc.content.split(' ') },
    } as unknown as Extraction;
  };
  return { calls, extract };
}

const doc = (title: string, words = 5) => prepareDocument({ title, content: Array.from({ length: words }, (_, i) => `${title}w${i}`).join(' ') });

describe('MemoisedExtractor', () => {
  it('extracts a text once and gives every copy the same extraction', () => {
    const engine = countingEngine();
    const memo = new MemoisedExtractor(engine);
    const first = memo.extract(doc('Drone strike on a market'));
    const again = memo.extract(doc('Drone strike on a market'));
    expect(again).toEqual(first);
    expect(engine.calls).toEqual(['Drone strike on a market']);
  });

  it("keeps a cycle's worth of distinct texts: thousands, not the last thousand", () => {
    const engine = countingEngine();
    const memo = new MemoisedExtractor(engine);
    const titles = Array.from({ length: 5_000 }, (_, i) => `report number ${i}`);
    for (const t of titles) memo.extract(doc(t));
    for (const t of titles) memo.extract(doc(t));
    expect(engine.calls.length).toBe(titles.length);
  });

  it('lets the oldest texts go once its bytes are used, and keeps the newest', () => {
    const engine = countingEngine();
    const memo = new MemoisedExtractor(engine, 64 * 1024);
    const titles = Array.from({ length: 400 }, (_, i) => `item ${i}`);
    for (const t of titles) memo.extract(doc(t, 40));
    engine.calls.length = 0;
    memo.extract(doc('item 399', 40));
    expect(engine.calls).toEqual([]);
    memo.extract(doc('item 0', 40));
    expect(engine.calls).toEqual(['item 0']);
  });

  it('gives what a fresh call gives through many turns of its ring, whatever the sizes', () => {
    const engine = countingEngine();
    const fresh = countingEngine();
    const memo = new MemoisedExtractor(engine, 16 * 1024);
    // A fixed pseudo-random walk over 300 texts of 1 to 60 words: repeats near and far, the ring written over many times.
    let state = 12_345;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state;
    };
    for (let i = 0; i < 5_000; i++) {
      const n = next() % 300;
      const d = doc(`text ${n}`, 1 + (n % 60));
      expect(memo.extract(d)).toEqual(fresh.extract(d));
    }
    expect(engine.calls.length).toBeLessThan(5_000);
  });

  it('does not remember an extraction too large for its share of the memory', () => {
    const engine = countingEngine();
    const memo = new MemoisedExtractor(engine, 16 * 1024);
    memo.extract(doc('long one', 2_000));
    memo.extract(doc('long one', 2_000));
    expect(engine.calls).toEqual(['long one', 'long one']);
  });
});
