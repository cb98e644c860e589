import { phraseTokens, type Token } from './normalize.js';

/**
 * A trie node's parts exist only where used: most nodes end a phrase and lead nowhere (in the
 * attack lexicon 71,000 of 83,000), and an empty Map and array on each cost about 20 MB per
 * thread. Every node has the same three fields so that the look-ups stay monomorphic.
 */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  /** Shared between nodes (PhraseMatcher.single), so never changed in place. */
  values: readonly T[] | undefined;
  /** Where a gap leads. */
  gap: TrieNode<T> | undefined;
}

const trieNode = <T>(): TrieNode<T> => ({ next: undefined, values: undefined, gap: undefined });

/**
 * A phrase token that stands for one to MAX_GAP words of any kind, so one data entry covers the
 * modifiers people put in between ("while making … bombs": hand bombs, crude country-made bombs,
 * improvised explosive devices). A gap never reaches into another sentence.
 */
export const GAP = '\u0000gap';
export const MAX_GAP = 3;

/** A PhraseMatcher as arrays (`PhraseMatcher.pack`). */
export interface PackedTrie<T> {
  words: readonly string[];
  values: readonly T[];
  /** Per node in pre-order: its value count and values, its child count and each child's word then nodes, 1 and the gap's nodes or 0. */
  shape: Int32Array;
  /** How many phrases were added. */
  size: number;
}

type MatchToken = Pick<Token, 'norm'> & { sentence?: number };

export interface PhraseMatch<T> {
  /** First and one-past-last token index of the match. */
  start: number;
  end: number;
  values: readonly T[];
}

/**
 * A token trie over normalised phrases: one pass over a document's tokens finds every phrase,
 * and its cost depends on the text and the longest phrase, not on how many phrases there are.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = trieNode();
  private phrases = 0;
  /**
   * One array for every node whose only value is the same: the lexicon's 74,000 phrases mostly
   * end with one of a few hundred values, and an array of its own on each cost about 4 MB per thread.
   */
  private readonly singles = new Map<T, readonly T[]>();

  add(phrase: string | readonly string[], value: T): void {
    const toks = typeof phrase === 'string' ? phraseTokens(phrase) : phrase;
    if (toks.length === 0) return;
    if (toks[0] === GAP || toks[toks.length - 1] === GAP) throw new Error(`a phrase cannot start or end with a gap: "${toks.join(' ')}"`);
    let node = this.root;
    for (const t of toks) {
      let child = t === GAP ? node.gap : node.next?.get(t);
      if (!child) {
        child = trieNode();
        if (t === GAP) node.gap = child;
        else {
          node.next ??= new Map();
          node.next.set(t, child);
        }
      }
      node = child;
    }
    if (!node.values) node.values = this.single(value);
    else if (!node.values.includes(value)) node.values = [...node.values, value];
    this.phrases++;
  }

  private single(value: T): readonly T[] {
    let list = this.singles.get(value);
    if (!list) {
      list = [value];
      this.singles.set(value, list);
    }
    return list;
  }

  get size(): number {
    return this.phrases;
  }

  /**
   * The trie as arrays, to store and rebuild (`unpack`) without tokenising its phrases again: its
   * words and distinct values (by identity) once each, and its nodes in pre-order as numbers.
   */
  pack(): PackedTrie<T> {
    const words = new Map<string, number>();
    const values = new Map<T, number>();
    const shape: number[] = [];
    const number = <K>(map: Map<K, number>, key: K): number => {
      let n = map.get(key);
      if (n === undefined) {
        n = map.size;
        map.set(key, n);
      }
      return n;
    };
    const visit = (node: TrieNode<T>): void => {
      shape.push(node.values?.length ?? 0);
      for (const v of node.values ?? []) shape.push(number(values, v));
      shape.push(node.next?.size ?? 0);
      for (const [word, child] of node.next ?? []) {
        shape.push(number(words, word));
        visit(child);
      }
      shape.push(node.gap ? 1 : 0);
      if (node.gap) visit(node.gap);
    };
    visit(this.root);
    return { words: [...words.keys()], values: [...values.keys()], shape: Int32Array.from(shape), size: this.phrases };
  }

  /** The matcher `pack` gave: the same nodes, words in the same order, the same value objects. */
  static unpack<T>(packed: PackedTrie<T>): PhraseMatcher<T> {
    const matcher = new PhraseMatcher<T>();
    const { words, values, shape } = packed;
    let at = 0;
    const build = (node: TrieNode<T>): void => {
      const valueCount = shape[at++]!;
      if (valueCount === 1) node.values = matcher.single(values[shape[at++]!]!);
      else if (valueCount > 1) {
        node.values = Array.from({ length: valueCount }, () => values[shape[at++]!]!);
      }
      const childCount = shape[at++]!;
      if (childCount > 0) node.next = new Map();
      for (let c = 0; c < childCount; c++) {
        const child = trieNode<T>();
        node.next!.set(words[shape[at++]!]!, child);
        build(child);
      }
      if (shape[at++] === 1) {
        node.gap = trieNode();
        build(node.gap);
      }
    };
    build(matcher.root);
    matcher.phrases = packed.size;
    return matcher;
  }

  /**
   * Every match at every position. With `longestOnly`, at each start position only the longest
   * phrase is kept and positions covered by it are skipped ("Ain al-Asad Air Base" hides "Ain al-Asad").
   */
  match(tokens: readonly MatchToken[], opts: { longestOnly?: boolean } = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const longestOnly = opts.longestOnly ?? false;
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode<T> | undefined = this.root;
      let best: PhraseMatch<T> | undefined;
      for (let j = i; j < tokens.length; j++) {
        if (node.gap) {
          for (const m of this.afterGap(tokens, i, node.gap, j)) best = keep(out, best, m, longestOnly);
        }
        node = node.next?.get(tokens[j]!.norm);
        if (!node) break;
        if (node.values) best = keep(out, best, { start: i, end: j + 1, values: node.values }, longestOnly);
      }
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }

  /** The phrases that go on from `node` after a gap whose first word is token `j`: one to MAX_GAP words of the sentence. */
  private afterGap(tokens: readonly MatchToken[], start: number, node: TrieNode<T>, j: number): PhraseMatch<T>[] {
    const sentence = tokens[start]!.sentence;
    const ends: PhraseMatch<T>[] = [];
    for (let from = j + 1; from <= j + MAX_GAP && from < tokens.length; from++) {
      if (tokens[from - 1]!.sentence !== sentence) break;
      let at: TrieNode<T> | undefined = node;
      for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
        if (at.gap) ends.push(...this.afterGap(tokens, start, at.gap, k));
        at = at.next?.get(tokens[k]!.norm);
        if (!at) break;
        if (at.values) ends.push({ start, end: k + 1, values: at.values });
      }
    }
    return ends;
  }
}

/** Records a match: every one, or with `longestOnly` only the longest from its start (returned as the best so far). */
function keep<T>(out: PhraseMatch<T>[], best: PhraseMatch<T> | undefined, m: PhraseMatch<T>, longestOnly: boolean): PhraseMatch<T> | undefined {
  if (!longestOnly) {
    out.push(m);
    return best;
  }
  return !best || m.end > best.end ? m : best;
}
