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
import type { GroupingConstraints } from "../storage/merge-repository.ts";
import { MERGE_THRESHOLD, twoVillages, namesIn, scoreFacts, factsOfReport, type EventFacts } from "./match-report.ts";

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
  /** Its article's story keys (see story-keys.ts). */
  story?: readonly string[];
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
    scored = {
      ref,
      facts: factsOfReport(ref.event, ref.articleId, namesIn(ref.evidenceText), ref.articleDay ?? null, ref.evidenceText, ref.story),
    };
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

const NO_CONSTRAINTS: GroupingConstraints = { together: [], apart: [] };

/**
 * The events of a set of reports, each a list of reports sorted by id; events sorted by their
 * first report's id. The same set in any order gives the same groups. Reviewers' merges are
 * joined first; then pairs best first, never joining two reports of one article nor two a
 * reviewer split apart.
 */
export function clusterReports(reports: readonly ReportRef[], constraints: GroupingConstraints = NO_CONSTRAINTS): ReportRef[][] {
  const items = [...reports].sort((a, b) => compareIds(a.id, b.id)).map(prepare);
  const position = new Map(items.map((item, i) => [item.ref.id, i]));
  const pairs: Array<{ i: number; j: number; score: number; dayApart: boolean }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const score = scorePrepared(items[i]!, items[j]!);
      if (score !== null && score >= MERGE_THRESHOLD) pairs.push({ i, j, score, dayApart: dayApart(items[i]!.ref, items[j]!.ref) });
    }
  }
  // Reports of one day are joined before reports a day apart, so that each day's reports have
  // agreed on their incidents before an outlet's other day is weighed (see daysDisagree).
  pairs.sort((x, y) => Number(x.dayApart) - Number(y.dayApart) || y.score - x.score || x.i - y.i || x.j - y.j);

  // Union-find over report positions, each group remembering its articles and its members.
  const parent = items.map((_, i) => i);
  const articles = items.map((item) => new Set([item.ref.articleId]));
  const members = items.map((_, i) => new Set([i]));
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const apart = new Map<number, number[]>();
  for (const [x, y] of constraints.apart) {
    const i = position.get(x);
    const j = position.get(y);
    if (i === undefined || j === undefined) continue;
    apart.set(i, [...(apart.get(i) ?? []), j]);
    apart.set(j, [...(apart.get(j) ?? []), i]);
  }
  const keptApart = (a: number, b: number): boolean => [...members[a]!].some((m) => (apart.get(m) ?? []).some((o) => members[b]!.has(o)));
  // Two groups whose reports each agree on a day, not the same one, are two incidents a day apart
  // (one town shelled two days running), not one incident an outlet misdated.
  const days = items.map((item) => (item.ref.event.date?.value.precision === "day" ? item.ref.event.date.value.start : null));
  const agreedDays = (group: ReadonlySet<number>): Set<string> => {
    const seen = new Set<string>();
    const agreed = new Set<string>();
    for (const m of group) {
      const day = days[m];
      if (!day) continue;
      if (seen.has(day)) agreed.add(day);
      seen.add(day);
    }
    return agreed;
  };
  const daysDisagree = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => {
    const da = agreedDays(a);
    const db = agreedDays(b);
    return da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d));
  };
  // Two groups holding reports of two villages by two names, or two days the texts state (not
  // read from the publication date) further apart than a day, stay apart, however well a vaguer
  // third report (an undated "on Tuesday" at one town) agrees with each.
  const statedDays = items.map((item) => {
    const d = item.ref.event.date;
    return d && !d.implied && d.value.precision === "day" ? Date.parse(d.value.start) : null;
  });
  const daysStatedApart = (i: number, j: number): boolean => {
    const di = statedDays[i];
    const dj = statedDays[j];
    return di != null && dj != null && Math.abs(di - dj) > ONE_DAY;
  };
  const groupsContradict = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean =>
    [...a].some((i) => [...b].some((j) => daysStatedApart(i, j) || twoVillages(items[i]!.facts, items[j]!.facts)));
  const join = (a: number, b: number): void => {
    const [keep, drop] = a < b ? [a, b] : [b, a];
    parent[drop] = keep;
    for (const article of articles[drop]!) articles[keep]!.add(article);
    for (const m of members[drop]!) members[keep]!.add(m);
  };
  const together = constraints.together
    .map(([x, y]) => [position.get(x), position.get(y)] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined)
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [i, j] of together) {
    const a = root(i);
    const b = root(j);
    if (a !== b && !keptApart(a, b)) join(a, b);
  }
  for (const { i, j } of pairs) {
    const a = root(i);
    const b = root(j);
    if (a === b) continue;
    // One article never reports one incident as two: its reports stay apart.
    if ([...articles[b]!].some((article) => articles[a]!.has(article))) continue;
    if (keptApart(a, b)) continue;
    if (daysDisagree(members[a]!, members[b]!)) continue;
    if (groupsContradict(members[a]!, members[b]!)) continue;
    join(a, b);
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

const ONE_DAY = 86_400_000;

/** Both dated to a day, not the same one. */
function dayApart(a: ReportRef, b: ReportRef): boolean {
  const da = a.event.date?.value;
  const db = b.event.date?.value;
  return da?.precision === "day" && db?.precision === "day" && da.start !== db.start;
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
