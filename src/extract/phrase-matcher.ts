import { phraseTokens, type Token } from './normalize.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
  /** Where a gap leads. */
  gap?: TrieNode<T>;
}

/**
 * A phrase token that stands for one to MAX_GAP words of any kind, so one data entry covers the
 * modifiers people put in between ("while making … bombs": hand bombs, crude country-made bombs,
 * improvised explosive devices). A gap never reaches into another sentence.
 */
export const GAP = '\u0000gap';
export const MAX_GAP = 3;

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
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  private phrases = 0;

  add(phrase: string | readonly string[], value: T): void {
    const toks = typeof phrase === 'string' ? phraseTokens(phrase) : phrase;
    if (toks.length === 0) return;
    if (toks[0] === GAP || toks[toks.length - 1] === GAP) throw new Error(`a phrase cannot start or end with a gap: "${toks.join(' ')}"`);
    let node = this.root;
    for (const t of toks) {
      let child = t === GAP ? node.gap : node.next.get(t);
      if (!child) {
        child = { next: new Map(), values: [] };
        if (t === GAP) node.gap = child;
        else node.next.set(t, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.phrases++;
  }

  get size(): number {
    return this.phrases;
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
        node = node.next.get(tokens[j]!.norm);
        if (!node) break;
        if (node.values.length > 0) best = keep(out, best, { start: i, end: j + 1, values: node.values }, longestOnly);
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
        at = at.next.get(tokens[k]!.norm);
        if (!at) break;
        if (at.values.length > 0) ends.push({ start, end: k + 1, values: at.values });
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
