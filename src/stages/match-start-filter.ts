import { RegExpParser, type AST } from "@eslint-community/regexpp";

/**
 * Where a set of patterns can start matching, told by the first few characters of the text: a trie
 * of every way a match can begin, read once from the patterns themselves. Most places in a sentence
 * start no match ("the", "said", "in"), and asking the trie is much cheaper than running the
 * patterns there, so the patterns run only where the trie lets a match begin.
 *
 * The trie only ever says "maybe" too often, never "no" wrongly: whatever it cannot read exactly
 * (word classes, lookarounds, characters beyond ASCII, which case folding may tie to others) it
 * lets through.
 */
export interface MatchStartFilter {
  /** False only when no pattern can match starting at `at` in `text`. */
  mayStart(text: string, at: number): boolean;
  /** By ASCII code: 1 where a match can begin with that character (a first, quick look; beyond ASCII, any may). */
  firstCharacters: Uint8Array;
}

/** How many characters of each way to begin the trie holds. */
const DEPTH = 6;
/** Ways to begin beyond this many make the patterns too open to be worth filtering. */
const MAX_BEGINNINGS = 20_000;
/** A character class wider than this is taken as any character. */
const MAX_CLASS = 64;

/** One character position: the ASCII characters allowed there (lower case), or null for any character. */
export type Step = ReadonlySet<number> | null;
export type Beginning = readonly Step[];

class TooOpen extends Error {}

const parser = new RegExpParser({ ecmaVersion: 2025 });

