/**
 * Finds every listed name in a text in one pass: a character trie walked from each word start,
 * the longest name ending on a word boundary kept. A lexicon of thousands of aliases costs the
 * same per character as one of forty, where one alternation of all of them would not.
 */

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

/** A found name: where it sits in the text and what it stands for. */
export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit, fast for ASCII. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** Every end is a good one unless the caller says otherwise. */
function anyEnd(): boolean {
  return true;
}

export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  /** Adds a name (matched as written, case and all); a name added twice keeps its first value. */
  add(name: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < name.length; i++) {
      const code = name.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The value of an exact name, or undefined. */
  get(name: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < name.length && node; i++) node = node.next.get(name.charCodeAt(i));
    return node?.value;
  }

  /**
   * Every name in `text.slice(start, end)` that begins and ends on a word boundary (a hyphen before
   * counts as part of a word), longest first at each place, none overlapping. `endsWell` may refuse
   * an end (e.g. "Hamas-led", where the name qualifies something else).
   */
  findAll(text: string, start: number, end: number, endsWell: (at: number, text: string) => boolean = anyEnd): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    let i = start;
    while (i < end) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (isWordChar(prev) || prev === 45) {
        i++;
        continue;
      }
      let node: TrieNode<T> | undefined = this.root;
      let best = -1;
      let bestValue: T | undefined;
      for (let j = i; j < end; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        if (node.value !== undefined && (j + 1 >= text.length || !isWordChar(text.charCodeAt(j + 1))) && endsWell(j + 1, text)) {
          best = j + 1;
          bestValue = node.value;
        }
      }
      if (best > 0) {
        hits.push({ start: i, end: best, value: bestValue! });
        i = best;
      } else i++;
    }
    return hits;
  }
}
