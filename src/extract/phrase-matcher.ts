import { phraseTokens, type Token } from './normalize.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

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
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(t, child);
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
  match(tokens: readonly Pick<Token, 'norm'>[], opts: { longestOnly?: boolean } = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode<T> | undefined = this.root;
      let best: PhraseMatch<T> | undefined;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!.norm);
        if (!node) break;
        if (node.values.length > 0) {
          const m = { start: i, end: j + 1, values: node.values };
          if (opts.longestOnly) best = m;
          else out.push(m);
        }
      }
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }
}
