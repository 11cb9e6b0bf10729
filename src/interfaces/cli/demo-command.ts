import { Command } from "commander";
import { fileURLToPath } from "node:url";
import { SitrepError } from "../../core/errors.ts";
import { ingestBatch } from "../../app/ingest-batch.ts";
import { itemsFromManifest } from "../../ingest/batch-items.ts";
import type { Store } from "../../storage/store.ts";
import { eventsTable } from "./events-command.ts";
import { openStore } from "./open-store.ts";
import { parsePort, startServer, untilSignalled, type RunningServer } from "./serve-command.ts";

const EXAMPLES = fileURLToPath(new URL("../../../examples/manifest.jsonl", import.meta.url));
const PREFERRED_PORT = 8080;

/** Fills an empty store with the bundled examples; a store that holds anything is left as it is. */
async function seedWhenEmpty(store: Store): Promise<void> {
  if ((await store.countArticles()) > 0) {
    console.log(`Sitrep: ${store.location} already holds articles; the examples were not added.`);
    return;
  }
  const { items, errors } = itemsFromManifest(EXAMPLES);
  const report = await ingestBatch(store, items);
  const stored = report.results.filter((r) => r.result.stored).length;
  console.log(`Sitrep: ${stored} example report(s) ingested into ${store.location}.`);
  for (const e of [...errors, ...report.errors]) console.error(`error: ${e.message}`);
}

/** The preferred port when it is free, any free one otherwise: a demo should not fail over a busy port. */
async function listen(store: Store, host: string, port: number | undefined): Promise<RunningServer> {
  if (port !== undefined) return startServer(store, { host, port });
  try {
    return await startServer(store, { host, port: PREFERRED_PORT });
  } catch (error) {
    if (error instanceof SitrepError && /EADDRINUSE/.test(error.message)) return startServer(store, { host, port: 0 });
    throw error;
  }
}

/** `sitrep demo` (what `npm start` runs): the examples in the store, and the web view over it. */
export function demoCommand(): Command {
  return new Command("demo")
    .description("ingest the bundled example reports into an empty database, then serve the web view over it")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", `port to listen on (default ${PREFERRED_PORT}, or a free one if it is taken)`, parsePort)
    .option("--no-serve", "only ingest and list the events")
    .action(async (opts: { db?: string; host: string; port?: number; serve: boolean }) => {
      const store = openStore(opts.db);
      try {
        await seedWhenEmpty(store);
        console.log(eventsTable(await store.listEvents()));
        if (!opts.serve) return;
        const server = await listen(store, opts.host, opts.port);
        console.log(`\nOpen ${server.url}/ in a browser to explore the events (Ctrl-C stops).`);
        await untilSignalled();
        await server.close();
      } finally {
        await store.close();
      }
    });
}
