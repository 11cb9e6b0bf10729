import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatLogLine } from "./format-log-line.ts";
import { createLogger } from "./logger.ts";

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, stream: { isTTY, write: (line: string) => lines.push(line) } };
}

describe("the log", () => {
  it("writes one JSON object a line when its stream is not a terminal", () => {
    const out = capture(false);
    const logger = createLogger({ level: "info", stream: out.stream });
    logger.info({ input: "wire.txt", events_created: 2 }, "article ingested");
    logger.warn("article depeche.txt looks French: Sitrep reads English only");
    assert.equal(out.lines.length, 2);
    const [first, second] = out.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(first!["msg"], "article ingested");
    assert.equal(first!["input"], "wire.txt");
    assert.equal(first!["events_created"], 2);
    assert.equal(first!["level"], 30);
    assert.match(first!["time"] as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    assert.equal(second!["level"], 40);
    assert.ok(out.lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n")));
  });

  it("writes readable lines on a terminal", () => {
    const out = capture(true);
    createLogger({ level: "info", stream: out.stream }).info({ method: "GET", path: "/api/events", status: 200 }, "request");
    assert.match(out.lines[0]!, /^\d\d:\d\d:\d\d INFO {2}request method=GET path=\/api\/events status=200\n$/);
  });

  it("leaves out what is below its level, and everything when silent", () => {
    const out = capture(false);
    const logger = createLogger({ level: "warn", stream: out.stream });
    logger.info("not shown");
    logger.error("shown");
    createLogger({ level: "silent", stream: out.stream }).fatal("never");
    assert.deepEqual(
      out.lines.map((l) => (JSON.parse(l) as { msg: string }).msg),
      ["shown"],
    );
  });
});

describe("a log line for a terminal", () => {
  it("quotes values with spaces and shows an error by its message", () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 50,
        time: "2025-06-01T10:20:30.000Z",
        pid: 1,
        hostname: "h",
        msg: "article failed",
        input: "a b.txt",
        err: { message: "is empty", stack: "…" },
      }),
    );
    assert.equal(line, '10:20:30 ERROR article failed input="a b.txt" err="is empty"\n');
  });

  it("passes a line that is not a JSON object on as it is", () => {
    assert.equal(formatLogLine("plain\n"), "plain\n");
  });
});
