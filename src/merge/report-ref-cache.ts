/**
 * Reports as grouping reads them, kept between regroupings: blocking compares a new report with
 * the same recent reports again and again, and reading each anew (its JSON, its article's text,
 * the facts scoring works out) cost more than the comparing. An entry is used only while the
 * stored row and its article's day are what it was made from, so a report re-read from its
 * article, or an article dated since, is read afresh. The oldest entries go first past a bound,
 * which keeps memory flat however large the store.
 */

import type { ReportRef } from "./cluster-reports.ts";

/** Enough for the reports of several weeks of a busy theatre; each entry is a few kilobytes. */
const MAX_ENTRIES = 5_000;

interface Entry {
  data: string;
  articleDay: string | null;
  ref: ReportRef;
}

export class ReportRefCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  /** The report read from `data` when its article's day was `articleDay`, if kept. */
  get(id: string, data: string, articleDay: string | null): ReportRef | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.data !== data || entry.articleDay !== articleDay) {
      this.entries.delete(id);
      return undefined;
    }
    // Most recently used last, so that the first entry is the one to drop.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.ref;
  }

  set(id: string, data: string, articleDay: string | null, ref: ReportRef): void {
    this.entries.delete(id);
    this.entries.set(id, { data, articleDay, ref });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
