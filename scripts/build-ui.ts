/**
 * Builds the web application into data/generated/ui (or --out DIR), which `sitrep serve` serves.
 *
 *   npm run build:ui [-- --out DIR] [-- --no-minify]
 */

import { buildUi, DEFAULT_UI_DIRECTORY } from "../src/interfaces/web/build-ui.ts";

const argv = process.argv.slice(2);
const out = argv.includes("--out") ? argv[argv.indexOf("--out") + 1]! : DEFAULT_UI_DIRECTORY;
await buildUi(out, { minify: !argv.includes("--no-minify") });
console.log(`web UI built in ${out}`);
