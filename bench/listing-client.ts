/**
 * A second user of the API during an export, in a process of its own (as a real one would be: the
 * client reading the export must not delay it, nor it the export's reading): forked by
 * export-streaming.ts, it is sent `{ url, paths }`, warms up on the first three paths and says
 * `{ ready: true }`; on `"go"` it asks the rest, one after another and round again, until
 * `"stop"`, then sends `{ times }`, the milliseconds of each listing answered in between (the one
 * under way at the stop is not counted), and exits.
 */
import { performance } from "node:perf_hooks";

interface Start {
  url: string;
  paths: string[];
}

const WARMUP = 3;

function send(message: object): Promise<void> {
  return new Promise((done, fail) => process.send!(message, (error: Error | null) => (error ? fail(error) : done())));
}

/** The messages from the parent, in order, none lost between two waits. */
const inbox: unknown[] = [];
let waiting: ((message: unknown) => void) | null = null;
process.on("message", (message) => {
  if (waiting) {
    const deliver = waiting;
    waiting = null;
    deliver(message);
  } else inbox.push(message);
});

function nextMessage(): Promise<unknown> {
  return inbox.length > 0 ? Promise.resolve(inbox.shift()) : new Promise((done) => (waiting = done));
}

async function listing(url: string): Promise<void> {
  const res = await fetch(url);
  await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
}

if (!process.send) throw new Error("listing-client.ts runs forked, with an IPC channel (see export-streaming.ts)");
const { url, paths } = (await nextMessage()) as Start;
for (const path of paths.slice(0, WARMUP)) await listing(url + path);
await send({ ready: true });
await nextMessage();
let stopped = false;
void nextMessage().then(() => (stopped = true));
const times: number[] = [];
for (let i = WARMUP; !stopped; i++) {
  const t0 = performance.now();
  await listing(url + paths[i % paths.length]!);
  if (!stopped) times.push(performance.now() - t0);
}
await send({ times });
process.disconnect();
