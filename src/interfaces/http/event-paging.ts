import type { StoredEvent } from "../../core/model.ts";

/** Where a page ended: the sort key of its last event. Undated events sort first, as "". */
type PageKey = [date: string, id: string];

function keyOf(e: StoredEvent): PageKey {
  return [e.date ?? "", e.id];
}

/** Code-unit comparison, not locale comparison, so that sorting and resuming from a cursor agree exactly. */
function compareKeys(a: PageKey, b: PageKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** The opaque cursor of a key: base64url JSON, so that clients do not build cursors themselves. */
export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The key a cursor holds, or null when the string is not a cursor this API returned. */
export function decodeCursor(cursor: string): PageKey | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === "string" && typeof key[1] === "string") return [key[0], key[1]];
  } catch {
    // Not JSON: not one of ours.
  }
  return null;
}

/**
 * One page of events ordered by date then id, starting after the cursor's key. Paging by key
 * rather than offset keeps pages from overlapping or skipping when events are added between requests.
 */
export function pageOf(events: readonly StoredEvent[], limit: number, cursor?: string): { items: StoredEvent[]; next: string | null } {
  const after = cursor === undefined ? null : decodeCursor(cursor);
  const rest = [...events]
    .sort((a, b) => compareKeys(keyOf(a), keyOf(b)))
    .filter((e) => after === null || compareKeys(keyOf(e), after) > 0);
  const items = rest.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rest.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
