import type { CompoundReader } from './compounds.js';
import { phraseTokens, type Token } from './normalize.js';

/**
 * A trie node while phrases are added (`PhraseMatcher.add`). Matching walks the packed arrays
 * instead (`PackedTrie`), which hold the attack lexicon's 171,000 nodes in 3.4 MB where these
 * nodes took about 19 MB of every heap that loaded it (docs/performance.md, 6 Dec 2026, afternoon).
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

/** A PhraseMatcher as arrays (`PhraseMatcher.pack`), which is also what it matches with. */
export interface PackedTrie<T> {
  words: readonly string[];
  values: readonly T[];
  /**
   * Nodes (the root is 0), edges and value lists as numbers: a header of HEADER counts (nodes N,
   * edges E, lists L, list entries V), then each node's first edge (N + 1, so a node's edges end
   * where the next node's begin), its gap's node or 0 (N), its value list or -1 (N), each edge's
   * word, in ascending order within a node (E), and node (E), each list's first entry (L + 1), and
   * the entries, indices into `values` (V).
   */
  shape: Int32Array;
  /** How many phrases were added. */
  size: number;
}

const HEADER = 4;

/** The sections of a PackedTrie's shape, as views on it. */
interface TrieArrays {
  firstEdge: Int32Array;
  gap: Int32Array;
  list: Int32Array;
  edgeWord: Int32Array;
  edgeNode: Int32Array;
}

function trieArrays(shape: Int32Array): TrieArrays & { listStart: Int32Array; listEntries: Int32Array } {
  const [nodes = 0, edges = 0, lists = 0, entries = 0] = shape;
  let at = HEADER;
  const take = (n: number): Int32Array => {
    const section = shape.subarray(at, at + n);
    at += n;
    return section;
  };
  const arrays = {
    firstEdge: take(nodes + 1),
    gap: take(nodes),
    list: take(nodes),
    edgeWord: take(edges),
    edgeNode: take(edges),
    listStart: take(lists + 1),
    listEntries: take(entries),
  };
  if (at !== shape.length) throw new Error(`a packed phrase trie of ${shape.length} numbers does not hold the ${at} its header counts`);
  return arrays;
}

type MatchToken = Pick<Token, 'norm'> & { sentence?: number };

export interface PhraseMatch<T> {
  /** First and one-past-last token index of the match. */
  start: number;
  end: number;
  values: readonly T[];
}

/** What matching reads: the packed arrays, the words by number, the value lists made once. */
interface Sealed<T> extends TrieArrays {
  packed: PackedTrie<T>;
  wordIds: Map<string, number>;
  lists: (readonly T[])[];
  /**
   * Per word, the node its edge from the root leads to (-1: none). Every token is looked up at the
   * root, whose edges are thousands (5,913 in the attack lexicon's): a binary search there was most
   * of the look-ups' cost. 4 bytes a word.
   */
  rootChild: Int32Array;
}

/**
 * A token trie over normalised phrases: one pass over a document's tokens finds every phrase,
 * and its cost depends on the text and the longest phrase, not on how many phrases there are.
 * Matching walks arrays (`PackedTrie`) made from the added phrases at the first match after an
 * add; a matcher read from arrays (`unpack`) keeps no nodes, and takes no more phrases.
 */
export class PhraseMatcher<T> {
  /** The nodes phrases are added to; none in a matcher read from arrays. */
  private root: TrieNode<T> | undefined = trieNode();
  private sealed: Sealed<T> | undefined;
  private phrases = 0;
  /**
   * One array for every node whose only value is the same: the lexicon's phrases mostly end with
   * one of a few hundred values.
   */
  private readonly singles = new Map<T, readonly T[]>();
  /** Reads a word the trie lacks as the compound head it ends with (`readCompounds`). */
  private compounds: CompoundReader | undefined;

