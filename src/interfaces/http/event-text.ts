import type { StoredEvent } from "../../core/model.ts";

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
