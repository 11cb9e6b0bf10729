import { lexiconUrl, readTsv } from "../../core/data-file.ts";

const CHROME_PATTERNS: RegExp[] = readTsv(lexiconUrl("chrome-lines.tsv")).map(([p]) => new RegExp(p!, "i"));

/** A sentence ends in one of these (allowing closing quotes and brackets after them). */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** "X is a seasoned defence analyst / journalist ...": the opening of an author's biography. */
const BIO_OPENING =
  /^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){0,3} (?:is|was) an? (?:[\w-]+ ){0,5}(?:journalist|analyst|reporter|writer|editor|correspondent|author|contributor|columnist|blogger|researcher)\b/;
/** A sentence ending inside the line, after a lowercase word, with more text after it: prose, not a headline. */
const INNER_SENTENCE_END = /[a-z]{2,}[.!?]["'”’)\]]*\s+\S/;
/** Below this many words a line with a full stop inside may still be a headline ("Gen. Smith dies"). */
const MIN_PROSE_WORDS = 10;

/** A line in a list of links to other stories. */
const LINK_LIST_ITEM = /^[-•·*]\s+\S/;

/** Most headings and inserted headlines are short; longer unpunctuated lines are prose that lost its full stop. */
export const MAX_HEADING_WORDS = 18;

export type LineRole = "body" | "heading" | "chrome";

export interface LineClass {
  role: LineRole;
  reason?: string;
}

/** Decides what one trimmed, non-empty line of an article is. */
export function classifyLine(line: string): LineClass {
  for (const re of CHROME_PATTERNS) if (re.test(line)) return { role: "chrome", reason: `chrome line: ${re.source}` };
  if (BIO_OPENING.test(line)) return { role: "chrome", reason: "author biography" };
  const words = line.split(/\s+/).length;
  if (LINK_LIST_ITEM.test(line) && words <= MAX_HEADING_WORDS) return { role: "chrome", reason: "link list item" };
  const prose = words >= MIN_PROSE_WORDS && INNER_SENTENCE_END.test(line);
  if (!SENTENCE_END.test(line) && words <= MAX_HEADING_WORDS && !prose)
    return { role: "heading", reason: "short line without a full stop" };
  if (line.endsWith("?") && words <= 12) return { role: "heading", reason: "question heading" };
  return { role: "body" };
}
