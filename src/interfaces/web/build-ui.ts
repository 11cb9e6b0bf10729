/**
 * Bundles the analysts' web application into one directory the server serves as it is: the
 * script (esbuild, from the TSX under app/), the page and style sheet (static/), and the basemap:
 * Natural Earth country shapes from the world-atlas package, projected here (`project-basemap.ts`),
 * so the map needs no tile server and the browser no projecting of coastlines.
 */

import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { projectBasemap } from "./project-basemap.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));

/** Where `sitrep serve` looks for the built application unless told otherwise. */
export const DEFAULT_UI_DIRECTORY = fileURLToPath(new URL("../../../data/generated/ui/", import.meta.url));

export async function buildUi(outDir: string = DEFAULT_UI_DIRECTORY, options: { minify?: boolean } = {}): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(HERE, "app/main.tsx")],
    outfile: join(outDir, "app.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: options.minify ?? true,
    sourcemap: "linked",
    legalComments: "linked",
    logLevel: "warning",
  });
  for (const file of readdirSync(join(HERE, "static"))) copyFileSync(join(HERE, "static", file), join(outDir, file));
  writeFileSync(join(outDir, "basemap.json"), JSON.stringify(projectBasemap()));
}