  add(phrase: string | readonly string[], value: T): void {
    const toks = typeof phrase === 'string' ? phraseTokens(phrase) : phrase;
    if (toks.length === 0) return;
    if (toks[0] === GAP || toks[toks.length - 1] === GAP) throw new Error(`a phrase cannot start or end with a gap: "${toks.join(' ')}"`);
    if (!this.root) throw new Error(`a phrase cannot be added to a matcher read from arrays: "${toks.join(' ')}"`);
    this.sealed = undefined;
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

  /**
   * From now on, a token no phrase holds is read as the head its compound ends with, when the
   * trie knows that head ("terrorangrepet" as "angrepet"; src/extract/compounds.ts).
   */
  readCompounds(reader: CompoundReader): void {
    this.compounds = reader;
  }

  /** Whether a phrase holds this word. */
  hasWord(word: string): boolean {
    return this.seal().wordIds.has(word);
  }

  get size(): number {
    return this.phrases;
  }

  /**
   * The trie as arrays, to store and match with (`unpack`): its words and distinct values (by
   * identity) once each, numbered in the order a pre-order walk meets them, and its nodes in that order.
   */
  pack(): PackedTrie<T> {
    return this.seal().packed;
  }

  /** The matcher `pack` gave, matching on its arrays as they are. */
  static unpack<T>(packed: PackedTrie<T>): PhraseMatcher<T> {
    const matcher = new PhraseMatcher<T>();
    matcher.root = undefined;
    matcher.phrases = packed.size;
    matcher.sealed = matcher.read(packed);
    return matcher;
  }

  private seal(): Sealed<T> {
    this.sealed ??= this.read(packTrie(this.root!, this.phrases));
    return this.sealed;
  }

  private read(packed: PackedTrie<T>): Sealed<T> {
    const { listStart, listEntries, ...arrays } = trieArrays(packed.shape);
    const lists = Array.from({ length: listStart.length - 1 }, (_, l) => {
      const entries = Array.from(listEntries.subarray(listStart[l]!, listStart[l + 1]!), (v) => packed.values[v]!);
      return entries.length === 1 ? this.single(entries[0]!) : entries;
    });
    const rootChild = new Int32Array(packed.words.length).fill(-1);
    for (let e = arrays.firstEdge[0]!; e < arrays.firstEdge[1]!; e++) rootChild[arrays.edgeWord[e]!] = arrays.edgeNode[e]!;
    return { ...arrays, packed, lists, wordIds: new Map(packed.words.map((w, i) => [w, i])), rootChild };
  }

  /**
   * Every match at every position. With `longestOnly`, at each start position only the longest
   * phrase is kept and positions covered by it are skipped ("Ain al-Asad Air Base" hides "Ain al-Asad").
   */
  match(tokens: readonly MatchToken[], opts: { longestOnly?: boolean } = {}): PhraseMatch<T>[] {
    const trie = this.seal();
    // A loop, not Int32Array.from(tokens, …): that goes through the iterator protocol, an object per token.
    const words = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const norm = tokens[i]!.norm;
      words[i] = trie.wordIds.get(norm) ?? this.compoundWord(trie, norm);
    }
    const out: PhraseMatch<T>[] = [];
    const longestOnly = opts.longestOnly ?? false;
    for (let i = 0; i < tokens.length; i++) {
      let node = 0;
      let best: PhraseMatch<T> | undefined;
      for (let j = i; j < tokens.length; j++) {
        const gap = trie.gap[node]!;
        if (gap !== 0) {
          for (const m of this.afterGap(trie, tokens, words, i, gap, j)) best = keep(out, best, m, longestOnly);
        }
        node = child(trie, node, words[j]!);
        if (node < 0) break;
        const list = trie.list[node]!;
        if (list >= 0) best = keep(out, best, { start: i, end: j + 1, values: trie.lists[list]! }, longestOnly);
      }
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }

  /** The number of the head a compound word ends with, or -1 (`readCompounds`). */
  private compoundWord(trie: Sealed<T>, norm: string): number {
    const head = this.compounds?.headOf(norm);
    return head === undefined ? -1 : (trie.wordIds.get(head) ?? -1);
  }

  /** The phrases that go on from `node` after a gap whose first word is token `j`: one to MAX_GAP words of the sentence. */
  private afterGap(trie: Sealed<T>, tokens: readonly MatchToken[], words: Int32Array, start: number, node: number, j: number): PhraseMatch<T>[] {
    const sentence = tokens[start]!.sentence;
    const ends: PhraseMatch<T>[] = [];
    for (let from = j + 1; from <= j + MAX_GAP && from < tokens.length; from++) {
      if (tokens[from - 1]!.sentence !== sentence) break;
      let at = node;
      for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
        const gap = trie.gap[at]!;
        if (gap !== 0) ends.push(...this.afterGap(trie, tokens, words, start, gap, k));
        at = child(trie, at, words[k]!);
        if (at < 0) break;
        const list = trie.list[at]!;
        if (list >= 0) ends.push({ start, end: k + 1, values: trie.lists[list]! });
      }
    }
    return ends;
  }
}

