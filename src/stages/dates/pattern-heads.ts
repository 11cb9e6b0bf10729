/**
 * The head of a pattern: a pattern that matches how every match of it begins, its plain words and
 * marks up to the second place where white space, a digit or a wider class may come ("in May",
 * "last ", "12-"). The date parsers' heads, joined, are a look-ahead cheap to refuse at most words,
 * where each whole pattern would first try its optional leading words and lookbehinds there.
 *
 * A head only ever lets more through than its pattern: lookarounds are left out, and a head may stop
 * anywhere, since the text matched so far is still the start of a match.
 */

import { RegExpParser, type AST } from "@eslint-community/regexpp";

const parser = new RegExpParser({ ecmaVersion: 2025 });
/** How many wide elements a head may hold whole before it ends. */
const WIDE_ELEMENTS = 1;
const NAMED_GROUP = /\(\?<([A-Za-z_]\w*)>/g;

/**
 * A character, or a class of at most two ("[Tt]"), none of them white space. A wider class (a digit,
 * "[/.-]") ends the head: each of its characters would be a branch of the trie at every step after it.
 */
function isPlainLeaf(node: AST.Node): boolean {
  if (node.type === "Character") return !/\s/.test(String.fromCodePoint(node.value));
  if (node.type !== "CharacterClass" || node.negate) return false;
  const characters = new Set<number>();
  for (const e of node.elements) {
    if (e.type === "Character") characters.add(e.value);
    else if (e.type === "CharacterClassRange") for (let c = e.min.value; c <= e.max.value && characters.size <= 2; c++) characters.add(c);
    else return false;
  }
  return characters.size <= 2 && [...characters].every((c) => !/\s/.test(String.fromCodePoint(c)));
}

/** Written out whole in a head: plain characters, and groups and repeats made only of them. */
function isPlain(node: AST.Element): boolean {
  if (node.type === "Group" || node.type === "CapturingGroup") return node.alternatives.every((a) => a.elements.every(isPlain));
  if (node.type === "Quantifier") return isPlain(node.element);
  return isPlainLeaf(node);
}

function anyOf(heads: readonly string[]): string {
  return `(?:${[...new Set(heads)].join("|")})`;
}

/**
 * A head of a run of elements. `wide` elements (white space, digits, wider classes) are written out
 * whole, quantifier and all, so that a head can reach the word after a space ("in May", not "in ");
 * the next one ends the head after one character of it.
 */
function headOfSequence(elements: readonly AST.Element[], wide: number): string {
  let out = "";
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    const rest = elements.slice(i + 1);
    if (e.type === "Assertion") continue;
    if (isPlain(e)) {
      out += e.raw;
      continue;
    }
    // A group goes on with what follows it in each of its alternatives.
    if (e.type === "Group" || e.type === "CapturingGroup")
      return out + anyOf(e.alternatives.map((a) => headOfSequence([...a.elements, ...rest], wide)));
    const leaf = e.type === "Quantifier" ? e.element : e;
    if (leaf.type === "Group" || leaf.type === "CapturingGroup") {
      const q = e as AST.Quantifier;
      const once = headOfSequence([leaf], wide);
      return out + (q.min === 0 ? anyOf([once, headOfSequence(rest, wide)]) : once);
    }
    if (wide > 0) {
      out += e.raw;
      wide -= 1;
      continue;
    }
    if (e.type === "Quantifier" && e.min === 0) return out + anyOf([leaf.raw, headOfSequence(rest, 0)]);
    return out + leaf.raw;
  }
  return out;
}

/** The head of a pattern's source (read without the unicode flag). */
export function headOf(pattern: string): string {
  const ast = parser.parsePattern(pattern.replace(NAMED_GROUP, "(?:"), undefined, undefined, { unicode: false });
  return anyOf(ast.alternatives.map((a) => headOfSequence(a.elements, WIDE_ELEMENTS)));
}
