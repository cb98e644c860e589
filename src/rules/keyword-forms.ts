import path from 'node:path';
import { z } from 'zod';
import { defaultDataDir, readDataFile } from '../extract/data-file.js';
import { type CaseEndings, closedSyllable } from '../extract/declension.js';
import { lazy } from '../lazy.js';

/** config/data/keyword-endings.yaml: the endings a keyword's word may carry in a report, and the words never read so. */
const KeywordEndingsSchema = z.object({
  endings: z.record(z.string().min(1), z.array(z.string())).transform((e): CaseEndings => Object.entries(e)),
  whole: z.array(z.string().min(1)).transform((words) => new Set(words)),
});

const keywordEndings = lazy(() => readDataFile(path.join(defaultDataDir(), 'keyword-endings.yaml'), KeywordEndingsSchema, 'keyword endings'));

/** A report's word and a keyword's word it may be a form of begin with the same letters: this many (Ukrainian "Києва" → "київ" changes the third). */
const SHARED_START = 2;
/** The letters a word keeps once its ending is taken off: short words stay as written ("is", "as"). */
const MIN_STEM = 3;
/** The most words whose reading is kept (about a megabyte). */
const KNOWN_WORDS = 20_000;

/** The endings by their last letter: a word is tried only with those it can end with. */
const endingsByLast = lazy(() => {
  const byLast = new Map<string, [string, readonly string[]][]>();
  for (const [ending, bases] of keywordEndings().endings) {
    const last = ending.at(-1)!;
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push([ending, bases]);
  }
  return byLast;
});

/**
 * Reads the words of a report as the rules' keywords do: a word that is no keyword's word as
 * written, but one with another ending ("drones", "Charkiws", "Харкові"), reads as that word.
 */
export class KeywordForms {
  private readonly words: ReadonlySet<string>;
  /** The first letters of every keyword's word: most words of a report begin otherwise and are passed by at once. */
  private readonly starts: ReadonlySet<string>;
  /** Words already read: their keyword's word, or null. */
  private readonly known = new Map<string, string | null>();

  constructor(keywordWords: Iterable<string>) {
    this.words = new Set(keywordWords);
    this.starts = new Set([...this.words].map((w) => w.slice(0, SHARED_START)));
  }

  /** The tokens with each word that is a form of a keyword's word read as that word (the same array when none is). */
  read<T extends { norm: string }>(tokens: readonly T[]): readonly (T | { norm: string })[] {
    if (this.words.size === 0) return tokens;
    let out: (T | { norm: string })[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const base = this.baseOf(tokens[i]!.norm);
      if (base === null) continue;
      out ??= [...tokens];
      out[i] = { norm: base };
    }
    return out ?? tokens;
  }

  /**
   * The keyword's word a report's word reads as, or null. Reports share most of their words, so each
   * word's answer is kept, up to KNOWN_WORDS of them (then forgotten at once: a bound, not a cache policy).
   */
  private baseOf(norm: string): string | null {
    if (this.words.has(norm) || !this.starts.has(norm.slice(0, SHARED_START))) return null;
    let base = this.known.get(norm);
    if (base === undefined) {
      base = keywordEndings().whole.has(norm) ? null : this.keywordWordOf(norm);
      if (this.known.size >= KNOWN_WORDS) this.known.clear();
      this.known.set(norm, base);
    }
    return base;
  }

  /** The keyword's word `norm` is a form of, or null. */
  private keywordWordOf(norm: string): string | null {
    for (const [ending, bases] of endingsByLast().get(norm.at(-1)!) ?? []) {
      if (!norm.endsWith(ending) || norm.length - ending.length < MIN_STEM) continue;
      const stem = norm.slice(0, -ending.length);
      for (const b of bases) if (this.words.has(stem + b)) return stem + b;
      const closed = closedSyllable(stem);
      if (closed !== undefined && this.words.has(closed)) return closed;
    }
    return null;
  }
}
