import { Command, Option } from "commander";
import { EXPORT_FORMATS, writeExport, type ExportFormat } from "../../export/export-formats.ts";
import { filterFrom, withFilterOptions } from "./filter-options.ts";
import { openStore } from "./open-store.ts";

/** `sitrep export`: the stored events in a standard format, on stdout. */
export function exportCommand(): Command {
  return withFilterOptions(
    new Command("export")
      .description("write the stored events to stdout: Sitrep JSON, JSON Lines, GeoJSON or ACLED-style CSV")
      .addOption(new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]).default("json"))
      .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)"),
  ).action(async (opts: Record<string, unknown>) => {
    const store = openStore(opts["db"] as string | undefined);
    try {
      process.stdout.write(await writeExport(store, opts["format"] as ExportFormat, filterFrom(opts)));
    } finally {
      await store.close();
    }
  });
}
