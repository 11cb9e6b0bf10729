/**
 * Links an article states to an incident it names only by its victim ("in response to the killing
 * of X"): the event is found among the stored ones, whoever reported it.
 */

import type { StoredEvent, StoredLink } from "../core/model.ts";
import type { StoredReference } from "../storage/merge-repository.ts";
import { compareIds } from "./cluster-reports.ts";

/** What resolving reads of an event: its id, its date and the values its sources give as actor2 (a part of a stored event will do). */
export type ReferableEvent = Pick<StoredEvent, "id" | "date"> & {
  readonly claims?: { readonly actor2?: ReadonlyArray<{ readonly value: unknown }> };
};

/** How far back a victim's killing is looked for, in days. */
const LOOKBACK_DAYS = 120;

/**
 * The links the references point to: the latest event before the referring one whose victim
 * (actor2, in any source's claim) is the person named. References that find nothing are left out.
 */
export function resolveReferences(
  references: readonly StoredReference[],
  events: readonly ReferableEvent[],
  samePerson: (a: string, b: string) => boolean,
): StoredLink[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: StoredLink[] = [];
  for (const ref of [...references].sort((a, b) => compareIds(a.article, b.article) || compareIds(a.fromEvent, b.fromEvent))) {
    const from = byId.get(ref.fromEvent);
    if (!from) continue;
    const candidates = events.filter(
      (e) =>
        e.id !== from.id &&
        before(e, from) &&
        (e.claims?.actor2 ?? []).some((c) => samePerson(personName((c.value as { name: string }).name), ref.victim)),
    );
    const target = candidates.sort((a, b) => compareIds(b.date ?? "", a.date ?? "") || compareIds(a.id, b.id))[0];
    if (!target) continue;
    if (out.some((l) => l.from === from.id && l.to === target.id && l.relation === ref.relation)) continue;
    out.push({ from: from.id, to: target.id, relation: ref.relation, article: ref.article, evidence: ref.evidence });
  }
  return out;
}

/** "Wissam Tawil (Hezbollah affiliate)" → "Wissam Tawil". */
function personName(actorName: string): string {
  return actorName.replace(/\s*\(.*\)$/, "").trim();
}

/** The target happened on or before the referring event, within the look-back (undated: allowed). */
function before(target: ReferableEvent, from: ReferableEvent): boolean {
  if (!target.date || !from.date) return true;
  const gap = (Date.parse(from.date) - Date.parse(target.date)) / 86_400_000;
  return gap >= 0 && gap <= LOOKBACK_DAYS;
}
