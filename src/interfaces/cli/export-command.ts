import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Command, Option } from "commander";
import { SitrepError, UsageError } from "../../core/errors.ts";
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from "../../export/export-formats.ts";
import { filterFrom, withFilterOptions } from "./filter-options.ts";
import { openExistingStore } from "./open-store.ts";

/** An export that failed once part of it was written: what was written is not the whole export. */
export class ExportError extends SitrepError {
  override name = "ExportError";
}

/** The output file, open for writing; a UsageError naming it when it cannot be. */
async function openOutput(path: string): Promise<WriteStream> {
  const file = createWriteStream(path);
  try {
    await once(file, "ready");
    return file;
  } catch (error) {
    throw new UsageError(`--output ${path}: cannot write it (${(error as Error).message})`, { cause: error });
  }
}

/**
 * `sitrep export`: the stored events in a standard format, on stdout or in a file, streamed as the
 * store's cursor reads them (memory holds a page of events, whatever the store's size), written as
 * fast as the reader takes it.
 */
export function exportCommand(): Command {
  return withFilterOptions(
    new Command("export")
      .description("write the stored events to stdout: Sitrep JSON, JSON Lines, GeoJSON or ACLED-style CSV")
      .addOption(new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]).default("json"))
      .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
      .option("-o, --output <file>", "write to this file instead of stdout (removed again if the export fails)")
      .option("--include-incomplete", "CSV: keep events without a date, actor1 or country (ACLED has none such; left out by default)"),
  ).action(async (opts: Record<string, unknown>) => {
    const store = openExistingStore(opts["db"] as string | undefined);
    const output = opts["output"] as string | undefined;
    try {
      const chunks = exportChunks(store, opts["format"] as ExportFormat, filterFrom(opts), {
        includeIncomplete: Boolean(opts["includeIncomplete"]),
        // Counted while the rows are written, told once they all are.
        onLeftOut: (count, byReason) => {
          const why = Object.entries(byReason)
            .map(([reason, n]) => `${n} ${reason}`)
            .join(", ");
          console.error(`left out ${count} incomplete event${count === 1 ? "" : "s"} (${why}); --include-incomplete keeps them`);
        },
      });
      let started = false;
      async function* noted(): AsyncGenerator<string> {
        for await (const chunk of chunks) {
          started = true;
          yield chunk;
        }
      }
      // A file that cannot be written is said so before the export starts.
      const file = output ? await openOutput(output) : null;
      try {
        // stdout stays open for whatever else writes to it; a file is closed when the export ends.
        if (file) await pipeline(noted(), file);
        else await pipeline(noted(), process.stdout, { end: false });
      } catch (error) {
        if (output) await rm(output, { force: true });
        if (!started) throw error;
        const where = output ? `${output} is removed` : "what was written to stdout is incomplete";
        throw new ExportError(`the export failed part-way (${where}): ${(error as Error).message}`, { cause: error });
      }
    } finally {
      await store.close();
    }
  });
}