const ASCII_SPACE: ReadonlySet<number> = new Set([9, 10, 11, 12, 13, 32]);
const DIGITS: ReadonlySet<number> = new Set([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

/** A character as the trie keys it: ASCII letters in lower case; null (any) beyond ASCII. */
function keyOf(code: number): number | null {
  if (code >= 128) return null;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function characterStep(code: number): Step {
  const key = keyOf(code);
  return key === null ? null : new Set([key]);
}

function setStep(node: AST.CharacterSet): Step {
  if (node.kind === "digit" && !node.negate) return DIGITS;
  if (node.kind === "space" && !node.negate) return ASCII_SPACE;
  return null;
}

function classStep(node: AST.CharacterClass): Step {
  if (node.negate) return null;
  const keys = new Set<number>();
  for (const e of node.elements) {
    let step: Step;
    if (e.type === "Character") step = characterStep(e.value);
    else if (e.type === "CharacterClassRange") {
      if (e.max.value - e.min.value >= MAX_CLASS) return null;
      const range = new Set<number>();
      for (let c = e.min.value; c <= e.max.value; c++) {
        const key = keyOf(c);
        if (key === null) return null;
        range.add(key);
      }
      step = range;
    } else if (e.type === "CharacterSet") step = setStep(e as AST.CharacterSet);
    else return null;
    if (step === null) return null;
    for (const k of step) keys.add(k);
  }
  return keys.size > MAX_CLASS ? null : keys;
}

function stepKey(s: Step): string {
  return s === null ? "*" : [...s].sort((a, b) => a - b).join(",");
}

function dedupe(list: Beginning[]): Beginning[] {
  const seen = new Map<string, Beginning>();
  for (const b of list) seen.set(b.map(stepKey).join("|"), b);
  if (seen.size > MAX_BEGINNINGS) throw new TooOpen();
  return [...seen.values()];
}

/** Every way `elements` can begin, each cut at DEPTH steps; one shorter than DEPTH may end there. */
function beginningsOfSequence(elements: readonly AST.Element[]): Beginning[] {
  let out: Beginning[] = [[]];
  for (const element of elements) {
    if (out.every((b) => b.length >= DEPTH)) break;
    const next = beginningsOf(element);
    const joined: Beginning[] = [];
    for (const a of out) {
      if (a.length >= DEPTH) joined.push(a);
      else for (const b of next) joined.push([...a, ...b].slice(0, DEPTH));
    }
    out = dedupe(joined);
  }
  return out;
}

function beginningsOfAlternatives(alternatives: readonly AST.Alternative[]): Beginning[] {
  return dedupe(alternatives.flatMap((a) => beginningsOfSequence(a.elements)));
}

function beginningsOf(node: AST.Element): Beginning[] {
  switch (node.type) {
    case "Character":
      return [[characterStep(node.value)]];
    case "CharacterSet":
      return [[setStep(node as AST.CharacterSet)]];
    case "CharacterClass":
      return [[classStep(node)]];
    case "Group":
    case "CapturingGroup":
      return beginningsOfAlternatives(node.alternatives);
    case "Assertion":
      // Zero-width: what it asks of the text is left to the pattern itself.
      return [[]];
    case "Quantifier": {
      const once = beginningsOf(node.element);
      const most = Math.min(node.max, Math.max(node.min, DEPTH));
      const out: Beginning[] = [];
      let repeated: Beginning[] = [[]];
      for (let k = 1; k <= most; k++) {
        const longer: Beginning[] = [];
        for (const a of repeated) {
          if (a.length >= DEPTH) longer.push(a);
          else for (const b of once) longer.push([...a, ...b].slice(0, DEPTH));
        }
        repeated = dedupe(longer);
        if (k >= node.min) out.push(...repeated);
      }
      if (node.min === 0) out.push([]);
      return dedupe(out);
    }
    default:
      // Backreferences and anything else: nothing, or any characters.
      return [[], [null, null, null]];
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  any: TrieNode | null;
  /** A match can begin with the characters that lead here. */
  end: boolean;
}

const node = (): TrieNode => ({ next: new Map(), any: null, end: false });

/** A trie node of ways to begin: a child per character, and one for any character. */
export interface BeginningNode<N> {
  next: Map<number, N>;
  any: N | null;
}

/**
 * The nodes a way to begin reaches from `root`, made as needed by `node`. Where following a
 * character class would spread over more than `maxSpread` nodes, the way is cut short there: a
 * shorter way only lets more places through.
 */
export function reachedBy<N extends BeginningNode<N>>(root: N, beginning: Beginning, node: () => N, maxSpread = Infinity): N[] {
  let level: N[] = [root];
  for (const step of beginning) {
    if (step !== null && level.length * step.size > maxSpread) break;
    const reached: N[] = [];
    for (const n of level) {
      if (step === null) reached.push((n.any ??= node()));
      else
        for (const key of step) {
          let child = n.next.get(key);
          if (!child) n.next.set(key, (child = node()));
          reached.push(child);
        }
    }
    level = reached;
  }
  return level;
}

/** A trie's nodes in depth-first order, and each node's place in it, for packing into flat arrays. */
export function numbered<N extends BeginningNode<N>>(root: N): { nodes: N[]; index: Map<N, number> } {
  const nodes: N[] = [];
  const index = new Map<N, number>();
  const visit = (n: N): void => {
    index.set(n, nodes.length);
    nodes.push(n);
    for (const child of n.next.values()) visit(child);
    if (n.any !== null) visit(n.any);
  };
  visit(root);
  return { nodes, index };
}

function insert(root: TrieNode, beginning: Beginning): void {
  for (const n of reachedBy(root, beginning, node)) n.end = true;
}

/**
 * The trie laid out flat for reading: a node's child for each ASCII key in one table (0 for none,
 * else the child's index plus one), the node taking any character, and whether a way to begin ends
 * there. Asked at nearly every word of every sentence, a lookup in a typed array costs far less
 * than one in a map.
 */
interface FlatTrie {
  next: Int32Array;
  any: Int32Array;
  end: Uint8Array;
}

function flatten(root: TrieNode): FlatTrie {
  const { nodes, index } = numbered(root);
  const next = new Int32Array(nodes.length * 128);
  const any = new Int32Array(nodes.length);
  const end = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    for (const [key, child] of n.next) next[i * 128 + key] = index.get(child)! + 1;
    if (n.any !== null) any[i] = index.get(n.any)! + 1;
    end[i] = n.end ? 1 : 0;
  });
  return { next, any, end };
}

/** Whether a way to begin leads from node `n` through the text from `i`: a key's child first, then the node taking any. */
function accepts(trie: FlatTrie, n: number, text: string, i: number): boolean {
  for (;;) {
    if (trie.end[n] === 1) return true;
    if (i >= text.length) return false;
    const code = text.charCodeAt(i);
    // Beyond ASCII, case folding may tie the character to any of the pattern's: the pattern decides.
    if (code >= 128) return true;
    const child = trie.next[n * 128 + (code >= 65 && code <= 90 ? code + 32 : code)]!;
    const any = trie.any[n]!;
    if (child !== 0) {
      if (any === 0) {
        n = child - 1;
        i++;
        continue;
      }
      if (accepts(trie, child - 1, text, i + 1)) return true;
    }
    if (any === 0) return false;
    n = any - 1;
    i++;
  }
}

/**
 * Every way one pattern (a JavaScript regular expression source, read with the unicode flag when
 * `unicode` says so) can begin, each cut at a few characters; null when there are too many to be
 * worth telling apart.
 */
export function waysToBegin(pattern: string, unicode: boolean): Beginning[] | null {
  const ast = parser.parsePattern(pattern, undefined, undefined, { unicode });
  try {
    return beginningsOfAlternatives(ast.alternatives);
  } catch (error) {
    if (error instanceof TooOpen) return null;
    throw error;
  }
}

/**
 * The filter for patterns (JavaScript regular expression sources, each read with the unicode flag
 * when `unicode` says so), or null when some pattern can begin almost anyhow and a filter would
 * only cost time.
 */
export function matchStartFilter(patterns: readonly string[], unicode: (pattern: string) => boolean): MatchStartFilter | null {
  const root = node();
  try {
    for (const pattern of patterns) {
      const ast = parser.parsePattern(pattern, undefined, undefined, { unicode: unicode(pattern) });
      for (const b of beginningsOfAlternatives(ast.alternatives)) insert(root, b);
    }
  } catch (error) {
    if (error instanceof TooOpen) return null;
    throw error;
  }
  if (root.end || root.any !== null) return null;
  const firstCharacters = new Uint8Array(128);
  for (const key of root.next.keys()) firstCharacters[key] = 1;
  // Upper-case letters begin what their lower-case forms do.
  for (let c = 65; c <= 90; c++) firstCharacters[c] = firstCharacters[c + 32]!;
  const trie = flatten(root);
  return { mayStart: (text, at) => accepts(trie, 0, text, at), firstCharacters };
}
