import { numbered, reachedBy, waysToBegin, type Beginning } from "./match-start-filter.ts";

/**
 * Which of several patterns can start a match at a place of a text: one trie of every way each of
 * them can begin (match-start-filter.ts reads them), each way marked with the patterns it begins.
 * One walk of the trie at a place names the few patterns worth running there, so a sentence is
 * read once for all of a lexicon's patterns instead of once by a joined pattern and again by each.
 *
 * Like the start filter, it only ever names a pattern too often, never leaves one out wrongly:
 * a character beyond ASCII names every pattern that could go on through it.
 */
export interface PatternStarts {
  /** By ASCII code: 1 where some pattern can begin with that character (beyond ASCII, any may). */
  firstCharacters: Uint8Array;
  /**
   * Writes to `out` the indices of the patterns that may start at `at` in `text`, in ascending
   * order, and returns how many there are. `out` must hold one place per pattern.
   */
  candidates(text: string, at: number, out: Int32Array): number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  any: TrieNode | null;
  /** The patterns a way to begin ending here belongs to. */
  ends: number[];
}

const node = (): TrieNode => ({ next: new Map(), any: null, ends: [] });

/**
 * A way to begin is cut short where following it through a character class would spread over more
 * nodes than this ("\\d{4}" would make ten thousand): a shorter way only lets more places through.
 */
const MAX_SPREAD = 64;

function insert(root: TrieNode, beginning: Beginning, pattern: number): void {
  for (const n of reachedBy(root, beginning, node, MAX_SPREAD)) if (!n.ends.includes(pattern)) n.ends.push(pattern);
}

/**
 * The trie laid out flat: a child per ASCII key (index plus one, 0 for none), the node taking any
 * character, and, as bit sets of `words` 32-bit words a node, the patterns whose ways to begin end
 * at a node and those that pass through it.
 */
interface FlatTrie {
  next: Int32Array;
  any: Int32Array;
  words: number;
  ends: Uint32Array;
  through: Uint32Array;
}

function flatten(root: TrieNode, patterns: number): FlatTrie {
  const { nodes, index } = numbered(root);
  const words = Math.ceil(patterns / 32);
  const next = new Int32Array(nodes.length * 128);
  const any = new Int32Array(nodes.length);
  const ends = new Uint32Array(nodes.length * words);
  const through = new Uint32Array(nodes.length * words);
  nodes.forEach((n, i) => {
    for (const [key, child] of n.next) next[i * 128 + key] = index.get(child)! + 1;
    if (n.any !== null) any[i] = index.get(n.any)! + 1;
    for (const p of n.ends) ends[i * words + (p >>> 5)]! |= 1 << (p & 31);
  });
  // Children come after their parent: from the last node back, each adds what passes through it to its parent's.
  for (let i = nodes.length - 1; i >= 0; i--) {
    for (let w = 0; w < words; w++) through[i * words + w]! |= ends[i * words + w]!;
    const n = nodes[i]!;
    const children = [...n.next.values(), ...(n.any ? [n.any] : [])];
    for (const child of children) {
      const c = index.get(child)!;
      for (let w = 0; w < words; w++) through[i * words + w]! |= through[c * words + w]!;
    }
  }
  return { next, any, words, ends, through };
}

/** Adds the bit set at `from` in `bits` to `acc`. */
function addBits(bits: Uint32Array, from: number, acc: Uint32Array, words: number): void {
  for (let w = 0; w < words; w++) acc[w]! |= bits[from + w]!;
}

/** Marks in `acc` every pattern some way to begin leads to from node `n` through the text from `i`. */
function collect(trie: FlatTrie, n: number, text: string, i: number, acc: Uint32Array): void {
  const { words } = trie;
  for (;;) {
    addBits(trie.ends, n * words, acc, words);
    if (i >= text.length) return;
    const code = text.charCodeAt(i);
    // Beyond ASCII, case folding may tie the character to any of the patterns': they decide.
    if (code >= 128) return addBits(trie.through, n * words, acc, words);
    const child = trie.next[n * 128 + (code >= 65 && code <= 90 ? code + 32 : code)]!;
    const any = trie.any[n]!;
    if (child !== 0) {
      if (any === 0) {
        n = child - 1;
        i++;
        continue;
      }
      collect(trie, child - 1, text, i + 1, acc);
    }
    if (any === 0) return;
    n = any - 1;
    i++;
  }
}

/**
 * The trie for patterns (JavaScript regular expression sources, each read with the unicode flag
 * when `unicode` says so), or null when one of them can begin almost anyhow (or match nothing),
 * which would leave every place to it.
 */
export function patternStarts(patterns: readonly string[], unicode: (pattern: string) => boolean): PatternStarts | null {
  const root = node();
  for (let p = 0; p < patterns.length; p++) {
    const ways = waysToBegin(patterns[p]!, unicode(patterns[p]!));
    if (ways === null || ways.some((b) => b.length === 0 || b[0] === null)) return null;
    for (const b of ways) insert(root, b, p);
  }
  const firstCharacters = new Uint8Array(128);
  for (const key of root.next.keys()) firstCharacters[key] = 1;
  // Upper-case letters begin what their lower-case forms do.
  for (let c = 65; c <= 90; c++) firstCharacters[c] = firstCharacters[c + 32]!;
  const trie = flatten(root, patterns.length);
  const acc = new Uint32Array(trie.words);
  return {
    firstCharacters,
    candidates(text, at, out) {
      acc.fill(0);
      collect(trie, 0, text, at, acc);
      // In the patterns' order, so that among equal matches the first listed wins, as it would alone.
      let count = 0;
      for (let w = 0; w < acc.length; w++)
        for (let bits = acc[w]!; bits !== 0; bits &= bits - 1) out[count++] = w * 32 + (31 - Math.clz32(bits & -bits));
      return count;
    },
  };
}
