import { pino, type Logger } from "pino";
import { formatLogLine } from "./format-log-line.ts";
import type { LogLevel } from "./log-levels.ts";

export type { Logger };

export { LOG_LEVELS, type LogLevel } from "./log-levels.ts";

/** Where log lines go: a writable stream, told apart as a terminal by `isTTY` (as process.stderr is). */
export interface LogStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Default: process.stderr, so that a command's own output on stdout stays clean for pipes. */
  stream?: LogStream;
}

/**
 * The operational log: one JSON object a line when stderr is not a terminal (a container, a
 * service manager, a file: what log collectors read), and one readable line each on a terminal.
 * It is separate from what commands print for the person who ran them.
 */
export function createLogger(options: LoggerOptions): Logger {
  const stream = options.stream ?? process.stderr;
  const destination = stream.isTTY ? { write: (line: string) => void stream.write(formatLogLine(line)) } : stream;
  return pino({ level: options.level, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
