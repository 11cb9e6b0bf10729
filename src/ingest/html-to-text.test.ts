import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlToText } from "./html-to-text.ts";

test("keeps paragraphs as lines and drops scripts, navigation and entities", () => {
  const html = `<html><head><title>Blast in town</title><script>var x = 1;</script></head>
  <body><nav>Home | World</nav><article><h1>Blast in town</h1><p>A bomb exploded &amp; killed two people.</p>
  <p>Police   said so.</p></article><footer>Copyright</footer></body></html>`;
  const out = htmlToText(html);
  assert.equal(out.title, "Blast in town");
  assert.equal(out.text, "Blast in town\n\nA bomb exploded & killed two people.\n\nPolice said so.\n");
});
