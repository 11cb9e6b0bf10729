import { Parser } from "htmlparser2";
import { depthGuard, MAX_HTML_DEPTH } from "./html-depth.ts";

/** Elements whose content is never article text. */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "footer",
  "header",
  "aside",
  "form",
  "button",
  "iframe",
  "select",
]);
/** Elements that end a line of text. */
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "blockquote",
  "figcaption",
  "figure",
  "tr",
  "table",
  "pre",
  "hr",
  "main",
  "dd",
  "dt",
]);

/** Result of reading an HTML page. */
export interface HtmlText {
  text: string;
  title: string | null;
}

/**
 * Turns an HTML page into the plain text Sitrep stores and points spans into: one line per block
 * element, entities decoded, scripts and page furniture left out. Parsing is a library's job
 * (htmlparser2); only the choice of what counts as text is ours. Throws HtmlTooDeepError for a
 * page nested deeper than `MAX_HTML_DEPTH`, before its cost grows out of bounds.
 */
export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  let line = "";
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const depth = depthGuard(MAX_HTML_DEPTH);
  const parser = new Parser(
    {
      onopentag(name) {
        depth.onopentag();
        if (SKIP.has(name)) skipDepth++;
        if (name === "title") inTitle = true;
        if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) line += data;
      },
      onclosetag(name) {
        depth.onclosetag();
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (name === "title") inTitle = false;
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const t = title.replace(/\s+/g, " ").trim();
  return { text: lines.join("\n\n") + (lines.length ? "\n" : ""), title: t || null };
}

/** True when the content looks like an HTML document rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content) ||
    /<(p|div|article)[\s>][\s\S]*<\/(p|div|article)>/i.test(content.slice(0, 20000))
  );
}
