/**
 * Runs every date parser over a sentence in one pass. The parsers' patterns are alternatives of one
 * regular expression, compiled once, in configuration order, behind a look-ahead that asks for one
 * of their heads (`pattern-heads.ts`: "in May", "last ", a digit), much cheaper to refuse than the
 * whole patterns with their optional leading words. Each parser's named groups become numbered
 * groups of the joint expression, so that the parser reads them from the joint match without
 * running its own pattern again; only when a parser turns its match down does a later one run its
 * own pattern at that place.
 */

import { parseIsoDay } from "./calendar.ts";
import { PARSERS } from "./configuration.ts";
import { headOf } from "./pattern-heads.ts";
import type { Context, Groups, Parser, Reading, Token } from "./token.ts";

interface Compiled {
  parser: Parser;
  /** Number of the group that holds the whole of this parser's match in the joint expression. */
  group: number;
  /** The parser's group names, in the order of their numbers after `group`. */
  names: readonly string[];
  /** The parser's own pattern, anchored, for when an earlier parser turns its match down. */
  sticky: RegExp;
}

const NAMED_GROUP = /\(\?<([A-Za-z_]\w*)>/g;

function capturingGroups(pattern: string): number {
  return new RegExp(`${pattern}|`).exec("")!.length - 1;
}

function compile(parsers: readonly Parser[]): Compiled[] {
  let group = 1;
  return parsers.map((parser) => {
    const names = [...parser.pattern.matchAll(NAMED_GROUP)].map((m) => m[1]!);
    if (capturingGroups(parser.pattern) !== names.length)
      throw new Error(`date parser "${parser.id}": every capturing group in its pattern must be named`);
    const compiled = { parser, group, names, sticky: new RegExp(parser.pattern, "y") };
    group += 1 + names.length;
    return compiled;
  });
}

const COMPILED = compile(PARSERS);
// Every parser starts at the left edge of a word or number, and with its head: asking both first lets
// most places fail before any parser's whole pattern is tried there.
const JOINT = new RegExp(
  `(?<![A-Za-z0-9])(?=${PARSERS.map((p) => headOf(p.pattern)).join("|")})(?:${COMPILED.map((c) => `(${c.parser.pattern.replace(NAMED_GROUP, "(")})`).join("|")})`,
  "g",
);
/**
 * A sentence with no digit and none of these word pieces is read as holding no time. Nearly every
 * match holds one; the few that need not ("soon after", "shortly before") are then not read alone.
 * Asked only once a parser has matched: where none matches, the sentence holds no time either way.
 */
const TIME_HINT =
  /\d|day|night|morning|evening|afternoon|noon|dawn|lunch|week|month|year|decade|centur|ago\b|since|recent|lately|earlier|later|past|previous|next|spring|summer|autumn|fall|winter|hour|minute|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|time|moment|period|season|eve\b/i;

function groupsOf(m: RegExpExecArray, c: Compiled): Groups {
  const groups: Groups = {};
  for (let k = 0; k < c.names.length; k++) groups[c.names[k]!] = m[c.group + 1 + k];
  return groups;
}

let lastPublished: string | null | undefined;
let lastContext: Context = { pub: null };

/** Publication as a day number; a full timestamp ("2025-12-20T08:00:00Z") is read by its date. Kept for the next sentence of the same article. */
function contextFor(published: string | null): Context {
  if (published !== lastPublished) {
    lastPublished = published;
    lastContext = { pub: parseIsoDay(published && /^\d{4}-\d{2}-\d{2}T/.test(published) ? published.slice(0, 10) : published) };
  }
  return lastContext;
}

/**
 * A reading placed in the sentence, with every field a token may have, in one order: parsers
 * return readings of many shapes, and the refiners run faster over tokens all of one shape.
 */
function token(r: Reading, start: number, end: number): Token {
  return {
    start,
    end,
    source: r.source,
    value: r.value,
    implied: r.implied,
    vague: r.vague,
    period: r.period,
    relative: r.relative,
    lead: r.lead,
    weekday: r.weekday,
    date: r.date,
    anchor: r.anchor,
    overnight: r.overnight,
  };
}

/** The parsers' tokens in sentence `s`, in text order, not overlapping, and the context they were read in. */
export function readTokens(s: string, published: string | null): { tokens: Token[]; ctx: Context } {
  const tokens: Token[] = [];
  let ctx: Context | null = null;
  JOINT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOINT.exec(s)) !== null) {
    const p = m.index;
    if (ctx === null) {
      if (!TIME_HINT.test(s)) return { tokens: [], ctx: contextFor(published) };
      ctx = contextFor(published);
    }
    let index = 0;
    while (m[COMPILED[index]!.group] === undefined) index++;
    // The first parser that matches here and accepts what it matched; later parsers get a turn only
    // when an earlier one turns its match down (e.g. "31 April").
    let reading: Reading | null = COMPILED[index]!.parser.read(groupsOf(m, COMPILED[index]!), ctx);
    let end = p + m[0].length;
    for (let i = index + 1; i < COMPILED.length && reading === null; i++) {
      const sticky = COMPILED[i]!.sticky;
      sticky.lastIndex = p;
      const own = sticky.exec(s);
      if (own === null) continue;
      reading = COMPILED[i]!.parser.read(own.groups ?? {}, ctx);
      end = p + own[0].length;
    }
    if (reading === null) {
      JOINT.lastIndex = p + 1;
      continue;
    }
    tokens.push(token(reading, p, end));
    JOINT.lastIndex = Math.max(end, p + 1);
  }
  return { tokens, ctx: ctx ?? contextFor(published) };
}
