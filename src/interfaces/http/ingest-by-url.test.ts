import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { emptyFixture, getJson, post, type Fixture } from "./api-fixture.ts";

// A local web server standing in for a news site: no network leaves the machine.
const PAGE = `<!doctype html><html><head><title>Ambush near Gao</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Soldiers killed in ambush near Gao</h1>
<p>Gunmen ambushed an army patrol near Gao on Tuesday, killing five soldiers, the army said.</p></article>
</body></html>`;

describe("POST /api/articles with only a url", () => {
  let f: Fixture;
  let server: Server;
  let base = "";
  before(async () => {
    // The page is served on 127.0.0.1, which the server refuses to fetch unless told otherwise.
    f = emptyFixture({ allowPrivateFetch: true });
    server = createServer((req, res) => {
      if (req.url === "/ambush") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      else if (req.url === "/image") res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71]));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await f.close();
  });

  it("fetches the page, reads it as HTML and stores its events", async () => {
    const res = await post(f.app, "/api/articles", { url: `${base}/ambush`, published: "2025-04-10" });
    assert.equal(res.status, 201);
    const { article } = (await res.json()) as { article: string };
    const stored = await getJson<{ url: string; text: string }>(f.app, `/api/articles/${article}`);
    assert.equal(stored.body.url, `${base}/ambush`);
    assert.match(stored.body.text, /Gunmen ambushed an army patrol near Gao/);
    const events = await getJson<{ events: Array<{ location: { name: string } }> }>(f.app, "/api/events");
    assert.deepEqual(
      events.body.events.map((e) => e.location.name),
      ["Gao"],
    );
  });

  it("answers 422 naming the url when the page is missing or not text", async () => {
    const missing = await post(f.app, "/api/articles", { url: `${base}/gone` });
    assert.equal(missing.status, 422);
    assert.match(((await missing.json()) as { error: string }).error, /^url: .*\/gone: could not fetch: the server answered 404/);
    const image = await post(f.app, "/api/articles", { url: `${base}/image` });
    assert.equal(image.status, 422);
    assert.match(((await image.json()) as { error: string }).error, /not a page of text/);
  });

  it("takes the page's title, and its host as the outlet, when the request gives neither", async () => {
    // The same page again: already stored, the answer names the stored article.
    const res = await post(f.app, "/api/articles", { url: `${base}/ambush` });
    assert.equal(res.status, 200);
    const { article } = (await res.json()) as { article: string };
    const stored = await getJson<{ title: string; outlet: string }>(f.app, `/api/articles/${article}`);
    assert.deepEqual([stored.body.title, stored.body.outlet], ["Ambush near Gao", "127.0.0.1"]);
  });

  it("by default refuses to fetch from a private or loopback address, naming the url", async () => {
    const guarded = emptyFixture();
    try {
      const res = await post(guarded.app, "/api/articles", { url: `${base}/ambush` });
      assert.equal(res.status, 422);
      assert.match(((await res.json()) as { error: string }).error, /^url: .*\/ambush: refused: 127\.0\.0\.1 is a loopback address/);
      assert.equal(await guarded.store.countArticles(), 0);
    } finally {
      await guarded.close();
    }
  });

  it("refuses a body with neither text, html nor a web address", async () => {
    const res = await post(f.app, "/api/articles", { url: "ftp://example.org/x" });
    assert.equal(res.status, 400);
  });
});
