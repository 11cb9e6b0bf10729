/** What each adapter's read queries (`sqlite/read-queries.ts`, `postgres/read-queries.ts`) give the store. */
import type { Store } from "./store.ts";

export type ReadQueries = Pick<
  Store,
  | "undatedReports"
  | "scanEvents"
  | "statedLinks"
  | "actorRelations"
  | "getArticle"
  | "findArticleByHash"
  | "countArticles"
  | "getEvent"
  | "listClaims"
  | "listQuotes"
  | "listChanges"
>;
