import type { IngestResult } from "../../storage/store.ts";
import type { Logger } from "./logger.ts";

/** The ingest log's line for one article, the same from `sitrep ingest` and `sitrep worker`. */
export function logArticleIngested(logger: Logger, input: string, result: IngestResult): void {
  logger.info(
    {
      input,
      article: result.articleId,
      stored: result.stored,
      events_created: result.eventsCreated,
      events_updated: result.eventsUpdated,
    },
    result.stored ? "article ingested" : "article already stored",
  );
}
