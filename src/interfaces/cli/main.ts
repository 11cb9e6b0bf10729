import { Command, CommanderError } from "commander";
import packageJson from "../../../package.json" with { type: "json" };
import { SitrepError } from "../../core/errors.ts";
import { actorsCommand } from "./actors-command.ts";
import { articlesCommand } from "./articles-command.ts";
import { demoCommand } from "./demo-command.ts";
import { eventsCommand } from "./events-command.ts";
import { exportCommand } from "./export-command.ts";
import { extractCommand } from "./extract-command.ts";
import { geocodeCommand } from "./geocode-command.ts";
import { ingestCommand } from "./ingest-command.ts";
import { serveCommand } from "./serve-command.ts";
import { showCommand } from "./show-command.ts";
import { tokenCommand } from "./token-command.ts";
import { watchCommand } from "./watch-command.ts";
import { watchlistCommand } from "./watchlist-command.ts";
import { workerCommand } from "./worker-command.ts";

/** The `sitrep` program with all its commands. */
export function createProgram(): Command {
  const program = new Command("sitrep")
    .description("Sitrep: sourced, deduplicated, geocoded records of armed-conflict events, read from news reports")
    .version(packageJson.version, "-V, --version", "print the version of Sitrep")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const cmd of [
    ingestCommand(),
    eventsCommand(),
    showCommand(),
    actorsCommand(),
    articlesCommand(),
    exportCommand(),
    extractCommand(),
    geocodeCommand(),
    serveCommand(),
    workerCommand(),
    tokenCommand(),
    watchCommand(),
    watchlistCommand(),
    demoCommand(),
  ]) {
    program.addCommand(cmd.showHelpAfterError("(run with --help for usage)").exitOverride());
  }
  return program;
}

/** Runs the CLI; returns the exit code. Errors are printed as one clear line, never a stack trace. */
/**
 * A reader that stops early (`sitrep export | head`) closes the pipe: that ends the output, it is
 * not a failure worth a stack trace.
 */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = createProgram();
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof SitrepError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
}
