import { readConfigFile } from "./read-config-file.ts";
import { SettingsError } from "./settings-error.ts";
import { CONFIG_ENV, DEFAULT_SETTINGS, SETTING_SPECS, type SettingKey, type Settings, type SettingSpec } from "./settings-spec.ts";

export type { Settings } from "./settings-spec.ts";

/** What a command was given: its parsed flags (undefined when absent), the environment, its own defaults. */
export interface SettingsSources {
  /** Flags by setting key, as the argument parser typed them; `config` names the config file. */
  flags?: Partial<Record<SettingKey, unknown>> & { config?: string | undefined };
  env?: NodeJS.ProcessEnv;
  /** Defaults that differ for this command (a one-shot command logs nothing unless asked). */
  defaults?: Partial<Settings>;
}

const TRUE = new Set(["true", "1", "yes", "on"]);
const FALSE = new Set(["false", "0", "no", "off"]);

/** A text value (an environment variable, a flag's text) typed as the setting wants it; left as text when it cannot be, for the schema to refuse. */
function fromText(spec: SettingSpec, text: string): unknown {
  const trimmed = text.trim();
  switch (spec.kind) {
    case "integer":
      return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
    case "boolean":
      return TRUE.has(trimmed.toLowerCase()) ? true : FALSE.has(trimmed.toLowerCase()) ? false : text;
    case "list":
      return trimmed
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
    case "text":
      return text;
  }
}

/** The value, checked against the setting's rule; an error names the source and the key. */
function check(spec: SettingSpec, value: unknown, where: string, showPosition = false): unknown {
  const result = spec.schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const got = JSON.stringify(value);
  const said = issue.message.includes(got) || typeof value === "object" ? issue.message : `${issue.message}, got ${got}`;
  // A position in a list helps in a file's list; in comma-separated text the value itself is named.
  const at = showPosition && issue.path.length ? `[${issue.path.join("][")}]` : "";
  throw new SettingsError(`${where}${at}: ${said}`);
}

function fromFile(path: string): Partial<Settings> {
  const raw = readConfigFile(path);
  const known = new Map(SETTING_SPECS.map((spec) => [spec.file, spec]));
  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec = known.get(key);
    if (!spec) {
      throw new SettingsError(`config file ${path}: unknown setting "${key}" (the settings are ${[...known.keys()].join(", ")})`);
    }
    // A list may be written as one comma-separated string, as in the environment.
    const typed = spec.kind === "list" && typeof value === "string" ? fromText(spec, value) : value;
    settings[spec.key] = check(spec, typed, `config file ${path}: ${key}`, Array.isArray(value));
  }
  return settings as Partial<Settings>;
}

function fromEnv(env: NodeJS.ProcessEnv): Partial<Settings> {
  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const spec of SETTING_SPECS) {
    const text = env[spec.env];
    // An empty variable is an unset one, as shells and compose files often leave them.
    if (text === undefined || text === "") continue;
    settings[spec.key] = check(spec, fromText(spec, text), `environment variable ${spec.env}`);
  }
  return settings as Partial<Settings>;
}

function fromFlags(flags: Partial<Record<SettingKey, unknown>>): Partial<Settings> {
  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const spec of SETTING_SPECS) {
    const value = flags[spec.key];
    if (value === undefined) continue;
    settings[spec.key] = check(spec, typeof value === "string" ? fromText(spec, value) : value, spec.flag);
  }
  return settings as Partial<Settings>;
}

/**
 * A command's settings, each taken from the first source that gives it: command-line flags, then
 * environment variables, then the config file (`--config FILE` or $SITREP_CONFIG), then the
 * defaults. Every value is checked; a bad one is an error naming its file and key, variable or flag.
 */
export function loadSettings(sources: SettingsSources = {}): Settings {
  const env = sources.env ?? process.env;
  const flags = sources.flags ?? {};
  const configPath = flags.config ?? (env[CONFIG_ENV] || undefined);
  const defined = <T extends object>(values: T) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...defined(sources.defaults ?? {}),
    ...(configPath ? fromFile(configPath) : {}),
    ...fromEnv(env),
    ...fromFlags(flags),
  };
}
