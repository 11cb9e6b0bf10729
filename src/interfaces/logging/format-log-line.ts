/** Level numbers as pino writes them, named as a person reads them. */
const LEVEL_NAMES: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };

/** Fields every line has, shown in their own places rather than as key=value. */
const PLACED = new Set(["time", "level", "msg", "pid", "hostname"]);

function showValue(value: unknown): string {
  if (typeof value === "string") return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (value !== null && typeof value === "object" && "message" in value) return JSON.stringify((value as { message: unknown }).message);
  return JSON.stringify(value);
}

/**
 * One JSON log line as a person reads it on a terminal: `14:03:07 INFO  request method=GET
 * path=/api/events status=200 duration_ms=3.1`. A line that is not a JSON object is passed on as
 * it is.
 */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return line;
    entry = parsed as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof entry["time"] === "string" ? entry["time"].slice(11, 19) : "";
  const level = (LEVEL_NAMES[entry["level"] as number] ?? String(entry["level"])).padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !PLACED.has(key))
    .map(([key, value]) => `${key}=${showValue(value)}`);
  return `${[time, level, entry["msg"] ?? "", ...fields].filter((part) => part !== "").join(" ")}\n`;
}
