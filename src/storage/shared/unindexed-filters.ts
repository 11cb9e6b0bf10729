/**
 * The filters no index serves, decided on the events once SQL has applied the others: a piece of
 * an actor's name, the words of the source articles (found by the adapter's full-text index, which
 * names articles, not events) and text of the evidence. Substring tests in JavaScript, so that
 * "any case" means the same on every database whatever its collation.
 */

import type { StoredEvent } from "../../core/model.ts";
import type { EventFilter } from "../store.ts";

/**
 * True when `needle` occurs, in any case, in what the sources said of the event (its evidence
 * sentences), its place name or its actors' names: what a reader searching for a village or a
 * group expects to hit.
 */
export function eventMentions(e: StoredEvent, needle: string): boolean {
  const n = needle.toLocaleLowerCase();
  const texts = [e.location?.name, e.actor1, e.actor2, ...e.sources.flatMap((s) => s.evidence.map((ev) => ev.text))];
  return texts.some((t) => t != null && t.toLocaleLowerCase().includes(n));
}

/**
 * The test of the filter's unindexed parts, or null when it has none. `articlesWithText` holds the
 * articles matching `filter.text` (null when the filter has no text).
 */
export function unindexedFilter(filter: EventFilter, articlesWithText: ReadonlySet<string> | null): ((e: StoredEvent) => boolean) | null {
  const tests: Array<(e: StoredEvent) => boolean> = [];
  if (filter.actor) {
    const needle = filter.actor.toLowerCase();
    tests.push((e) => [e.actor1, e.actor2].some((a) => a != null && a.toLowerCase().includes(needle)));
  }
  if (articlesWithText) tests.push((e) => e.sources.some((s) => articlesWithText.has(s.article)));
  const mentions = filter.mentions;
  if (mentions) tests.push((e) => eventMentions(e, mentions));
  return tests.length === 0 ? null : (e) => tests.every((t) => t(e));
}
