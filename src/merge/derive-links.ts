/**
 * Links that follow from other links. Strikes that each retaliate for the same incident belong to
 * one campaign: each is linked to the one before it ("same_campaign"), so a researcher can walk a
 * campaign from the incident that set it off to its latest strike.
 */

import type { StoredEvent, StoredLink } from "../core/model.ts";
import { compareIds } from "./cluster-reports.ts";

/** The event's date (YYYY-MM-DD) or null, by event id. */
export type EventDates = ReadonlyMap<string, string | null>;

/** What chaining an operation reads of an event (a part of a stored event will do). */
export type OperationEvent = Pick<StoredEvent, "id" | "date" | "operation" | "sources">;

/**
 * Events sources put in one named operation: each linked to the one before it. The evidence is
 * the later event's first source's first sentence, which names the operation or tells the event.
 */
export function operationLinks(events: readonly OperationEvent[], existing: readonly StoredLink[]): StoredLink[] {
  const byOperation = new Map<string, OperationEvent[]>();
  for (const e of events) {
    if (!e.operation) continue;
    const list = byOperation.get(e.operation);
    if (list) list.push(e);
    else byOperation.set(e.operation, [e]);
  }
  const seen = new Set(existing.map((l) => `${l.from}>${l.to}>${l.relation}`));
  const out: StoredLink[] = [];
  for (const members of byOperation.values()) {
    const ordered = [...members].sort((a, b) => compareIds(a.date ?? "", b.date ?? "") || compareIds(a.id, b.id));
    for (let i = 1; i < ordered.length; i++) {
      const later = ordered[i]!;
      const key = `${later.id}>${ordered[i - 1]!.id}>same_campaign`;
      const source = later.sources[0];
      if (seen.has(key) || !source?.evidence[0]) continue;
      seen.add(key);
      out.push({
        from: later.id,
        to: ordered[i - 1]!.id,
        relation: "same_campaign",
        article: source.article,
        evidence: source.evidence[0],
      });
    }
  }
  return out;
}

/** The campaign links implied by `links`, none of which is already among them. */
export function campaignLinks(links: readonly StoredLink[], dates: EventDates): StoredLink[] {
  const bySource = new Map<string, StoredLink[]>();
  for (const link of links) {
    if (link.relation !== "retaliation_for") continue;
    const list = bySource.get(link.to);
    if (list) list.push(link);
    else bySource.set(link.to, [link]);
  }
  const existing = new Set(links.map((l) => `${l.from}>${l.to}>${l.relation}`));
  const out: StoredLink[] = [];
  for (const retaliations of bySource.values()) {
    // One link per retaliating event (the first by article), ordered by date, then id.
    const first = new Map<string, StoredLink>();
    for (const l of [...retaliations].sort((a, b) => compareIds(a.article, b.article))) if (!first.has(l.from)) first.set(l.from, l);
    const ordered = [...first.values()].sort(
      (a, b) => compareIds(dates.get(a.from) ?? "", dates.get(b.from) ?? "") || compareIds(a.from, b.from),
    );
    for (let i = 1; i < ordered.length; i++) {
      const later = ordered[i]!;
      const earlier = ordered[i - 1]!;
      const key = `${later.from}>${earlier.from}>same_campaign`;
      if (existing.has(key)) continue;
      existing.add(key);
      out.push({ from: later.from, to: earlier.from, relation: "same_campaign", article: later.article, evidence: later.evidence });
    }
  }
  return out;
}
