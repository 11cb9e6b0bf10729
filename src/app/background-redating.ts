/**
 * Re-dating the undated articles in the background, for the API server: an article posted is
 * answered once it is stored, and the re-reading its dates allow happens after, one run at a
 * time (a request while one runs asks for one more run, not one each), so that no request waits
 * on other articles' re-reading. Re-dating reads the store afresh each run, so a run asked for
 * late misses nothing.
 */

import type { Store } from "../storage/store.ts";
import { redateArticles, type Reread } from "./redate-articles.ts";

export interface BackgroundRedating {
  /** Asks for a run: started now, or after the one under way. Returns at once. */
  request(): void;
  /** Resolves once no run is under way nor asked for (before closing the store, and in tests). */
  idle(): Promise<void>;
}

/** `onError` hears of an article that could not be re-read (it keeps its readings) or a run that failed. */
export function backgroundRedating(store: Store, read: Reread, onError: (error: Error, articleId?: string) => void): BackgroundRedating {
  let running: Promise<void> | null = null;
  let again = false;

  async function run(): Promise<void> {
    do {
      again = false;
      try {
        await redateArticles(store, read, (articleId, error) => onError(error, articleId));
      } catch (error) {
        onError(error instanceof Error ? error : new Error(String(error)));
      }
    } while (again);
    running = null;
  }

  return {
    request() {
      if (running) again = true;
      // Started on the next turn, so that the request asking is answered first.
      else running = new Promise((resolve) => setImmediate(resolve)).then(run);
    },
    idle() {
      return running ?? Promise.resolve();
    },
  };
}
