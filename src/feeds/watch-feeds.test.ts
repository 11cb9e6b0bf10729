import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Article } from "../core/article.ts";
import { serve, startTestServer, type TestServer } from "../fetch/test-server.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";
import type { Store } from "../storage/store.ts";
import { KIDAL_PAGE, rssFeed, site } from "./feed-fixtures.ts";
import { watchFeeds, type WatchOptions } from "./watch-feeds.ts";

/** A fresh store in a temporary folder, removed by `close`. */
function tempStore(): Store & { dispose(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-watch-"));
  const store = createSqliteStore(join(dir, "sitrep.db"));
  return Object.assign(store, {
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** A watch's printed lines, out and err apart, and the options to pass it. */
function captured(extra: Partial<WatchOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const options: WatchOptions = {
    intervalMs: 60_000,
    once: true,
    // The test server is on 127.0.0.1: private addresses allowed, limits small so that failures come fast.
    rules: { allowPrivate: true, timeoutMs: 3000 },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    ...extra,
  };
  return { out, err, options };
}

/** Every stored article that is a source of a stored event, by URL path. */
async function articlesByPath(store: Store): Promise<Map<string, Article>> {
  const ids = new Set((await store.listEvents()).flatMap((e) => e.sources.map((s) => s.article)));
  const byPath = new Map<string, Article>();
  for (const id of ids) {
    const a = await store.getArticle(id);
    if (a?.url) byPath.set(new URL(a.url).pathname, a);
  }
  return byPath;
}

const pageRequests = (server: TestServer, path: string) => server.requests.filter((r) => r.path === path).length;

describe("watching feeds", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (const [path, route] of Object.entries(site(server.base))) server.route(path, route);
  });
  after(() => server.close());

  it("ingests the pages an RSS and an Atom feed list, with title, outlet and day from their metadata", async () => {
    const store = tempStore();
    try {
      const { out, err, options } = captured();
      const summary = await watchFeeds(store, [`${server.base}/rss.xml`, `${server.base}/atom.xml`], options);
      assert.deepEqual(err, []);
      assert.equal(summary.feedFailures, 0);
      assert.match(
        out[0]!,
        /^feed .*\/rss\.xml: 2 item\(s\); 2 new article\(s\) stored \(2 new event\(s\), 0 updated\), 0 already stored$/,
      );
      const articles = await articlesByPath(store);
      const described = (path: string) => {
        const a = articles.get(path);
        return a && [a.title, a.outlet, a.published, a.url];
      };
      // Open Graph and article:published_time.
      assert.deepEqual(described("/courier/kidal"), [
        "Four officers killed at Kidal checkpoint",
        "The Desert Courier",
        "2025-06-09",
        `${server.base}/courier/kidal`,
      ]);
      // JSON-LD; no site name, so the feed's title is the outlet.
      assert.deepEqual(described("/courier/menaka"), [
        "Three soldiers killed by mine outside Menaka",
        "Courier feed",
        "2025-06-08",
        `${server.base}/courier/menaka`,
      ]);
      // Nothing in the page: the Atom entry's title and published day, the feed's title.
      assert.deepEqual(described("/notes/gao"), [
        "Traders killed in Gao market raid",
        "Sahel Notes",
        "2025-06-06",
        `${server.base}/notes/gao`,
      ]);
      // The text is the article, without the site's furniture.
      const kidal = articles.get("/courier/kidal")!;
      assert.match(kidal.text, /Gunmen attacked a police checkpoint near Kidal on Sunday/);
      assert.doesNotMatch(kidal.text, /cup final|Most read|Copyright/);
      const places = (await store.listEvents()).map((e) => e.location?.name).sort();
      assert.deepEqual(places, ["Gao", "Kidal", "Ménaka"]);
    } finally {
      await store.dispose();
    }
  });

  it("reports a broken feed with its URL and the reason, and the other feed goes on", async () => {
    const store = tempStore();
    try {
      const { err, options } = captured();
      const summary = await watchFeeds(store, [`${server.base}/broken.xml`, `${server.base}/atom.xml`], options);
      assert.equal(summary.feedFailures, 1);
      assert.equal(err.length, 1);
      assert.match(err[0]!, new RegExp(`^error: feed ${server.base}/broken\\.xml: not a well-formed feed: line 1: `));
      assert.deepEqual([...(await articlesByPath(store)).keys()], ["/notes/gao"]);
    } finally {
      await store.dispose();
    }
  });

  it("reports a page that is too slow or too large, naming it, and stores the feed's other pages", async () => {
    const slow = await startTestServer({
      "/mixed.xml": (_req, res) =>
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(slow.base, ["/slow", "/huge", "/kidal"])),
      // Answers its head, then never finishes.
      "/slow": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).write("<html><body><p>Gunmen"),
      "/huge": serve("text/html", `<html><body><p>${"Gunmen attacked. ".repeat(10_000)}</p></body></html>`),
      "/kidal": serve("text/html", KIDAL_PAGE),
    });
    const store = tempStore();
    try {
      const { err, options } = captured({ rules: { allowPrivate: true, timeoutMs: 400, maxBytes: 64 * 1024 } });
      const started = Date.now();
      const summary = await watchFeeds(store, [`${slow.base}/mixed.xml`], options);
      assert.ok(Date.now() - started < 5000, "the slow page was given up on");
      assert.equal(summary.pageFailures, 2);
      assert.deepEqual(err, [
        `error: ${slow.base}/slow: could not fetch: no answer within 0.4 s`,
        `error: ${slow.base}/huge: the answer is larger than 64 KB`,
      ]);
      assert.deepEqual([...(await articlesByPath(store)).keys()], ["/kidal"]);
    } finally {
      await store.dispose();
      await slow.close();
    }
  });

  it("polls on the interval, skips pages already stored, and retries a failing feed or page later and later", async () => {
    const store = tempStore();
    const local = await startTestServer(site("")); // routes only; feed links are rewritten below
    local.route("/rss.xml", serve("application/rss+xml", rssFeed(local.base, ["/courier/kidal", "/courier/menaka", "/courier/gone"])));
    const stop = new AbortController();
    // The third attempt at the broken feed ends the watch: enough to see the delays grow.
    const broken = local.requests;
    const brokenRoute = site("")["/broken.xml"]!;
    local.route("/broken.xml", (req, res, body) => {
      brokenRoute(req, res, body);
      if (broken.filter((r) => r.path === "/broken.xml").length === 3) stop.abort();
    });
    try {
      const { out, err, options } = captured({ once: false, intervalMs: 100, backoffCeilingMs: 10_000, signal: stop.signal });
      const summary = await watchFeeds(store, [`${local.base}/rss.xml`, `${local.base}/broken.xml`], options);
      const attempts = local.requests.filter((r) => r.path === "/broken.xml").map((r) => r.at);
      assert.equal(attempts.length, 3);
      // Failures double the wait: at least 200 ms after the first, 400 ms after the second.
      assert.ok(attempts[1]! - attempts[0]! >= 190, `first retry after ${attempts[1]! - attempts[0]!} ms`);
      assert.ok(attempts[2]! - attempts[1]! >= 390, `second retry after ${attempts[2]! - attempts[1]!} ms`);
      assert.ok(
        err.some((l) => /broken\.xml: not a well-formed feed.*; retrying in 200 ms$/.test(l)),
        err.join("\n"),
      );
      assert.equal(summary.feedFailures, 3);
      // The good feed went on at its own pace, and its pages were fetched once however often it was polled.
      assert.ok(pageRequests(local, "/rss.xml") > 3, `the good feed was polled ${pageRequests(local, "/rss.xml")} times`);
      assert.equal(pageRequests(local, "/courier/kidal"), 1);
      assert.equal(pageRequests(local, "/courier/menaka"), 1);
      // The dead link is tried again, but not at every poll.
      const gone = pageRequests(local, "/courier/gone");
      assert.ok(gone >= 2 && gone < pageRequests(local, "/rss.xml"), `the dead link was fetched ${gone} times`);
      assert.ok(out.some((l) => l.endsWith("1 left for a later poll (failed lately)")));
      assert.ok(err.includes(`error: ${local.base}/courier/gone: could not fetch: the server answered 404`));
      assert.equal(await store.countArticles(), 2);
    } finally {
      await store.dispose();
      await local.close();
    }
  });

  it("reports a new event matching a watchlist once, POSTing it to the webhook, and not again after a restart", async () => {
    const hooks = await startTestServer({
      "/hook": serve("application/json", "{}"),
      "/hook-down": serve("text/plain", "down for maintenance", 503),
    });
    const store = tempStore();
    try {
      await store.addWatchlist("mali-attacks", { country: "ML", type: "armed_clash" }, `${hooks.base}/hook`);
      await store.addWatchlist("checkpoints", { text: "checkpoint" }, null);
      await store.addWatchlist("syria", { country: "SY" }, null);
      await store.addWatchlist("loud", { actor: "armed group" }, `${hooks.base}/hook-down`);
      const first = captured();
      await watchFeeds(store, [`${server.base}/rss.xml`], first.options);
      const reports = first.out.filter((l) => l.startsWith("watchlist "));
      const [kidal] = (await store.listEvents({ country: "ML", type: "armed_clash" })).map((e) => e.id);
      assert.ok(kidal);
      assert.deepEqual(
        reports.filter((l) => !l.startsWith("watchlist loud")),
        [
          `watchlist checkpoints: new event ${kidal} | armed_clash | 2025-06-08 | Kidal, ML | deaths 4`,
          `watchlist mali-attacks: new event ${kidal} | armed_clash | 2025-06-08 | Kidal, ML | deaths 4`,
        ],
      );
      // Both events have an unidentified armed group as actor: both are the loud watchlist's.
      assert.equal(reports.filter((l) => l.startsWith("watchlist loud")).length, 2);
      // The webhook that is down is reported, naming it, and the watch went on.
      assert.deepEqual(first.err, [`error: watchlist loud: webhook ${hooks.base}/hook-down: could not post: the server answered 503`]);

      const posted = hooks.requests.filter((r) => r.path === "/hook");
      assert.equal(posted.length, 1);
      assert.equal(posted[0]!.method, "POST");
      assert.equal(posted[0]!.headers["content-type"], "application/json");
      assert.match(posted[0]!.headers["user-agent"] ?? "", /^Sitrep\//);
      const body = JSON.parse(posted[0]!.body) as { watchlist: string; events: Array<{ change: string; id: string; fatalities: unknown }> };
      assert.equal(body.watchlist, "mali-attacks");
      assert.deepEqual(
        body.events.map((e) => [e.change, e.id, e.fatalities]),
        [["created", kidal, { min: 4, max: 4 }]],
      );

      // A restart: the cursors are stored, so nothing is reported or posted again.
      const second = captured();
      await watchFeeds(store, [`${server.base}/rss.xml`], second.options);
      assert.deepEqual(
        second.out.filter((l) => l.startsWith("watchlist ")),
        [],
      );
      assert.match(second.out[0]!, /0 new article\(s\) stored .* 2 already stored$/);
      assert.equal(hooks.requests.filter((r) => r.path === "/hook").length, 1);
    } finally {
      await store.dispose();
      await hooks.close();
    }
  });
});
