import type { Command } from "commander";
import { LOG_LEVELS } from "../logging/log-levels.ts";

/** Adds the options every long-running or team-facing command shares: the config file and the log level. */
export function withSettingsOptions(command: Command, logDefault: string): Command {
  return command
    .option("--config <file>", "settings file, JSON or YAML (default $SITREP_CONFIG); flags and environment variables take precedence")
    .option("--log-level <level>", `${LOG_LEVELS.join(", ")} (default ${logDefault}, or $SITREP_LOG_LEVEL)`);
}
