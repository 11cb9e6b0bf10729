import type { StoredEvent } from "../../core/model.ts";
import { eventKey } from "../../storage/shared/event-pages.ts";
import type { EventKey } from "../../storage/store.ts";

/** The opaque cursor of a key: base64url JSON of [date, id], so that clients do not build cursors themselves. */
export function encodeCursor(key: EventKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The key a cursor holds, or null when the string is not a cursor this API returned. */
export function decodeCursor(cursor: string): EventKey | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === "string" && typeof key[1] === "string") return [key[0], key[1]];
  } catch {
    // Not JSON: not one of ours.
  }
  return null;
}

/**
 * The slice of a listing to ask the store for: `limit` events after the cursor's key, and one
 * more, which only tells whether a next page exists. Paging by key rather than offset keeps
 * pages from overlapping or skipping when events are added between requests.
 */
export function pageRequest(limit: number, cursor?: string): { after?: EventKey; limit: number } {
  const after = cursor === undefined ? null : decodeCursor(cursor);
  return after ? { after, limit: limit + 1 } : { limit: limit + 1 };
}

/** The page shown of what `pageRequest` fetched: at most `limit` events, and the cursor of the rest if any. */
export function pageOf(fetched: readonly StoredEvent[], limit: number): { items: StoredEvent[]; next: string | null } {
  const items = fetched.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: fetched.length > limit && last ? encodeCursor(eventKey(last)) : null };
}
