/**
 * For tests: made-up news pages and feeds (invented incidents, written for these tests), served by
 * a test server. `site(base)` gives the routes for a server at `base`.
 */

import { serve, type Route } from "../fetch/test-server.ts";

const HTML = "text/html; charset=utf-8";

/** A news page: the furniture of a site around an article. */
function page(head: string, headline: string, paragraphs: string[]): string {
  return (
    `<!doctype html><html><head>${head}</head><body>` +
    `<nav><a href="/">Home</a> <a href="/sahel">Sahel</a> <a href="/sport">Sport</a></nav>` +
    `<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>` +
    `<aside><h2>Most read</h2><ul><li><a href="/sport/final">A cup final goes to penalties</a></li></ul></aside>` +
    `<footer>Copyright the publisher</footer></body></html>`
  );
}

/** Open Graph and article meta tags: title, site name and publication time. */
export const KIDAL_PAGE = page(
  '<title>Kidal checkpoint attack | Desert Courier</title><meta property="og:title" content="Four officers killed at Kidal checkpoint">' +
    '<meta property="og:site_name" content="The Desert Courier"><meta property="article:published_time" content="2025-06-09T06:30:00+00:00">',
  "Four officers killed at Kidal checkpoint",
  [
    "Gunmen attacked a police checkpoint near Kidal on Sunday, killing four officers, a regional official said.",
    "The attackers fled on motorcycles towards the hills north of the town, the official added.",
  ],
);

/** JSON-LD only. */
export const MENAKA_PAGE = page(
  `<title>Mine blast</title><script type="application/ld+json">${JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Three soldiers killed by mine outside Menaka",
    datePublished: "2025-06-08T19:00:00+01:00",
  })}</script>`,
  "Three soldiers killed by mine outside Menaka",
  [
    "An army convoy struck a landmine outside Menaka on Saturday, killing three soldiers and wounding five, military sources said.",
    "The convoy had been escorting fuel trucks from the border, the sources said.",
  ],
);

/** No metadata at all: the Atom feed's entry title, feed title and published day fill in. */
export const GAO_PAGE = page("", "Market raided", [
  "Armed men raided a livestock market near Gao on Thursday, killing two traders, residents said.",
  "Residents said the raiders took dozens of cattle before leaving.",
]);

export function rssFeed(base: string, links: string[]): string {
  const items = links.map(
    (link, i) =>
      `<item><title>Dispatch ${i + 1}</title><link>${base}${link}</link><pubDate>Mon, 09 Jun 2025 08:00:00 +0000</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Courier feed</title><link>${base}/</link>${items.join("")}</channel></rss>`;
}

export function atomFeed(base: string): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Notes</title>` +
    `<entry><title>Traders killed in Gao market raid</title><link rel="alternate" href="${base}/notes/gao"/>` +
    `<published>2025-06-06T10:00:00+00:00</published></entry></feed>`
  );
}

/** The routes of the test site: a good RSS feed, a good Atom feed, a broken feed, and their pages. */
export function site(base: string): Record<string, Route> {
  return {
    "/rss.xml": serve("application/rss+xml", rssFeed(base, ["/courier/kidal", "/courier/menaka"])),
    "/atom.xml": serve("application/atom+xml", atomFeed(base)),
    // Cut off mid-item: not well-formed XML.
    "/broken.xml": serve("application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half`),
    "/courier/kidal": serve(HTML, KIDAL_PAGE),
    "/courier/menaka": serve(HTML, MENAKA_PAGE),
    "/notes/gao": serve(HTML, GAO_PAGE),
  };
}
