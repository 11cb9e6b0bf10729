// The command line compiled into one module at install (`npm run build:cli`), and whether it is
// still the sources' image. Loading ~400 TypeScript modules through the on-the-fly compiler takes
// seconds at every start; the compiled module loads in a fraction of that. When any source has
// changed since (a developer's edit, a checkout), the sources are run instead, so the two can
// never disagree.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const COMPILED_DIRECTORY = join(ROOT, "data", "generated", "cli");
export const COMPILED_MODULE = join(COMPILED_DIRECTORY, "main.mjs");
const STAMP = join(COMPILED_DIRECTORY, "sources.json");

/** The newest modification time and the number of the files compiled in (sources and bundled data). */
export function sourcesStamp() {
  let newest = 0;
  let files = 0;
  const visit = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        visit(path);
      } else if (/\.(ts|tsx|json)$/.test(entry.name)) {
        newest = Math.max(newest, statSync(path).mtimeMs);
        files += 1;
      }
    }
  };
  visit(join(ROOT, "src"));
  newest = Math.max(newest, statSync(join(ROOT, "package.json")).mtimeMs);
  return { root: ROOT, newest, files };
}

export function stampPath() {
  return STAMP;
}

/** The compiled module's path when it matches the sources, else null. */
export function freshCompiledCli() {
  if (process.env.SITREP_FROM_SOURCE || !existsSync(COMPILED_MODULE) || !existsSync(STAMP)) return null;
  try {
    const built = JSON.parse(readFileSync(STAMP, "utf8"));
    const now = sourcesStamp();
    return built.root === now.root && built.newest === now.newest && built.files === now.files ? COMPILED_MODULE : null;
  } catch {
    return null;
  }
}
