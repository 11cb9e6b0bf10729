import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { fetchResource, type FetchRules } from "./fetch-resource.ts";
import { nonPublicRange } from "./public-address.ts";
import { serve, startTestServer, type TestServer } from "./test-server.ts";

const GET = { method: "GET", accept: "text/html" } as const;
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

describe("fetching under the rules", () => {
  let site: TestServer;
  // Tests run against 127.0.0.1, so they allow private addresses, except where the refusal is the point.
  const local: FetchRules = { allowPrivate: true, timeoutMs: 2000 };
  before(async () => {
    site = await startTestServer({
      "/page": serve("text/html; charset=utf-8", "<p>A page.</p>"),
      "/zipped": (_req, res) => res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync("unzipped")),
      "/hop": (_req, res) => res.writeHead(302, { location: "/page" }).end(),
      "/loop": (_req, res) => res.writeHead(301, { location: "/loop" }).end(),
      "/gone": serve("text/plain", "no", 404),
      // Sends its head at once, then never ends the body.
      "/slow": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>The first words");
      },
      "/huge": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>" + "words ".repeat(50_000) + "</p>");
      },
      "/bomb": (_req, res) =>
        res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(2_000_000, 32))),
    });
  });
  after(() => site.close());

  it("names itself Sitrep, with its version and what it is", async () => {
    await fetchResource(`${site.base}/page`, GET, local);
    const ua = site.requests.at(-1)!.headers["user-agent"];
    assert.match(ua ?? "", /^Sitrep\/\d+\.\d+\.\d+ \(news reader for conflict-event records(; \+\S.*)?\)$/);
  });

  it("follows a redirect and decompresses", async () => {
    const hopped = await fetchResource(`${site.base}/hop`, GET, local);
    assert.equal(hopped.finalUrl, `${site.base}/page`);
    assert.equal(text(hopped.body), "<p>A page.</p>");
    assert.equal(text((await fetchResource(`${site.base}/zipped`, GET, local)).body), "unzipped");
  });

  it("gives up after a few redirects, and on an answer other than 2xx, naming the address", async () => {
    await assert.rejects(fetchResource(`${site.base}/loop`, GET, { ...local, maxRedirects: 3 }), /\/loop: more than 3 redirects/);
    await assert.rejects(fetchResource(`${site.base}/gone`, GET, local), /\/gone: could not fetch: the server answered 404/);
  });

  it("stops a page that does not arrive within the time limit", async () => {
    const started = Date.now();
    await assert.rejects(
      fetchResource(`${site.base}/slow`, GET, { ...local, timeoutMs: 300 }),
      /\/slow: could not fetch: no answer within 0.3 s/,
    );
    assert.ok(Date.now() - started < 2000);
  });

  it("refuses a page larger than the cap, counted after decompression", async () => {
    await assert.rejects(
      fetchResource(`${site.base}/huge`, GET, { ...local, maxBytes: 64 * 1024 }),
      /\/huge: the answer is larger than 64 KB/,
    );
    await assert.rejects(
      fetchResource(`${site.base}/bomb`, GET, { ...local, maxBytes: 1024 * 1024 }),
      /\/bomb: the answer is larger than 1 MB/,
    );
  });

  it("refuses loopback addresses, by number or by name, unless private addresses are allowed", async () => {
    const before = site.requests.length;
    await assert.rejects(fetchResource(`${site.base}/page`, GET), /refused: 127\.0\.0\.1 is a loopback address/);
    const byName = site.base.replace("127.0.0.1", "localhost");
    await assert.rejects(fetchResource(`${byName}/page`, GET), /refused: localhost resolves to .*, a loopback address/);
    assert.equal(site.requests.length, before, "no request reached the server");
  });

  it("refuses anything but http and https", async () => {
    await assert.rejects(fetchResource("file:///etc/passwd", GET), /file:\/\/\/etc\/passwd: only http and https/);
    await assert.rejects(fetchResource("not a url", GET), /not a URL/);
  });
});

describe("a redirect to a private address", () => {
  // The site the redirect starts from passes for public (it is the test's only way to have one):
  // 127.0.0.2 is judged public, every other address as usual.
  const judgeAddress = (address: string) => (address === "127.0.0.2" ? null : nonPublicRange(address));
  let outside: TestServer;
  let inside: TestServer;
  before(async () => {
    inside = await startTestServer({ "/secret": serve("text/plain", "internal") });
    outside = await startTestServer(
      { "/story": (_req, res) => res.writeHead(302, { location: `${inside.base}/secret` }).end() },
      "127.0.0.2",
    );
  });
  after(async () => {
    await outside.close();
    await inside.close();
  });

  it("is refused at the hop, naming the address asked for and where it led", async () => {
    await assert.rejects(fetchResource(`${outside.base}/story`, GET, { judgeAddress, timeoutMs: 2000 }), (error: Error) =>
      error.message.startsWith(`${outside.base}/story: redirected to ${inside.base}/secret: refused: 127.0.0.1 is a loopback address`),
    );
    assert.equal(inside.requests.length, 0);
  });

  it("is followed when private addresses are allowed", async () => {
    const fetched = await fetchResource(`${outside.base}/story`, GET, { judgeAddress, allowPrivate: true, timeoutMs: 2000 });
    assert.equal(text(fetched.body), "internal");
  });
});
