import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { site } from "../src/feeds/feed-fixtures.ts";
import { serve, startTestServer, type TestServer } from "../src/fetch/test-server.ts";
import { main } from "../src/interfaces/cli/main.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-feeds-cli-"));
// Each run of main() adds its own listener to stdout (for a closed pipe): more than the default ten here.
process.stdout.setMaxListeners(50);

/**
 * Runs the CLI in this process (its test server must go on answering, and a process per command
 * would cost seconds each), with what it prints captured and its exit code returned.
 */
async function sitrep(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void out.push(parts.join(" "));
  console.error = (...parts: unknown[]) => void err.push(parts.join(" "));
  try {
    const code = await main(["node", "sitrep", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    console.log = log;
    console.error = error;
    // Commands report failure through process.exitCode; this process's own must stay clean.
    process.exitCode = undefined;
  }
}

describe("the command line over the web", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    for (const [path, route] of Object.entries(site(server.base))) server.route(path, route);
    server.route("/hook", serve("application/json", "{}"));
  });
  after(() => server.close());

  it("ingest reads web pages beside files, once, and refuses private addresses unless allowed", async () => {
    const db = join(dir, "ingest.db");
    const refused = await sitrep("ingest", "--db", db, `${server.base}/courier/kidal`);
    assert.equal(refused.code, 1);
    assert.match(refused.err, new RegExp(`error: ${server.base}/courier/kidal: refused: 127\\.0\\.0\\.1 is a loopback address`));
    const file = join(dir, "gao.txt");
    writeFileSync(file, "Armed men raided a livestock market near Gao on Thursday, killing two traders, residents said.\n");
    const first = await sitrep(
      "ingest",
      "--db",
      db,
      "--allow-private",
      `${server.base}/courier/kidal`,
      file,
      `${server.base}/courier/menaka`,
    );
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /ingested 3 article\(s\)/);
    const again = await sitrep("ingest", "--db", db, "--allow-private", `${server.base}/courier/kidal`);
    assert.match(again.out, /ingested 0 article\(s\).*1 already stored/);
    assert.equal(server.requests.filter((r) => r.path === "/courier/kidal").length, 1, "a stored page is not fetched again");
  });

  it("watchlist add, list and remove; watch --once prints a watchlist's new event, posts it, and names a broken feed", async () => {
    const db = join(dir, "watch.db");
    const added = await sitrep(
      "watchlist",
      "add",
      "kidal",
      "--db",
      db,
      "--country",
      "ml",
      "--actor",
      "armed group",
      "--webhook",
      `${server.base}/hook`,
    );
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /watchlist "kidal" saved .*: country=ML actor="armed group", posted to http:\/\/127\.0\.0\.1:\d+\/hook/);
    const listed = await sitrep("watchlist", "list", "--db", db);
    assert.match(listed.out, /kidal\s+country=ML actor="armed group"\s+http:\/\/127\.0\.0\.1:\d+\/hook\s+0/);

    const watched = await sitrep("watch", "--once", "--allow-private", "--db", db, `${server.base}/broken.xml`, `${server.base}/atom.xml`);
    assert.equal(watched.code, 1, "a feed failed");
    assert.match(watched.err, new RegExp(`error: feed ${server.base}/broken\\.xml: not a well-formed feed`));
    assert.match(watched.out, /^watchlist kidal: new event \S+ \| attack \| 2025-06-05 \| Gao, ML \| deaths 2$/m);
    const posted = server.requests.filter((r) => r.path === "/hook");
    assert.equal(posted.length, 1);
    assert.equal((JSON.parse(posted[0]!.body) as { watchlist: string }).watchlist, "kidal");

    assert.equal((await sitrep("watchlist", "remove", "kidal", "--db", db)).code, 0);
    const gone = await sitrep("watchlist", "remove", "kidal", "--db", db);
    assert.equal(gone.code, 1);
    assert.match(gone.err, /no watchlist named "kidal"/);
  });

  it("watch refuses what is not a web address, naming it", async () => {
    const r = await sitrep("watch", "--once", "--db", join(dir, "x.db"), "feeds.txt");
    assert.equal(r.code, 1);
    assert.match(r.err, /error: feeds\.txt: a feed is an http\(s\) address/);
  });
});
