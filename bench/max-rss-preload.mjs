// Loaded with `node --import` into a measured process: when it exits, appends one JSON line with
// its peak RSS and CPU time to the file named by SITREP_BENCH_USAGE_FILE.
import { appendFileSync, readFileSync } from "node:fs";

/**
 * The process's own peak RSS. On Linux it is VmHWM, the high-water mark of this program's memory:
 * getrusage's maxRSS is kept across exec, so a child forked from a large process (the bench
 * runner, holding a bulk-loaded store's events) would report its parent's size as its own.
 */
function peakRssBytes() {
  try {
    const high = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (high) return Number(high[1]) * 1024;
  } catch {
    // No /proc: the operating system's own figure below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

const file = process.env["SITREP_BENCH_USAGE_FILE"];
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const line = { pid: process.pid, maxRssBytes: peakRssBytes(), cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
