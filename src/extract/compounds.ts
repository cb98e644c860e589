/**
 * German, Dutch and the Nordic languages write a new attack word by joining a modifier to a head
 * ("terrorangrep", "Drohnenangriff", "skolskjutning", "bilbombe"): no word list holds every such
 * compound. A word the attack lexicon does not know, made of a modifier of at least
 * MIN_MODIFIER letters and a head of the lexicon's `compounds.heads`, reads as that head, unless
 * its modifier ends with one of `compounds.other_modifiers`, which make it something else
 * ("hjerteangrep", a heart attack; "Kostenvoranschlag", an estimate; "skiskyting", biathlon).
 */

/** Letters a compound's modifier has at least: "bil-bombe", "ubåt-angrep"; not "be-skytning". */
const MIN_MODIFIER = 3;

/** A node of the heads' trie, read from a word's last letter backwards. */
interface SuffixNode {
  next: Map<number, SuffixNode>;
  /** The head that ends here (read backwards: begins here). */
  head: string | undefined;
}

export class CompoundReader {
  private readonly root: SuffixNode = { next: new Map(), head: undefined };

  constructor(
    heads: readonly string[],
    private readonly otherModifiers: readonly string[],
  ) {
    for (const head of heads) {
      let node = this.root;
      for (let i = head.length - 1; i >= 0; i--) {
        const c = head.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map(), head: undefined };
          node.next.set(c, child);
        }
        node = child;
      }
      node.head = head;
    }
  }

  /**
   * The head a compound `word` (normalised) ends with, the longest one ("skottlossning" before
   * "lossning"), or undefined. Walks the word's letters from its end: no string is made for a word
   * that is no compound, as most unknown words of a text are not.
   */
  headOf(word: string): string | undefined {
    let node = this.root;
    let head: string | undefined;
    for (let i = word.length - 1; i >= MIN_MODIFIER; i--) {
      const next = node.next.get(word.charCodeAt(i));
      if (!next) break;
      node = next;
      if (node.head) head = node.head;
    }
    if (!head) return undefined;
    const modifierEnd = word.length - head.length;
    for (const other of this.otherModifiers) if (word.endsWith(other, modifierEnd)) return undefined;
    return head;
  }
}
