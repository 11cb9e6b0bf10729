// Loaded with `node --import` into a measured process: when it exits, appends one JSON line with
// its peak RSS and CPU time to the file named by SITREP_BENCH_USAGE_FILE.
import { appendFileSync } from "node:fs";

const file = process.env["SITREP_BENCH_USAGE_FILE"];
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const line = { pid: process.pid, maxRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
