import type { Article } from "../core/article.ts";
import { createDoc, type Doc } from "../core/document.ts";
import type { Extraction } from "../core/model.ts";
import { runPipeline, type Pipeline } from "../core/pipeline.ts";
import { cleanStage } from "./clean/clean-stage.ts";
import { eventsStage } from "./events/events-stage.ts";
import { mentionsStage } from "./mentions/mentions-stage.ts";
import { relationsStage } from "./relations/relations-stage.ts";
import { segmentStage } from "./segment/segment-stage.ts";

/** The stages in order: clean, segment, mentions (with dates and places), events, actor relations. */
export function createDefaultPipeline(): Pipeline {
  return [cleanStage(), segmentStage(), mentionsStage(), eventsStage(), relationsStage()];
}

const defaultPipeline = createDefaultPipeline();

/** Runs the pipeline over one article and returns the whole document (for `sitrep extract`). */
export function analyse(article: Article, pipeline: Pipeline = defaultPipeline): Doc {
  return runPipeline(pipeline, createDoc(article));
}

/** What one article yields: pure, no I/O. */
export function extract(article: Article, pipeline: Pipeline = defaultPipeline): Extraction {
  const doc = analyse(article, pipeline);
  return {
    mentions: doc.mentions,
    events: doc.events,
    claims: doc.claims,
    quotes: doc.quotes,
    links: doc.links,
    references: doc.references,
    actorRelations: doc.actorRelations,
  };
}
