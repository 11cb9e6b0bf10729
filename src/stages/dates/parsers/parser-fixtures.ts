/** What one parser reads from a sentence on its own, for the parsers' tests. */

import type { DateValue } from "../../../core/model.ts";
import { parseIsoDay } from "../calendar.ts";
import type { Parser, Reading } from "../token.ts";

export interface ReadAlone extends Reading {
  text: string;
}

/** Every match of the parser's pattern at the left edge of a word or number, as the parser reads it; matches it turns down are left out. */
export function readAlone(parser: Parser, sentence: string, published: string | null): ReadAlone[] {
  const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${parser.pattern})`, "g");
  const ctx = { pub: parseIsoDay(published) };
  const out: ReadAlone[] = [];
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(sentence)) !== null) {
    const reading = parser.read(m.groups ?? {}, ctx);
    if (reading === null) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out.push({ ...reading, text: m[0] });
    pattern.lastIndex = Math.max(m.index + m[0].length, m.index + 1);
  }
  return out;
}

/** The texts the parser reads. */
export function textsAlone(parser: Parser, sentence: string, published: string | null = null): string[] {
  return readAlone(parser, sentence, published).map((r) => r.text);
}

/** The one reading of a sentence that holds exactly one. */
export function only(parser: Parser, sentence: string, published: string | null): ReadAlone {
  const found = readAlone(parser, sentence, published);
  if (found.length !== 1)
    throw new Error(`expected one reading in ${JSON.stringify(sentence)}, got ${JSON.stringify(found.map((r) => r.text))}`);
  return found[0]!;
}

export function days(start: string, end = start): DateValue {
  return { start, end, precision: "day" };
}
