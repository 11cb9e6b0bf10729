import { Command } from "commander";
import { fileURLToPath } from "node:url";
import { ingestBatch, itemsFromManifest } from "../../ingest/ingest-batch.ts";
import { eventsTable } from "./events-command.ts";
import { openStore } from "./open-store.ts";

const EXAMPLES = fileURLToPath(new URL("../../../examples/manifest.jsonl", import.meta.url));

/** `sitrep demo` (what `npm start` runs): ingest the bundled examples and show the events. */
export function demoCommand(): Command {
  return new Command("demo")
    .description("ingest the bundled example reports into the database and list the events found")
    .option("--db <path>", "SQLite database file (default ./sitrep.db)")
    .action(async (opts: { db?: string }) => {
      const store = openStore(opts.db);
      try {
        const { items, errors } = itemsFromManifest(EXAMPLES);
        const report = await ingestBatch(store, items);
        const stored = report.results.filter((r) => r.result.stored).length;
        console.log(
          `Sitrep: ${stored} example report(s) ingested into ${store.location} (${report.results.length - stored} already there).\n`,
        );
        for (const e of [...errors, ...report.errors]) console.error(`error: ${e.message}`);
        console.log(eventsTable(await store.listEvents()));
        console.log(`\nNext: npm run --silent sitrep -- show EVENT_ID   (every field with its evidence)`);
      } finally {
        await store.close();
      }
    });
}
