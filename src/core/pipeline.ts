import type { Doc } from "./document.ts";

/** What every stage may read besides the document: shared, read-only resources. */
export interface StageContext {
  /** Resources a stage registered under its own name (a gazetteer, a lexicon). */
  readonly resources: ReadonlyMap<string, unknown>;
}

/** One step of the pipeline: reads the document and adds to it. */
export interface Stage {
  name: string;
  run(doc: Doc, ctx: StageContext): void;
}

/** An ordered, copyable list of stages. */
export type Pipeline = readonly Stage[];

/** Runs every stage over the document, in order, and returns it. */
export function runPipeline(pipeline: Pipeline, doc: Doc, ctx: StageContext = { resources: new Map() }): Doc {
  for (const stage of pipeline) stage.run(doc, ctx);
  return doc;
}
