/**
 * Every setting of a deployment, with its command-line flag, environment variable and config-file
 * key, and the rule its value must follow. README's table of settings lists the same rows.
 */

import { z } from "zod";
import { LOG_LEVELS } from "../logging/log-levels.ts";

/** The settings as the commands use them, after precedence and validation. */
export interface Settings {
  db: string;
  host: string;
  port: number;
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  readOnly: boolean;
  tokenReads: boolean;
  allowPrivate: boolean;
  /** Seconds allowed to each step of reading an article (parsing, extracting) on the reading threads. */
  readingBudget: number;
}

export type SettingKey = keyof Settings;

const port = z
  .number({ error: "a port is a whole number from 0 to 65535 (0 picks a free one)" })
  .int("a port is a whole number from 0 to 65535 (0 picks a free one)")
  .min(0, "a port is a whole number from 0 to 65535 (0 picks a free one)")
  .max(65535, "a port is a whole number from 0 to 65535 (0 picks a free one)");

/** An origin as browsers send it: scheme, host and port only, or `*` for any. */
const origin = z.string().refine(
  (value) => {
    if (value === "*") return true;
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
    } catch {
      return false;
    }
  },
  {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not an origin: write it as browsers send it, https://host or http://host:port, with no path or trailing slash (or * for any)`,
  },
);

const BUDGET_MESSAGE = "a reading budget is a whole number of seconds from 1 to 3600";
const readingBudget = z.number({ error: BUDGET_MESSAGE }).int(BUDGET_MESSAGE).min(1, BUDGET_MESSAGE).max(3600, BUDGET_MESSAGE);

const nonEmpty = (what: string) => z.string({ error: `expected ${what}` }).min(1, `is empty: expected ${what}`);

/** A setting's names in each source and the rule its value follows once typed. */
export interface SettingSpec {
  key: SettingKey;
  flag: string;
  env: string;
  file: string;
  schema: z.ZodType;
  /** How a text value (an environment variable) becomes the typed value the schema checks. */
  kind: "text" | "integer" | "boolean" | "list";
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: "db", flag: "--db", env: "SITREP_DB", file: "db", schema: nonEmpty("a SQLite file or a postgres:// URL"), kind: "text" },
  { key: "host", flag: "--host", env: "SITREP_HOST", file: "host", schema: nonEmpty("an address to listen on"), kind: "text" },
  { key: "port", flag: "--port", env: "SITREP_PORT", file: "port", schema: port, kind: "integer" },
  {
    key: "corsOrigins",
    flag: "--cors-origins",
    env: "SITREP_CORS_ORIGINS",
    file: "cors_origins",
    schema: z.array(origin, { error: "expected a list of origins" }),
    kind: "list",
  },
  {
    key: "logLevel",
    flag: "--log-level",
    env: "SITREP_LOG_LEVEL",
    file: "log_level",
    schema: z.enum(LOG_LEVELS, { error: (issue) => `${JSON.stringify(issue.input)} is not a log level: one of ${LOG_LEVELS.join(", ")}` }),
    kind: "text",
  },
  {
    key: "readOnly",
    flag: "--read-only",
    env: "SITREP_READ_ONLY",
    file: "read_only",
    schema: z.boolean({ error: "expected true or false" }),
    kind: "boolean",
  },
  {
    key: "tokenReads",
    flag: "--token-reads",
    env: "SITREP_TOKEN_READS",
    file: "token_reads",
    schema: z.boolean({ error: "expected true or false" }),
    kind: "boolean",
  },
  {
    key: "allowPrivate",
    flag: "--allow-private",
    env: "SITREP_ALLOW_PRIVATE",
    file: "allow_private",
    schema: z.boolean({ error: "expected true or false" }),
    kind: "boolean",
  },
  {
    key: "readingBudget",
    flag: "--reading-budget",
    env: "SITREP_READING_BUDGET",
    file: "reading_budget",
    schema: readingBudget,
    kind: "integer",
  },
];

/** What a setting is when no source gives it. */
export const DEFAULT_SETTINGS: Settings = {
  db: "./sitrep.db",
  host: "127.0.0.1",
  port: 8080,
  corsOrigins: [],
  logLevel: "info",
  readOnly: false,
  tokenReads: false,
  allowPrivate: false,
  readingBudget: 30,
};

/** The environment variable naming the config file, when `--config` is not given. */
export const CONFIG_ENV = "SITREP_CONFIG";
