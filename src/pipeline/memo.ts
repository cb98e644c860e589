import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Extraction } from '../extract/analysis.js';
import type { PreparedDocument } from '../extract/normalize.js';
import type { Extractor } from './process.js';

/**
 * Bytes of remembered extractions. Syndicated copies of an article arrive within a poll cycle or
 * two of each other, and a first cycle over many feeds brings them all at once: 1,000 feeds of 50
 * items carry about 24,000 distinct texts, the copies of one anywhere in the cycle. Kept
 * serialised, an extraction takes about 470 bytes (a third of what it takes as objects): 4 MiB
 * keep about 8,900 texts, for about 4 MB more than 1,024 texts took as objects.
 */
const MEMO_BYTES = 4 * 1024 * 1024;
/** A text whose extraction takes more than this share of the memory is not remembered: it would push out many others. */
const LARGEST_SHARE = 16;

/** Where one remembered extraction lies in the ring. */
interface Slot {
  key: string;
  start: number;
  end: number;
}

/**
 * The extraction engine with a memory of the last texts it analysed: wire copy that many feeds
 * carry word for word is analysed once. The extraction is a pure function of the text, so a
 * remembered one is what a fresh call would give. Keyed by a hash of the text. Each extraction is
 * kept serialised in the structured clone's format (the one it crosses threads in), one after the
 * other in a ring of MEMO_BYTES, the oldest written over first; a hit deserialises a fresh copy.
 */
export class MemoisedExtractor implements Extractor {
  private readonly slots = new Map<string, Slot>();
  /** The remembered slots, oldest first from `oldest` (entries before it are gone). */
  private readonly order: Slot[] = [];
  private oldest = 0;
  private readonly ring: Buffer;
  /** Where the next extraction is written. */
  private head = 0;

  constructor(
    private readonly inner: Extractor,
    bytes = MEMO_BYTES,
  ) {
    // Not filled in advance: pages of the ring count in memory once written.
    this.ring = Buffer.allocUnsafeSlow(bytes);
  }

  extract(doc: PreparedDocument): Extraction {
    const key = createHash('sha1').update(doc.text).digest('base64');
    const known = this.slots.get(key);
    if (known) return deserialize(this.ring.subarray(known.start, known.end)) as Extraction;
    const extraction = this.inner.extract(doc);
    this.remember(key, serialize(extraction));
    return extraction;
  }

  private remember(key: string, bytes: Buffer): void {
    if (bytes.length * LARGEST_SHARE > this.ring.length) return;
    if (this.head + bytes.length > this.ring.length) {
      // The ring's tail is too short: what lies there is the oldest, let go with it.
      while (this.oldest < this.order.length && this.order[this.oldest]!.start >= this.head) this.forgetOldest();
      this.head = 0;
    }
    const end = this.head + bytes.length;
    while (this.oldest < this.order.length && this.order[this.oldest]!.start < end && this.order[this.oldest]!.start >= this.head) this.forgetOldest();
    this.ring.set(bytes, this.head);
    const slot = { key, start: this.head, end };
    this.slots.set(key, slot);
    this.order.push(slot);
    this.head = end;
    // The forgotten entries at the front of `order` go once they are half of it.
    if (this.oldest > 1024 && this.oldest * 2 > this.order.length) {
      this.order.splice(0, this.oldest);
      this.oldest = 0;
    }
  }

  private forgetOldest(): void {
    this.slots.delete(this.order[this.oldest]!.key);
    this.oldest++;
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
