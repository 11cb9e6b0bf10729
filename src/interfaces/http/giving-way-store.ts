/**
 * The store as a long export reads it in the server: before each page it reads, whether of the
 * events it writes (the cursor's `listEvents`) or of a whole-store scan (`scanEvents`: the JSON
 * export's links and actor registry, the CSV's registry), it waits until the other requests under
 * way are answered (request-activity.ts). The scans read every event again, as long as the events
 * themselves: unchecked, a listing would wait behind them as it did behind the events before.
 */

import type { Store } from "../../storage/store.ts";

export function givingWay(store: Store, quiet: () => Promise<void>): Store {
  async function* scanEvents(): ReturnType<Store["scanEvents"]> {
    await quiet();
    for await (const page of store.scanEvents()) {
      yield page;
      await quiet();
    }
  }
  return {
    ...store,
    async listEvents(filter, page) {
      await quiet();
      return store.listEvents(filter, page);
    },
    scanEvents,
  };
}
