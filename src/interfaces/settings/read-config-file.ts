import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { SettingsError } from "./settings-error.ts";

/**
 * The settings a config file holds, as a plain object of its keys: JSON (`.json`) or YAML
 * (`.yaml`, `.yml`). The keys are checked by the caller, which knows them.
 */
export function readConfigFile(path: string): Record<string, unknown> {
  const format = extname(path).toLowerCase();
  if (![".json", ".yaml", ".yml"].includes(format)) {
    throw new SettingsError(`config file ${path}: expected a .json, .yaml or .yml file`);
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a folder"
          : code === "EACCES"
            ? "not allowed to read it"
            : (error as Error).message;
    throw new SettingsError(`config file ${path}: ${why}`, { cause: error });
  }
  let parsed: unknown;
  try {
    // YAML's own parser keeps the line and column of a mistake in its message.
    parsed = format === ".json" ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0]!.replace(/:$/, "");
    throw new SettingsError(`config file ${path}: not valid ${format === ".json" ? "JSON" : "YAML"}: ${message}`, { cause: error });
  }
  // An empty YAML file is no settings, not an error.
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new SettingsError(
      `config file ${path}: expected a mapping of settings (key: value), not ${Array.isArray(parsed) ? "a list" : "a single value"}`,
    );
  }
  return parsed as Record<string, unknown>;
}
