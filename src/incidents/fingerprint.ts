import { writesTurkish } from '../extract/declension.js';
import { type PreparedDocument, tokenNorms } from '../extract/normalize.js';
import { normalizeLink } from '../identity.js';
import { perReport } from './memo.js';

/**
 * Near-duplicate detection for news reports: syndicated copies, re-published items with a new guid
 * or tracking parameters, and updated versions of one article.
 *
 * Texts are compared by Jaccard similarity of their shingle sets, estimated from bottom-k sketches
 * (the k smallest 32-bit hashes of the set, one hash function): small enough to keep with every
 * source of an incident, deterministic, and an unbiased Jaccard estimate (Broder 1997).
 */

/** Hashes kept per sketch; the estimate's error is about 1/sqrt(k). */
export const SKETCH_SIZE = 64;

/** Words too common in news reports to say anything about which story a text tells. */
const STOP_WORDS = new Set(
  (
    'a an the and or but of in on at to for from by with without into onto over under about after before ' +
    'during since until as than then that this these those there here it its is are was were be been being ' +
    'has have had do does did will would shall should can could may might must not no nor so if while ' +
    'he she they them their his her we our you your i me my who whom whose which what when where why how ' +
    'said says say according also more most other some such only own same just very up out off again ' +
    'reported report reports news update updated new one two al'
  ).split(' '),
);

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a's state after the characters of `text`, from state `h`. */
function fnvAdd(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** MurmurHash3's finaliser, 32 bits: spreads near-identical strings ("w1", "w2") over the whole range, as min-hashing needs. */
function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a with MurmurHash3's finaliser, 32 bits: stable across runs and platforms. */
function hash32(text: string): number {
  return finalise(fnvAdd(FNV_OFFSET, text));
}

/** `hash32` of `tokens[from, to)` joined by single spaces, without making that string. */
function joinedHash32(tokens: readonly string[], from: number, to: number): number {
  let h = fnvAdd(FNV_OFFSET, tokens[from]!);
  for (let i = from + 1; i < to; i++) {
    h ^= 0x20; // the space between two words
    h = Math.imul(h, 0x01000193);
    h = fnvAdd(h, tokens[i]!);
  }
  return finalise(h);
}

/**
 * The k smallest distinct of `hashes`, ascending, as a view of its start (it is sorted in place):
 * a typed array sorts numbers natively, with no comparison function and no set of the hashes.
 */
function bottomK(hashes: Uint32Array, k: number): Uint32Array {
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length && n < k; i++) if (n === 0 || hashes[i] !== hashes[n - 1]) hashes[n++] = hashes[i]!;
  return hashes.subarray(0, n);
}

/** The hashes of `features`, in order. */
function hashesOf(features: readonly string[]): Uint32Array {
  const out = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) out[i] = hash32(features[i]!);
  return out;
}

/** Content words: normalised tokens (case, punctuation and diacritics folded) without stop words. */
export function contentWords(text: string): string[] {
  return withoutStopWords(tokenNorms(text));
}

const withoutStopWords = (norms: readonly string[]) => norms.filter((w) => !STOP_WORDS.has(w));

/** The k smallest distinct hashes of the given features, ascending. */
export function sketch(features: readonly string[], k = SKETCH_SIZE): Uint32Array {
  return bottomK(hashesOf(features), k);
}

/**
 * The hashes of the overlapping runs of `n` consecutive words ("w-shingling"; a text shorter than
 * n is one shingle), in order, each hashed from the words where they lie as the run joined by
 * spaces hashes: a report's body has hundreds of shingles, no string of its own is made for any.
 */
function shingleHashes(tokens: readonly string[], n: number): Uint32Array {
  if (tokens.length <= n) return tokens.length ? Uint32Array.of(joinedHash32(tokens, 0, tokens.length)) : new Uint32Array(0);
  const out = new Uint32Array(tokens.length - n + 1);
  for (let i = 0; i < out.length; i++) out[i] = joinedHash32(tokens, i, i + n);
  return out;
}

/**
 * Jaccard similarity estimated from two bottom-k sketches: among the k smallest hashes of the
 * union, the share present in both (k as the sketches were made with). Exact when both sets are
 * smaller than k. 0 when either is empty.
 */
