/**
 * Every event a filter selects, a page at a time, in listing order (see `EventKey`): the store's
 * keyset paging, each page asked after the last key of the one before. A reader of a whole store
 * (an export) so holds one page at a time, never all of them, and the event loop gets a turn
 * between pages, so that a server goes on answering other requests meanwhile.
 */

import { setImmediate as nextTurn } from "node:timers/promises";
import type { StoredEvent } from "../core/model.ts";
import { eventKey } from "./shared/event-pages.ts";
import type { EventFilter, EventKey, Store } from "./store.ts";

/** Events per page: enough that paging costs little; few enough that what a page leaves behind is collected young (500 a page doubled an export's peak memory), and that a server request given way to (request-activity.ts) waits for little more than a page. */
export const EVENT_PAGE_SIZE = 50;

/** The pages of the events `filter` selects, none empty, in listing order; `pageSize` events each (the last may hold fewer). */
export async function* eventPages(
  store: Pick<Store, "listEvents">,
  filter: EventFilter = {},
  pageSize: number = EVENT_PAGE_SIZE,
): AsyncGenerator<StoredEvent[], void, undefined> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a whole number from 1, not ${pageSize}`);
  let after: EventKey | undefined;
  for (;;) {
    const page = await store.listEvents(filter, after ? { after, limit: pageSize } : { limit: pageSize });
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = eventKey(page[page.length - 1]!);
    await nextTurn();
  }
}
