import { Command, Option } from "commander";
import { exportJson } from "../../export/export-json.ts";
import { filterFrom, withFilterOptions } from "./filter-options.ts";
import { openStore } from "./open-store.ts";

/** `sitrep export`: the stored events in a standard format, on stdout. */
export function exportCommand(): Command {
  return withFilterOptions(
    new Command("export")
      .description("write the stored events to stdout")
      .addOption(new Option("--format <format>", "output format").choices(["json"]).default("json"))
      .option("--db <path>", "SQLite database file"),
  ).action(async (opts: Record<string, unknown>) => {
    const store = openStore(opts["db"] as string | undefined);
    try {
      process.stdout.write(JSON.stringify(await exportJson(store, filterFrom(opts)), null, 2) + "\n");
    } finally {
      await store.close();
    }
  });
}
