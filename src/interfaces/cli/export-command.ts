import { Command, Option } from "commander";
import { EXPORT_FORMATS, writeExport, type ExportFormat } from "../../export/export-formats.ts";
import { filterFrom, withFilterOptions } from "./filter-options.ts";
import { openExistingStore } from "./open-store.ts";

/** `sitrep export`: the stored events in a standard format, on stdout. */
export function exportCommand(): Command {
  return withFilterOptions(
    new Command("export")
      .description("write the stored events to stdout: Sitrep JSON, JSON Lines, GeoJSON or ACLED-style CSV")
      .addOption(new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]).default("json"))
      .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
      .option("--include-incomplete", "CSV: keep events without a date, actor1 or country (ACLED has none such; left out by default)"),
  ).action(async (opts: Record<string, unknown>) => {
    const store = openExistingStore(opts["db"] as string | undefined);
    try {
      const text = await writeExport(store, opts["format"] as ExportFormat, filterFrom(opts), {
        includeIncomplete: Boolean(opts["includeIncomplete"]),
        onLeftOut: (count, byReason) => {
          const why = Object.entries(byReason)
            .map(([reason, n]) => `${n} ${reason}`)
            .join(", ");
          console.error(`left out ${count} incomplete event${count === 1 ? "" : "s"} (${why}); --include-incomplete keeps them`);
        },
      });
      process.stdout.write(text);
    } finally {
      await store.close();
    }
  });
}