export function sketchSimilarity(a: ArrayLike<number>, b: ArrayLike<number>, k = SKETCH_SIZE): number {
  return sketchSimilarityAbove(a, b, Number.NEGATIVE_INFINITY, k)!;
}

/**
 * `sketchSimilarity` when it is above `floor`, else null, found without finishing the merge once
 * the rest could not lift it above: after `taken` of the k hashes with `both` shared, it is at most
 * (both + k − taken) / k, as if every hash left were shared.
 */
export function sketchSimilarityAbove(a: ArrayLike<number>, b: ArrayLike<number>, floor: number, k = SKETCH_SIZE): number | null {
  return similarityAbove(a, 0, a.length, b, 0, b.length, floor, k);
}

/** `sketchSimilarityAbove` of the sketches at a[aFrom, aTo) and b[bFrom, bTo). */
function similarityAbove(
  a: ArrayLike<number>,
  aFrom: number,
  aTo: number,
  b: ArrayLike<number>,
  bFrom: number,
  bTo: number,
  floor: number,
  k: number,
): number | null {
  if (aFrom === aTo || bFrom === bTo) return 0 > floor ? 0 : null;
  // Sketches are sorted and distinct, so one merge pass finds the union's k smallest.
  let i = aFrom;
  let j = bFrom;
  let taken = 0;
  let both = 0;
  while (taken < k && (i < aTo || j < bTo)) {
    if (both + k - taken <= floor * k) return null;
    const x = i < aTo ? a[i]! : Infinity;
    const y = j < bTo ? b[j]! : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  const similarity = both / taken;
  return similarity > floor ? similarity : null;
}

/** A sketch as kept with an incident: its hashes, ascending, as 32-bit words. */
export type Sketch = Uint32Array;

/** The three sketches of a text (`textSketches`). */
export type SketchPart = 'title' | 'body' | 'vocabulary';

/**
 * A text's three sketches one after the other in one array of 32-bit words: the title's, the body's
 * from `bodyAt`, the vocabulary's from `vocabularyAt`, each ascending. An incident keeps up to 50
 * fingerprints: as arrays of numbers, every hash above 2^31 was a boxed number of its own (about
 * 3 KB a fingerprint); as three views of one buffer, the views took half of what the sketches'
 * typed arrays cost (round 18's heap snapshot: 288 of 376 bytes beside the words); as one array,
 * one object and its buffer.
 */
export interface TextSketches {
  hashes: Uint32Array;
  bodyAt: number;
  vocabularyAt: number;
}

const partStart = (s: TextSketches, part: SketchPart) => (part === 'title' ? 0 : part === 'body' ? s.bodyAt : s.vocabularyAt);
const partEnd = (s: TextSketches, part: SketchPart) => (part === 'title' ? s.bodyAt : part === 'body' ? s.vocabularyAt : s.hashes.length);

/** How many hashes one of a text's sketches has. */
export const sketchLength = (s: TextSketches, part: SketchPart) => partEnd(s, part) - partStart(s, part);

/** One of a text's sketches, as a view into its array (for storing and look-up keys; comparisons read the array in place). */
export const sketchOf = (s: TextSketches, part: SketchPart): Sketch => s.hashes.subarray(partStart(s, part), partEnd(s, part));

/** `sketchSimilarityAbove` of the same part of two texts' sketches. */
export function partSimilarityAbove(a: TextSketches, b: TextSketches, part: SketchPart, floor: number): number | null {
  return similarityAbove(a.hashes, partStart(a, part), partEnd(a, part), b.hashes, partStart(b, part), partEnd(b, part), floor, SKETCH_SIZE);
}

const partSimilarity = (a: TextSketches, b: TextSketches, part: SketchPart) => partSimilarityAbove(a, b, part, Number.NEGATIVE_INFINITY)!;

/** What is kept of each source to recognise later copies of it. */
export interface TextFingerprint extends TextSketches {
  /** The link's identity (identity.ts normalizeLink). */
  link: string | null;
}

type FingerprintInput = { title: string; content: string; link: string | null };

/**
 * A report's fingerprint, worked out once per report object while its text and link are the same:
 * recording one report asks for it up to four times (look-up keys, assignment, separation note, merge).
 */
export const fingerprintOf = perReport(computeFingerprint, (doc: FingerprintInput) => [doc.title, doc.content, doc.link]);

/**
 * Records the sketches of a report's text worked out elsewhere (an extraction worker, with
 * `textSketches`): fingerprintOf then gives what it would have computed, without tokenising the
 * text again on this thread.
 */
export function rememberSketches(doc: FingerprintInput, sketches: TextSketches): void {
  fingerprintOf.remember({ link: normalizeLink(doc.link), hashes: sketches.hashes, bodyAt: sketches.bodyAt, vocabularyAt: sketches.vocabularyAt }, doc);
}

/**
 * A text's sketches: of the title's content words, of the body's 3-word shingles (syndicated copies
 * share most of them), and of the title's and body's content words (differently worded reports
 * share some).
 */
export function textSketches(doc: { title: string; content: string }): TextSketches {
  return sketchesOfWords(contentWords(doc.title), tokenNorms(doc.content));
}

/**
 * `textSketches(item)` from the document prepared of it and its tokens' norms, without tokenising
 * the text again, when those are the words `textSketches` would read: preparing changed nothing of
 * the text (no entity or invisible character, within the caps, nothing trimmed), and the title and
 * the body are each Turkish as the whole text is, or no word has the apostrophe a Turkish case
 * ending follows (the one thing the language changes in a word's norm). A word never runs across
 * the blank line that joins them, so the title's tokens and the body's are the two texts' words.
 */
export function preparedTextSketches(item: { title: string; content: string }, doc: PreparedDocument, norms: readonly string[]): TextSketches {
  const { title, content, turkish, text } = doc;
  const same = title === item.title && content === item.content;
  const caseEndings = text.includes("'") || text.includes('’');
  if (!same || (caseEndings && (writesTurkish(title) !== turkish || writesTurkish(content) !== turkish))) return textSketches(item);
  return sketchesOfWords(withoutStopWords(norms.slice(0, doc.titleEnd)), norms.slice(doc.titleEnd));
}

/** The three sketches of a text: its title's content words, its body's norms (`tokenNorms`). */
function sketchesOfWords(titleWords: readonly string[], bodyWords: readonly string[]): TextSketches {
  // The vocabulary: the title's content words, then the body's.
  const vocabulary = new Uint32Array(titleWords.length + bodyWords.length);
  let n = 0;
  for (const w of titleWords) vocabulary[n++] = hash32(w);
  for (const w of bodyWords) if (!STOP_WORDS.has(w)) vocabulary[n++] = hash32(w);
  return packSketches(sketch(titleWords), bottomK(shingleHashes(bodyWords, 3), SKETCH_SIZE), bottomK(vocabulary.subarray(0, n), SKETCH_SIZE));
}

/** Three sketches as one array (`TextSketches`): one allocation a fingerprint, and one buffer for a worker's reply to copy. */
export function packSketches(title: ArrayLike<number>, body: ArrayLike<number>, vocabulary: ArrayLike<number>): TextSketches {
  const hashes = new Uint32Array(title.length + body.length + vocabulary.length);
  hashes.set(title);
  hashes.set(body, title.length);
  hashes.set(vocabulary, title.length + body.length);
  return { hashes, bodyAt: title.length, vocabularyAt: title.length + body.length };
}

function computeFingerprint(doc: FingerprintInput): TextFingerprint {
  return { link: normalizeLink(doc.link), ...textSketches(doc) };
}

export interface TextSimilarity {
  sameLink: boolean;
  title: number;
  body: number;
  vocabulary: number;
}

export function compareFingerprints(a: TextFingerprint, b: TextFingerprint): TextSimilarity {
  return {
    sameLink: a.link !== null && a.link === b.link,
    title: partSimilarity(a, b, 'title'),
    body: partSimilarity(a, b, 'body'),
    vocabulary: partSimilarity(a, b, 'vocabulary'),
  };
}
