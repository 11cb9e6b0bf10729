import type { Doc } from "./document.ts";

/**
 * One step of the pipeline: reads the document and adds to it. A stage's options go to the
 * factory that makes it; the read-only data stages share (gazetteer, lexicons) is loaded once per
 * process by the module that owns it (`loadGazetteer()`, the lexicon readers), so a run needs
 * nothing besides the document.
 */
export interface Stage {
  name: string;
  run(doc: Doc): void;
}

/** An ordered, copyable list of stages. */
export type Pipeline = readonly Stage[];

/** Runs every stage over the document, in order, and returns it. */
export function runPipeline(pipeline: Pipeline, doc: Doc): Doc {
  for (const stage of pipeline) stage.run(doc);
  return doc;
}
