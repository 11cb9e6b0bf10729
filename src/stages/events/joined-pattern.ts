/**
 * Several patterns joined into one that tells whether any of them matches anywhere. Written as
 * `\bA|\bB|…`, the engine checks the word edge once per alternative at every place in the text;
 * written as `\b(?:A|B|…)` it checks it once, which makes the joined look about twice as fast.
 */

/** The top-level alternatives of a pattern (`a|b(c|d)` → `a`, `b(c|d)`), escapes and classes kept whole. */
export function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(") {
      depth++;
    } else if (ch === ")") {
      depth--;
    } else if (ch === "|" && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** One pattern matching wherever any of `patterns` matches, with a leading `\b` shared by the alternatives that start with one. */
export function joinedPattern(patterns: readonly string[]): string {
  const alternatives = patterns.flatMap(topLevelAlternatives);
  const edged = alternatives.filter((a) => a.startsWith("\\b")).map((a) => a.slice(2));
  const others = alternatives.filter((a) => !a.startsWith("\\b"));
  return [...(edged.length > 0 ? [`\\b(?:${edged.join("|")})`] : []), ...others].join("|");
}
