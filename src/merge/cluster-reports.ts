/**
 * Groups reports (one article's account of one incident) into events. The grouping depends only
 * on the set of reports, never on the order they arrived in: every pair that could be one
 * incident is scored, and pairs are joined best first (ties broken by report id), never joining
 * two reports of the same article, which the extractor already told apart.
 *
 * Because joins only happen along pairs that clear the threshold, the reports connected by such
 * pairs (a component) can be grouped on their own: a new article only regroups the component it
 * touches, and the result is the same as grouping the whole store at once.
 */

import type { ArticleEvent } from "../core/model.ts";
import { MERGE_THRESHOLD, namesIn, scoreFacts, factsOfReport, type EventFacts } from "./match-report.ts";

/** One stored report, as grouping sees it. */
export interface ReportRef {
  /** Stable and unique: "articleId#index". */
  id: string;
  articleId: string;
  event: ArticleEvent;
  /** The report's evidence sentences, for the names two outlets share. */
  evidenceText: string;
  /** The day its article appeared (or was dated by another source): an undated incident came before it. */
  articleDay?: string | null;
}

/** Reports with what scoring reads from them worked out once. */
interface Scored {
  ref: ReportRef;
  facts: EventFacts;
}

/** Facts already worked out, per report object: blocking scores one report against many. */
const prepared = new WeakMap<ReportRef, Scored>();

/** Prepared reports: scoring reads facts, which are worked out once per report. */
export function prepare(ref: ReportRef): Scored {
  let scored = prepared.get(ref);
  if (scored === undefined) {
    scored = { ref, facts: factsOfReport(ref.event, ref.articleId, namesIn(ref.evidenceText), ref.articleDay ?? null) };
    prepared.set(ref, scored);
  }
  return scored;
}

/** How likely two reports tell of one incident; null when they contradict. */
export function scoreReports(a: ReportRef, b: ReportRef): number | null {
  return scorePrepared(prepare(a), prepare(b));
}

function scorePrepared(a: Scored, b: Scored): number | null {
  if (a.ref.articleId === b.ref.articleId) return null;
  return scoreFacts(a.facts, b.facts);
}

/** True when the two reports are similar enough to be joined into one event. */
export function couldJoin(a: ReportRef, b: ReportRef): boolean {
  const s = scoreReports(a, b);
  return s !== null && s >= MERGE_THRESHOLD;
}

/**
 * The events of a set of reports, each a list of reports sorted by id; events sorted by their
 * first report's id. The same set in any order gives the same groups.
 */
export function clusterReports(reports: readonly ReportRef[]): ReportRef[][] {
  const items = [...reports].sort((a, b) => compareIds(a.id, b.id)).map(prepare);
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const score = scorePrepared(items[i]!, items[j]!);
      if (score !== null && score >= MERGE_THRESHOLD) pairs.push({ i, j, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  // Union-find over report positions, each group remembering the articles it holds.
  const parent = items.map((_, i) => i);
  const articles = items.map((item) => new Set([item.ref.articleId]));
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const { i, j } of pairs) {
    const a = root(i);
    const b = root(j);
    if (a === b) continue;
    // One article never reports one incident as two: its reports stay apart.
    if ([...articles[b]!].some((article) => articles[a]!.has(article))) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    parent[drop] = keep;
    for (const article of articles[drop]!) articles[keep]!.add(article);
  }

  const groups = new Map<number, ReportRef[]>();
  items.forEach((item, i) => {
    const r = root(i);
    const list = groups.get(r);
    if (list) list.push(item.ref);
    else groups.set(r, [item.ref]);
  });
  return [...groups.values()].sort((a, b) => compareIds(a[0]!.id, b[0]!.id));
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
