import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFeed } from "./parse-feed.ts";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>The Desert Courier &amp; Partners</title>
    <link>https://courier.example/</link>
    <item>
      <title>Checkpoint attacked near Kidal</title>
      <link>https://courier.example/2025/kidal-checkpoint</link>
      <pubDate>Sun, 08 Jun 2025 22:10:00 +0100</pubDate>
    </item>
    <item>
      <title><![CDATA[Convoy hit by a mine <b>near</b> Menaka]]></title>
      <link>/2025/menaka-mine</link>
      <dc:date>2025-06-07T09:00:00+00:00</dc:date>
    </item>
    <item><title>2025</title><guid isPermaLink="true">https://courier.example/2025/year</guid></item>
    <item><title>No address</title><guid isPermaLink="false">tag:courier,2025:1</guid></item>
    <item><title>Again</title><link>https://courier.example/2025/kidal-checkpoint</link></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Sahel Notes</title>
  <entry>
    <title>Raid on a village market</title>
    <link rel="self" href="https://notes.example/api/1"/>
    <link rel="alternate" type="text/html" href="https://notes.example/raid"/>
    <published>2025-06-05T18:00:00-01:00</published>
    <updated>2025-06-06T08:00:00Z</updated>
  </entry>
  <entry>
    <title>Updated only</title>
    <link href="https://notes.example/updated"/>
    <updated>2025-06-04T08:00:00Z</updated>
  </entry>
</feed>`;

test("an RSS 2.0 feed gives its title and its items' addresses, titles and days", () => {
  const feed = parseFeed(RSS, "https://courier.example/feed.xml");
  assert.equal(feed.title, "The Desert Courier & Partners");
  assert.deepEqual(feed.items, [
    { url: "https://courier.example/2025/kidal-checkpoint", title: "Checkpoint attacked near Kidal", published: "2025-06-08" },
    { url: "https://courier.example/2025/menaka-mine", title: "Convoy hit by a mine near Menaka", published: "2025-06-07" },
    { url: "https://courier.example/2025/year", title: "2025", published: null },
  ]);
});

test("an Atom feed gives each entry's page link and its published (else updated) day", () => {
  const feed = parseFeed(ATOM, "https://notes.example/atom");
  assert.equal(feed.title, "Sahel Notes");
  assert.deepEqual(feed.items, [
    { url: "https://notes.example/raid", title: "Raid on a village market", published: "2025-06-05" },
    { url: "https://notes.example/updated", title: "Updated only", published: "2025-06-04" },
  ]);
});

test("broken XML, and XML that is not a feed, are errors naming the feed and what is wrong", () => {
  assert.throws(
    () => parseFeed("<rss><channel><item><title>Cut off</channel></rss>", "https://broken.example/feed"),
    /^IngestError: https:\/\/broken\.example\/feed: not a well-formed feed: line 1: /,
  );
  assert.throws(
    () => parseFeed("<html><body>hello</body></html>", "https://x.example/"),
    /not an RSS or Atom feed \(the document is <html>\)/,
  );
});
