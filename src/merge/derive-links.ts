/**
 * Links that follow from other links. Strikes that each retaliate for the same incident belong to
 * one campaign: each is linked to the one before it ("same_campaign"), so a researcher can walk a
 * campaign from the incident that set it off to its latest strike.
 */

import type { StoredLink } from "../core/model.ts";
import { compareIds } from "./cluster-reports.ts";

/** The event's date (YYYY-MM-DD) or null, by event id. */
export type EventDates = ReadonlyMap<string, string | null>;

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
