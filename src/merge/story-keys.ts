/**
 * What an article's story is about, as keys two outlets' articles on one story share: the towns
 * its incidents happened in, the persons killed or acting, the operations named. Two articles that
 * share one (both tell of the strike that killed one commander) tell the same day's story: their
 * other reports of that day, in that country, are likely one incident each too, even when neither
 * names a town for it ("a strike in southern Lebanon"). Reports keep their article's keys.
 */

import type { ArticleEvent, PlaceValue } from "../core/model.ts";
import { personNameUnits } from "../actors/person-name-units.ts";
import { loosePlaceKey } from "../geo/place-key.ts";
import { sameName } from "./place-agreement.ts";

/** A town or village (placed at it or no finer than its province), not a province or a country. */
function townKey(place: PlaceValue): string | null {
  if (place.precision === "region" || place.precision === "country") return null;
  if (place.admin1 !== null && sameName(place.name, place.admin1)) return null;
  const key = loosePlaceKey(place.name);
  return key.length >= 3 ? `town:${place.country ?? "?"}:${key}` : null;
}

/** A person by first and last name, folded (one spelling for "Wissam Hassan al-Tawil" and "Wisam Tawil"). */
function personKey(name: string): string | null {
  const units = personNameUnits(name.replace(/\s*\(.*\)$/, ""));
  return units.length >= 2 ? `person:${units[0]}:${units.at(-1)}` : null;
}

/** The story keys of an article's reports, sorted. */
export function storyKeysOf(reports: readonly ArticleEvent[]): string[] {
  const keys = new Set<string>();
  for (const r of reports) {
    const place = r.location?.value;
    const town = place ? townKey(place) : null;
    if (town) keys.add(town);
    for (const actor of [r.actor1, r.actor2]) {
      const key = actor && actor.value.kind === "person" ? personKey(actor.value.name) : null;
      if (key) keys.add(key);
    }
    if (r.operation) keys.add(`operation:${r.operation.toLowerCase()}`);
  }
  return [...keys].sort();
}

/** True when two articles' keys meet. */
export function shareStory(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(a);
  return b.some((k) => set.has(k));
}
