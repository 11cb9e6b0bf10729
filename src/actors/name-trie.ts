/**
 * Finds every listed name in a text in one pass: a character trie walked from each word start,
 * the longest name ending on a word boundary kept. A lexicon of thousands of aliases costs the
 * same per character as one of forty, where one alternation of all of them would not.
 *
 * The trie is built with a map per node, then read through a packed copy (`PackedTrie`): a table
 * of first characters refuses most word starts at one array read, and each node's few children
 * sit side by side in typed arrays, which stay in the processor's cache between sentences where
 * thousands of small maps would not.
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

/**
 * The trie in arrays: node 0 is the root, read through `first` (a node per first character, or 0);
 * the children of node `n` are `childNode[childStart[n] .. childStart[n + 1])`, with their
 * characters in `childCode` at the same places.
 */
interface PackedTrie<T> {
  first: Int32Array;
  childStart: Int32Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  values: Array<T | undefined>;
}

function pack<T>(root: TrieNode<T>): PackedTrie<T> {
  const nodes: Array<TrieNode<T>> = [root];
  for (let n = 0; n < nodes.length; n++) for (const child of nodes[n]!.next.values()) nodes.push(child);
  const index = new Map(nodes.map((node, n) => [node, n]));
  const childStart = new Int32Array(nodes.length + 1);
  const childCode = new Uint16Array(nodes.length);
  const childNode = new Int32Array(nodes.length);
  const first = new Int32Array(65536);
  let k = 0;
  nodes.forEach((node, n) => {
    childStart[n] = k;
    for (const [code, child] of node.next) {
      childCode[k] = code;
      childNode[k] = index.get(child)!;
      if (n === 0) first[code] = childNode[k]!;
      k++;
    }
  });
  childStart[nodes.length] = k;
  return { first, childStart, childCode, childNode, values: nodes.map((node) => node.value) };
}

export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  /** The packed copy `findAll` reads, made again after a name is added. */
  private packed: PackedTrie<T> | null = null;

  /** Adds a name (matched as written, case and all); a name added twice keeps its first value. */
  add(name: string, value: T): void {
    this.packed = null;
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
    const { first, childStart, childCode, childNode, values } = (this.packed ??= pack(this.root));
    const hits: TrieHit<T>[] = [];
    let i = start;
    while (i < end) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      let node = first[text.charCodeAt(i)] ?? 0;
      if (node === 0 || isWordChar(prev) || prev === 45) {
        i++;
        continue;
      }
      let best = -1;
      let bestValue: T | undefined;
      for (let j = i; ;) {
        const value = values[node];
        if (value !== undefined && (j + 1 >= text.length || !isWordChar(text.charCodeAt(j + 1))) && endsWell(j + 1, text)) {
          best = j + 1;
          bestValue = value;
        }
        if (++j >= end) break;
        const code = text.charCodeAt(j);
        let next = 0;
        for (let k = childStart[node]!, last = childStart[node + 1]!; k < last; k++)
          if (childCode[k] === code) {
            next = childNode[k]!;
            break;
          }
        if (next === 0) break;
        node = next;
      }
      if (best > 0) {
        hits.push({ start: i, end: best, value: bestValue! });
        i = best;
      } else i++;
    }
    return hits;
  }
}
