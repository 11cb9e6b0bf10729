/** The worker thread of `reading-pool.ts`: runs reading tasks one at a time and answers each. */

import { parentPort } from "node:worker_threads";
import { IngestError } from "../core/errors.ts";
import { READING_TASKS, type ReadingReply, type ReadingRequest } from "./reading-tasks.ts";

// Loading the gazetteer and lexicons is done once, before the first article's budget starts.
READING_TASKS.extract(READING_TASKS.build({ body: "A market in the town was closed on Monday.", format: "text", origin: "warm-up" }));

parentPort?.on("message", (request: ReadingRequest) => {
  let reply: ReadingReply;
  try {
    const run = READING_TASKS[request.task] as (arg: unknown) => unknown;
    reply = { id: request.id, ok: true, result: run(request.arg) };
  } catch (e) {
    const error = e as Error;
    const where = e instanceof IngestError ? { input: e.input, ...(e.line === undefined ? {} : { line: e.line }) } : {};
    reply = { id: request.id, ok: false, error: { name: error.name, message: error.message, ...where } };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
