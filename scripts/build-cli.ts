/**
 * Compiles the command line into one module (data/generated/cli/main.mjs) so that it starts fast;
 * bin/sitrep.js uses it only while it matches the sources (see bin/compiled-cli.js).
 * Dependencies stay outside the module, loaded from node_modules as usual. Each source's
 * `import.meta.url` is kept as its own address, since the code finds its data files by it.
 *
 *   npm run build:cli
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
// @ts-expect-error -- a plain JavaScript module shared with bin/sitrep.js
import { COMPILED_MODULE, ROOT, sourcesStamp, stampPath } from "../bin/compiled-cli.js";

const keepModuleAddresses: Plugin = {
  name: "keep-module-addresses",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      return { contents: source.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
    });
  },
};

// The stamp is taken before compiling, so an edit made during the build makes the result stale.
const stamp = sourcesStamp();
await build({
  entryPoints: [join(ROOT as string, "src/interfaces/cli/main.ts")],
  outfile: COMPILED_MODULE as string,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  plugins: [keepModuleAddresses],
  logLevel: "warning",
  legalComments: "none",
});
writeFileSync(stampPath() as string, JSON.stringify(stamp));
console.log(`command line compiled into ${COMPILED_MODULE as string}`);
