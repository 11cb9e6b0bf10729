import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Command, InvalidArgumentError } from "commander";
import { SitrepError } from "../../core/errors.ts";
import type { Store } from "../../storage/store.ts";
import type { ReadAccess } from "../http/access.ts";
import { createApp, redatingOf } from "../http/create-app.ts";
import { createReadingPool } from "../../ingest/reading-pool.ts";
import { DEFAULT_UI_DIRECTORY } from "../web/build-ui.ts";
import { createLogger, type Logger } from "../logging/logger.ts";
import { loadSettings } from "../settings/load-settings.ts";
import { openStore } from "./open-store.ts";
import { withSettingsOptions } from "./settings-options.ts";

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port (0 to 65535; 0 picks a free one)`);
  return n;
}

/** A number of seconds given on the command line (checked against its range with the other settings). */
export function parseSeconds(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number of seconds`);
  return Number(value);
}

/** A listening API server and how to stop it. */
export interface RunningServer {
  /** The address it answers on, with the port actually bound (useful when 0 was asked for). */
  url: string;
  /** Stops accepting requests and drops idle connections; the store stays open (it is the caller's). */
  close(): Promise<void>;
}

/** Starts the API over `store` on host:port; rejects with a readable message when it cannot listen. */
export function startServer(
  store: Store,
  options: {
    host: string;
    port: number;
    readOnly?: boolean;
    reads?: ReadAccess;
    uiDirectory?: string | null;
    allowPrivateFetch?: boolean;
    /** Where the access log goes; none when absent. */
    logger?: Logger;
    /** Origins whose pages may call the API from a browser. */
    corsOrigins?: readonly string[];
    /** Time allowed to each step of reading a posted article, in ms (default 30 s). */
    readingBudgetMs?: number;
  },
): Promise<RunningServer> {
  const ui = options.uiDirectory === undefined ? DEFAULT_UI_DIRECTORY : options.uiDirectory;
  const readingPool = createReadingPool();
  const app = createApp(store, {
    readingPool,
    readOnly: options.readOnly ?? false,
    reads: options.reads ?? "open",
    allowPrivateFetch: options.allowPrivateFetch ?? false,
    ...(ui ? { uiDirectory: ui } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.readingBudgetMs ? { readingBudgetMs: options.readingBudgetMs } : {}),
  });
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined = undefined;
    const onError = (error: NodeJS.ErrnoException) => {
      void readingPool.close();
      reject(new SitrepError(`cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`, { cause: error }));
    };
    server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      server?.off("error", onError);
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive connections would otherwise hold the server open until they time out.
            if (server && "closeAllConnections" in server) server.closeAllConnections();
            // Re-dating under way finishes (on the reading threads) before they close, and the store after.
            server?.close(
              () =>
                void redatingOf(app)
                  .idle()
                  .then(() => readingPool.close())
                  .then(done),
            );
          }),
      });
    });
    server.once("error", onError);
  });
}

/** Resolves on the first SIGINT or SIGTERM, so that the store is closed (its WAL checkpointed) before the process ends. */
export function untilSignalled(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      resolve(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

interface ServeFlags {
  db?: string;
  host?: string;
  port?: number;
  corsOrigins?: string;
  readOnly?: boolean;
  tokenReads?: boolean;
  allowPrivate?: boolean;
  readingBudget?: number;
  config?: string;
  logLevel?: string;
}

/** `sitrep serve`: the HTTP API over a store, until interrupted. */
export function serveCommand(): Command {
  const command = new Command("serve")
    .description("serve the store over HTTP: the web view, and a JSON API with its OpenAPI document at /api/openapi.json")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .option("--host <host>", "address to listen on (default 127.0.0.1, or $SITREP_HOST)")
    .option("--port <port>", "port to listen on, 0 picks a free one (default 8080, or $SITREP_PORT)", parsePort)
    .option("--cors-origins <origins>", "comma-separated origins whose web pages may call the API (default none, or $SITREP_CORS_ORIGINS)")
    .option("--read-only", "refuse ingestion (POST /api/articles answers 403)")
    .option("--token-reads", "reading needs a token too (writing always does; see `sitrep token create`)")
    .option("--allow-private", "let POST /api/articles {url} fetch from private, loopback and link-local addresses (refused by default)")
    .option(
      "--reading-budget <seconds>",
      "seconds allowed to each step of reading a posted article; one out of its time is stored as failed (default 30, or $SITREP_READING_BUDGET)",
      parseSeconds,
    );
  return withSettingsOptions(command, "info").action(async (flags: ServeFlags) => {
    const settings = loadSettings({ flags });
    const logger = createLogger({ level: settings.logLevel });
    const store = openStore(settings.db);
    try {
      const server = await startServer(store, {
        host: settings.host,
        port: settings.port,
        readOnly: settings.readOnly,
        reads: settings.tokenReads ? "token" : "open",
        allowPrivateFetch: settings.allowPrivate,
        logger,
        corsOrigins: settings.corsOrigins,
        readingBudgetMs: settings.readingBudget * 1000,
      });
      console.log(`Sitrep on ${server.url}/ (store: ${store.location}); the API is under /api, its reference at ${server.url}/api/docs`);
      logger.info({ url: server.url, store: store.location, cors_origins: settings.corsOrigins }, "listening");
      const signal = await untilSignalled();
      await server.close();
      logger.info({ signal }, "stopped");
      console.error(`Sitrep API stopped (${signal})`);
    } finally {
      await store.close();
    }
  });
}