/** The node the edge of `word` leads to from `node`, or -1: the root's table, else a binary search of the node's edges. */
function child(trie: TrieArrays & { rootChild: Int32Array }, node: number, word: number): number {
  if (word < 0) return -1;
  if (node === 0) return trie.rootChild[word]!;
  let lo = trie.firstEdge[node]!;
  let hi = trie.firstEdge[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = trie.edgeWord[mid]!;
    if (w === word) return trie.edgeNode[mid]!;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The arrays of the trie under `root` (PackedTrie's layout). */
function packTrie<T>(root: TrieNode<T>, size: number): PackedTrie<T> {
  const nodes: TrieNode<T>[] = [];
  const ids = new Map<TrieNode<T>, number>();
  const words = new Map<string, number>();
  const values = new Map<T, number>();
  const number = <K>(map: Map<K, number>, key: K): number => {
    let n = map.get(key);
    if (n === undefined) {
      n = map.size;
      map.set(key, n);
    }
    return n;
  };
  const visit = (node: TrieNode<T>): void => {
    ids.set(node, nodes.length);
    nodes.push(node);
    for (const v of node.values ?? []) number(values, v);
    for (const [word, next] of node.next ?? []) {
      number(words, word);
      visit(next);
    }
    if (node.gap) visit(node.gap);
  };
  visit(root);
  // Nodes with the same values (most end a phrase with one of a few hundred) share a list.
  const listIds = new Map<string, number>();
  const listStart = [0];
  const listEntries: number[] = [];
  const firstEdge = [0];
  const gap: number[] = [];
  const list: number[] = [];
  const edgeWord: number[] = [];
  const edgeNode: number[] = [];
  for (const node of nodes) {
    const edges = [...(node.next ?? [])].map(([word, next]) => [words.get(word)!, ids.get(next)!] as const).sort((a, b) => a[0] - b[0]);
    for (const [word, next] of edges) {
      edgeWord.push(word);
      edgeNode.push(next);
    }
    firstEdge.push(edgeWord.length);
    gap.push(node.gap ? ids.get(node.gap)! : 0);
    if (!node.values) {
      list.push(-1);
      continue;
    }
    const entries = node.values.map((v) => values.get(v)!);
    const key = entries.join(',');
    let l = listIds.get(key);
    if (l === undefined) {
      l = listIds.size;
      listIds.set(key, l);
      listEntries.push(...entries);
      listStart.push(listEntries.length);
    }
    list.push(l);
  }
  const header = [nodes.length, edgeWord.length, listIds.size, listEntries.length];
  return {
    words: [...words.keys()],
    values: [...values.keys()],
    shape: Int32Array.from([...header, ...firstEdge, ...gap, ...list, ...edgeWord, ...edgeNode, ...listStart, ...listEntries]),
    size,
  };
}

/** Records a match: every one, or with `longestOnly` only the longest from its start (returned as the best so far). */
function keep<T>(out: PhraseMatch<T>[], best: PhraseMatch<T> | undefined, m: PhraseMatch<T>, longestOnly: boolean): PhraseMatch<T> | undefined {
  if (!longestOnly) {
    out.push(m);
    return best;
  }
  return !best || m.end > best.end ? m : best;
}
