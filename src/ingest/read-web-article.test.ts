import assert from "node:assert/strict";
import { after, before, describe, it, test } from "node:test";
import { serve, startTestServer, type TestServer } from "../fetch/test-server.ts";
import { buildArticle } from "./build-article.ts";
import { articleFromHtml, readWebArticle } from "./read-web-article.ts";

// An invented dispatch, with the furniture of a news site around it.
const STORY =
  "<p>Gunmen attacked a police checkpoint near Kidal on Sunday, killing four officers, a regional official said.</p>" +
  "<p>The attackers fled on motorcycles towards the hills north of the town, the official added.</p>";
const page = (head: string, body = STORY) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
  `<article><h1>Checkpoint attacked near Kidal</h1>${body}</article>` +
  `<aside><h2>Most read</h2><ul><li><a href="/x">A football final</a></li></ul></aside><footer>(c) The Desert Courier</footer></body></html>`;

test("the article's text is what Readability finds, without the site around it", () => {
  const article = buildArticle(articleFromHtml(page("<title>Checkpoint attacked - Courier</title>"), "https://news.example/kidal"));
  assert.match(article.text, /Gunmen attacked a police checkpoint near Kidal on Sunday/);
  assert.match(article.text, /fled on motorcycles/);
  assert.doesNotMatch(article.text, /football|Most read|Home/);
  assert.ok(article.html?.includes("Gunmen attacked"));
});

test("title, outlet and day come from Open Graph and article meta tags first", () => {
  const input = articleFromHtml(
    page(
      '<title>Checkpoint attacked - Courier</title><meta property="og:title" content="Four officers killed at Kidal checkpoint">' +
        '<meta property="og:site_name" content="The Desert Courier"><meta property="article:published_time" content="2025-06-08T21:40:00+00:00">',
    ),
    "https://www.desert-courier.example/kidal",
    { title: "Feed title", outlet: "Feed name", published: "2025-06-01" },
  );
  assert.deepEqual(
    [input.title, input.outlet, input.published],
    ["Four officers killed at Kidal checkpoint", "The Desert Courier", "2025-06-08"],
  );
});

test("JSON-LD gives the headline and day when there are no meta tags, and <time datetime> when neither is there", () => {
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "x" },
      { "@type": "NewsArticle", headline: "Kidal checkpoint attacked", datePublished: "2025-06-09T07:00:00+01:00" },
    ],
  };
  const withLd = articleFromHtml(
    page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`),
    "https://www.courier.example/a",
  );
  assert.deepEqual([withLd.title, withLd.published], ["Kidal checkpoint attacked", "2025-06-09"]);
  // The outlet of last resort is the host, without "www.".
  assert.equal(withLd.outlet, "courier.example");
  const withTime = articleFromHtml(
    page('<script type="application/ld+json">{broken</script>', `<time datetime="2025-06-10T10:00:00Z">Tuesday</time>${STORY}`),
    "https://courier.example/b",
  );
  assert.equal(withTime.published, "2025-06-10");
});

test("the feed's title, name and date fill in what the page does not say", () => {
  const input = articleFromHtml(page(""), "https://courier.example/c", {
    title: "From the feed",
    outlet: "Courier feed",
    published: "2025-06-11",
  });
  assert.deepEqual([input.title, input.outlet, input.published], ["From the feed", "Courier feed", "2025-06-11"]);
});

test("a page Readability finds nothing in is read whole by html-to-text", () => {
  const input = articleFromHtml("Gunmen attacked a police checkpoint near Kidal on Sunday.", "https://courier.example/d");
  assert.equal(input.body, "Gunmen attacked a police checkpoint near Kidal on Sunday.");
  assert.match(buildArticle(input).text, /Gunmen attacked a police checkpoint/);
});

describe("reading an article from its address", () => {
  let site: TestServer;
  before(async () => {
    site = await startTestServer({
      "/story": serve("text/html; charset=utf-8", page('<meta property="og:site_name" content="The Desert Courier">')),
      "/plain": serve("text/plain; charset=utf-8", "Gunmen attacked a police checkpoint near Kidal on Sunday."),
      "/picture": serve("image/png", Buffer.from([137, 80, 78, 71])),
    });
  });
  after(() => site.close());

  it("fetches the page and reads it, HTML or plain text", async () => {
    const story = await readWebArticle(`${site.base}/story`, { allowPrivate: true });
    assert.deepEqual([story.url, story.outlet, story.format], [`${site.base}/story`, "The Desert Courier", "html"]);
    const plain = await readWebArticle(`${site.base}/plain`, { allowPrivate: true }, { outlet: "Courier feed" });
    assert.deepEqual([plain.format, plain.outlet], ["text", "Courier feed"]);
  });

  it("names the address when the page is not text or not allowed", async () => {
    await assert.rejects(
      readWebArticle(`${site.base}/picture`, { allowPrivate: true }),
      /\/picture: not a page of text \(content type image\/png\)/,
    );
    await assert.rejects(readWebArticle(`${site.base}/story`), /\/story: refused: 127\.0\.0\.1 is a loopback address/);
  });
});
