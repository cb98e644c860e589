import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultDataDir } from '../../src/extract/data-file.js';
import { foldWord, phraseTokens } from '../../src/extract/normalize.js';
import { GrammarFileSchema, WORDS } from '../../src/extract/words.js';

const file = path.join(defaultDataDir(), 'grammar.yaml');
const raw = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('config/data/grammar.yaml', () => {
  it('every word is written as the matcher sees it (lower case, folded, no punctuation)', () => {
    // Lists of words, groups of lists, word → figure and word → word records.
    const words = (v: unknown): string[] =>
      Array.isArray(v)
        ? v.map(String)
        : Object.entries(v as object).flatMap(([k, x]) => (typeof x === 'number' ? [k] : typeof x === 'string' ? [k, x] : words(x)));
    // Case endings are pieces of a word, not words: a Marathi ending may be a lone vowel sign
    // ("े"); they must be folded all the same.
    const isFolded = (key: string, w: string) => (key.endsWith('_case_endings') ? foldWord(w) === w : phraseTokens(w).join(' ') === w);
    const unfolded = Object.entries(raw).flatMap(([key, v]) =>
      words(v)
        .filter((w) => !isFolded(key, w))
        .map((w) => `${key}: ${w}`),
    );
    expect(unfolded).toEqual([]);
  });

  it('reads an elided "of" or "in" only as one of the elided articles', () => {
    expect([...WORDS.elided_of, ...WORDS.elided_in].filter((a) => !WORDS.elided_articles.has(a))).toEqual([]);
  });

  it('rejects a list the engine does not read, and a list that is not words', () => {
    expect(GrammarFileSchema.safeParse({ ...raw, modalz: ['will'] }).success).toBe(false);
    expect(GrammarFileSchema.safeParse({ ...raw, modals: 'will' }).success).toBe(false);
  });

  it('reads casualty words as word → what they count, and name suffixes with base and region words', () => {
    expect(WORDS.after_figure.get('wounded')).toBe('injured');
    expect(WORDS.after_figure.get('morts')).toBe('killed');
    expect(WORDS.zero_nouns.get('casualties')).toEqual(['killed', 'injured']);
    expect(WORDS.name_suffixes.has('airbase') && WORDS.name_suffixes.has('province')).toBe(true);
  });
});
