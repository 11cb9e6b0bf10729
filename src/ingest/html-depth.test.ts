import assert from "node:assert/strict";
import { test } from "node:test";
import { IngestError } from "../core/errors.ts";
import { buildArticle } from "./build-article.ts";
import { MAX_HTML_DEPTH, MAX_READABLE_DEPTH, nestsDeeperThan } from "./html-depth.ts";
import { articleFromHtml } from "./read-web-article.ts";

const STORY = "<p>Gunmen attacked a police post near Kano on Monday, killing two officers.</p>";
const nested = (tag: string, depth: number) => `<html><body>${`<${tag}>`.repeat(depth)}${STORY}</body></html>`;

test("depth counts elements as the parser nests them: closed, void and implicitly closed ones do not add up", () => {
  // html, body, the divs and the paragraph.
  assert.equal(nestsDeeperThan(nested("div", 10), 13), false);
  assert.equal(nestsDeeperThan(nested("div", 11), 13), true);
  assert.equal(nestsDeeperThan(`<body>${"<div></div><br><img>".repeat(1000)}</body>`, 4), false);
  // A new <p> or <li> closes the open one: a list of unclosed items is flat.
  assert.equal(nestsDeeperThan(`<body><ul>${"<li>item".repeat(1000)}</ul></body>`, 8), false);
});

test("a page nested deeper than the limit is refused, with the reason", () => {
  assert.throws(
    () => buildArticle({ body: nested("b", 400_000), format: "html", origin: "deep.html" }),
    (e) => e instanceof IngestError && /deep\.html: HTML nested more than 16,384 elements deep/.test(e.message),
  );
});

test("a page nested thousands deep, within the limit, is read", () => {
  const article = buildArticle({ body: nested("div", MAX_HTML_DEPTH / 2), format: "html", origin: "deep.html" });
  assert.match(article.text, /police post near Kano/);
});

test("a web page too deep for Readability is read whole instead, keeping its text", () => {
  const input = articleFromHtml(nested("div", MAX_READABLE_DEPTH * 4), "https://news.example/deep", { title: "Post attacked" });
  assert.equal(input.title, "Post attacked");
  assert.equal(input.outlet, "news.example");
  assert.match(buildArticle(input).text, /police post near Kano/);
});
