import { describe, expect, it } from 'vitest';
import { prepareDocument, tokenNorms } from '../../src/extract/normalize.js';
import {
  contentWords,
  partSimilarityAbove,
  preparedTextSketches,
  sketch,
  sketchLength,
  sketchOf,
  sketchSimilarity,
  sketchSimilarityAbove,
  textSketches,
} from '../../src/incidents/fingerprint.js';

/** Exact Jaccard similarity, to check the sketch estimate against. */
function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const both = [...x].filter((v) => y.has(v)).length;
  return both / new Set([...x, ...y]).size;
}

/** Overlapping runs of `n` consecutive words as strings: what the body sketch hashes, without making them. */
function shingles(tokens: readonly string[], n: number): string[] {
  if (tokens.length <= n) return tokens.length ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
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

  it('tell whether a similarity is above a floor as the full comparison does, stopping early', () => {
    // Pairs from disjoint to identical, small sets (union under the sketch size) and large ones.
    const pairs = [0, 5, 30, 60, 90, 100].flatMap((shift) => [
      [sketch(words(40)), sketch(words(40, shift))],
      [sketch(words(400)), sketch(words(400, shift * 4))],
      [sketch(words(25)), sketch(words(300, shift))],
    ]);
    pairs.push([new Uint32Array(0), sketch(words(10))]);
    for (const [a, b] of pairs) {
      const full = sketchSimilarity(a!, b!);
      for (const floor of [-1, 0, 0.1, 0.25, full - 1 / 128, full, full + 1 / 128, 0.6, 0.99, 1]) {
        expect(sketchSimilarityAbove(a!, b!, floor)).toBe(full > floor ? full : null);
      }
    }
  });

  it("keep a text's three sketches as 32-bit words in one array, hash for hash those of its words", () => {
    const text = {
      title: 'Gunmen attack a checkpoint near Tillaberi',
      content: 'Gunmen on motorbikes attacked an army checkpoint on Sunday evening, the ministry said.',
    };
    const s = textSketches(text);
    expect([...sketchOf(s, 'title')]).toEqual([...sketch(contentWords(text.title))]);
    expect([...sketchOf(s, 'body')]).toEqual([...sketch(shingles(tokenNorms(text.content), 3))]);
    for (const part of ['title', 'body', 'vocabulary'] as const) {
      expect(sketchLength(s, part)).toBeGreaterThan(0);
      expect(sketchOf(s, part).length).toBe(sketchLength(s, part));
    }
    expect(s.hashes.length).toBe(sketchLength(s, 'title') + sketchLength(s, 'body') + sketchLength(s, 'vocabulary'));
    // Hashes above 2^31 stay as they are (no sign, no rounding).
    expect(Math.max(...sketchOf(s, 'vocabulary'))).toBeGreaterThan(2 ** 31);
  });

  it('hash shingles and words as the strings they make, however short the text', () => {
    for (const content of ['', 'Blast', 'Blast in Kabul', 'Blast hits Kabul market', 'Ünïcode İstanbul’da patlama: iki ölü, çok sayıda yaralı']) {
      const text = { title: 'Blast hits a market in Kabul', content };
      const s = textSketches(text);
      expect([...sketchOf(s, 'body')]).toEqual([...sketch(shingles(tokenNorms(content), 3))]);
      expect([...sketchOf(s, 'vocabulary')]).toEqual([...sketch([...contentWords(text.title), ...contentWords(content)])]);
    }
  });

  it("work out a prepared document's sketches from its tokens, hash for hash those of its text as received", () => {
    const turkishTitle = "Hakkari'de karakola saldırı: iki asker şehit oldu, üç asker yaralandı";
    const englishBody = "Militants hit a police post near the border, Reuters' reporter said; a spokesman's statement blamed the PKK'a fighters.";
    const texts = [
      { title: 'Gunmen attack a checkpoint near Tillaberi', content: 'Gunmen on motorbikes attacked an army checkpoint on Sunday, the ministry said.' },
      // Preparing changes these: entities decoded, invisible characters and edge spaces gone, the body capped.
      { title: 'Blast &amp; fire at a depot', content: 'A blast hit the depot.' },
      { title: ' Blast hits Kabul', content: 'Sui\u00ADcide bomber struck a market in Kabul.' },
      { title: 'Strike on a port', content: 'Ships were hit at the port of Hodeidah. '.repeat(800) },
      // The title Turkish and the body not (or the other way round): a case ending after an apostrophe folds in one part only.
      { title: turkishTitle, content: englishBody },
      { title: "Army's post attacked", content: `${turkishTitle}. Şırnak'ta çatışma çıktı, Irak'ı vurdu.` },
      { title: '', content: 'Rockets struck Erbil airport overnight.' },
      { title: 'Rockets strike Erbil airport', content: '' },
    ];
    for (const text of texts) {
      const doc = prepareDocument(text);
      const fromTokens = preparedTextSketches(
        text,
        doc,
        doc.tokens.map((t) => t.norm),
      );
      const fromText = textSketches(text);
      expect([fromTokens.bodyAt, fromTokens.vocabularyAt, ...fromTokens.hashes]).toEqual([fromText.bodyAt, fromText.vocabularyAt, ...fromText.hashes]);
    }
  });

  it('compare the same part of two texts where its sketch lies in each, as the sketches alone compare', () => {
    const a = textSketches({ title: 'Drone strikes a depot in Kherson', content: 'A drone struck a fuel depot in Kherson overnight, officials said.' });
    const b = textSketches({ title: 'Drone hits depot', content: 'A drone struck a fuel depot in Kherson overnight, the governor said on Monday.' });
    for (const part of ['title', 'body', 'vocabulary'] as const) {
      const full = sketchSimilarity(sketchOf(a, part), sketchOf(b, part));
      expect(partSimilarityAbove(a, b, part, Number.NEGATIVE_INFINITY)).toBe(full);
      expect(partSimilarityAbove(a, b, part, full)).toBeNull();
      expect(partSimilarityAbove(a, b, part, full - 0.01)).toBe(full);
    }
  });

  it('cut text into overlapping word runs', () => {
    expect(shingles(['a', 'b', 'c', 'd'], 3)).toEqual(['a b c', 'b c d']);
    expect(shingles(['a', 'b'], 3)).toEqual(['a b']);
    expect(shingles([], 3)).toEqual([]);
  });
});
