/**
 * The article in a news page, without the site around it: Mozilla's Readability (the engine of
 * Firefox's Reader View), run over a DOM from linkedom. linkedom rather than jsdom: jsdom's
 * current releases need Node 22 while Sitrep runs on Node 20, and linkedom is a small DOM on the
 * htmlparser2 we already use, enough for Readability, which only walks and edits the tree.
 */

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "./html-to-text.ts";

/** A parsed page: its DOM, to read metadata from before `readableContent` rewrites it. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * The HTML of the page's article as Readability finds it, or null when it finds none (or only
 * whitespace): the caller then reads the whole page with `htmlToText`. Readability edits the
 * document it is given.
 */
export function readableContent(document: Document): { html: string; title: string | null } | null {
  let parsed: ReturnType<Readability["parse"]>;
  try {
    parsed = new Readability(document).parse();
  } catch {
    // A page that trips Readability is still a page: the fallback reads it whole.
    return null;
  }
  if (!parsed?.content || !htmlToText(parsed.content).text.trim()) return null;
  return { html: parsed.content, title: parsed.title?.trim() || null };
}
