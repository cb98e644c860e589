import { createHash } from 'node:crypto';
import type { Extraction } from '../extract/analysis.js';
import type { PreparedDocument } from '../extract/normalize.js';
import type { Extractor } from './process.js';

/** Distinct texts remembered: syndicated copies of an article arrive within a poll cycle or two of each other. */
const MEMO_SIZE = 1_024;

/**
 * The extraction engine with a memory of the last texts it analysed: wire copy that many feeds
 * carry word for word is analysed once. The extraction is a pure function of the text, so a
 * remembered one is what a fresh call would give (callers never modify an extraction). Keyed by a
 * hash of the text, least recently used out.
 */
export class MemoisedExtractor implements Extractor {
  private readonly memo = new Map<string, Extraction>();

  constructor(
    private readonly inner: Extractor,
    private readonly size = MEMO_SIZE,
  ) {}

  extract(doc: PreparedDocument): Extraction {
    const key = createHash('sha1').update(doc.text).digest('base64');
    const known = this.memo.get(key);
    if (known) {
      this.memo.delete(key);
      this.memo.set(key, known);
      return known;
    }
    const extraction = this.inner.extract(doc);
    this.memo.set(key, extraction);
    if (this.memo.size > this.size) this.memo.delete(this.memo.keys().next().value!);
    return extraction;
  }
}

/**
 * A memoised extractor made on first use and let go by `release()`: the main thread's stand-in
 * while no extraction worker is ready (the first items after start-up, a crashed worker being
 * replaced). Its engine's lexicon, about 14 MB of heap, is not kept by a bot whose workers
 * extract every item.
 */
export class StandInExtractor implements Extractor {
  private current: MemoisedExtractor | null = null;

  constructor(private readonly load: () => Extractor) {}

  extract(doc: PreparedDocument): Extraction {
    this.current ??= new MemoisedExtractor(this.load());
    return this.current.extract(doc);
  }

  /** Lets the engine and its memory go; the next extraction loads them again. */
  release(): void {
    this.current = null;
  }
}
