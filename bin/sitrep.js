#!/usr/bin/env node
// Entry point: the compiled command line when it matches the sources, else the sources themselves
// through the TypeScript loader.
import { freshCompiledCli } from "./compiled-cli.js";

const compiled = freshCompiledCli();
let main;
if (compiled) {
  ({ main } = await import(compiled));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/interfaces/cli/main.ts"));
}
process.exitCode = await main(process.argv);
