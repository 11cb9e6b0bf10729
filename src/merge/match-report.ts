import { familyOf } from "../core/event-types.ts";
import type { ArticleEvent, Range, StoredEvent } from "../core/model.ts";
import { greatCircleKm } from "../geo/great-circle-distance.ts";

/** A stored event that a new report might belong to, with the articles already reporting it. */
export interface MergeCandidate {
  event: StoredEvent;
  articleIds: string[];
}

/** A region ("southern Iran") or a province is wide: a town up to this far away may lie inside it. */
const REGION_KM = 700;
const DAY = 86_400_000;

function interval(start: string, end: string): [number, number] {
  return [Date.parse(start), Date.parse(end)];
}

const VIOLENT = new Set(["battles", "remote", "civilians"]);

/** Two tolls that overlap: outlets that agree on the dead most likely speak of one incident. */
function tollsAgree(a: Range | null, b: Range | null): number {
  if (!a || !b) return 0;
  const lo = (r: Range) => r.min ?? 0;
  const hi = (r: Range) => r.max ?? Infinity;
  if (lo(a) > hi(b) || lo(b) > hi(a)) return 0;
  return Math.min(lo(a), lo(b)) >= 3 ? 0.75 : 0.5;
}

/**
 * Scores how likely a new report tells of a stored event; null when they contradict (another
 * day, another country, far apart, another kind of act, or the same article). Outlets code one
 * incident differently (an ambush is an "attack" to one, a "clash" to another), so types of
 * violence only lower the score; the date, the place, the toll and the actors must then agree.
 */
export function scoreMatch(
  report: ArticleEvent,
  articleId: string,
  candidate: MergeCandidate,
  reportNames: Set<string> = new Set(),
): number | null {
  const ev = candidate.event;
  if (candidate.articleIds.includes(articleId)) return null;
  const rf = familyOf(report.type.value);
  const ef = familyOf(ev.type);
  let score: number;
  if (report.type.value === ev.type) score = 1;
  else if (rf === ef) score = 0.5;
  else if (VIOLENT.has(rf) && VIOLENT.has(ef)) score = 0.2;
  else return null;

  const rd = report.date?.value;
  if (rd && ev.date) {
    const [a0, a1] = interval(rd.start, rd.end);
    const [b0, b1] = interval(ev.date, ev.date_end ?? ev.date);
    if (a0 > b1 + DAY || a1 < b0 - DAY) return null;
    score += rd.precision === "day" && ev.date_precision === "day" ? (a0 === b0 ? 1 : 0.5) : 0.5;
  }

  const rp = report.location?.value;
  const ep = ev.location;
  if (rp?.country && ep?.country && rp.country !== ep.country) return null;
  if (rp && ep && rp.lat !== null && rp.lon !== null && ep.lat !== null && ep.lon !== null) {
    const d = greatCircleKm({ lat: rp.lat, lon: rp.lon }, { lat: ep.lat, lon: ep.lon });
    const coarse = [rp.precision, ep.precision].some((p) => p === "region" || p === "country" || p === "admin1");
    if (d > (coarse ? REGION_KM : 60)) return null;
    score += coarse ? 0.4 : 1 - d / 60;
  }
  if (rp && ep && rp.name.toLowerCase() === ep.name.toLowerCase()) score += 0.5;
  score += tollsAgree(report.fatalities?.value ?? null, ev.fatalities);
  // "Unidentified armed group" on both sides says nothing about their being one incident.
  if (report.actor1 && ev.actor1 && report.actor1.value.name === ev.actor1 && !report.actor1.implied) score += 0.5;
  if (report.actor2 && ev.actor2 && report.actor2.value.name === ev.actor2) score += 0.5;
  score += namesShared(reportNames, namesIn(ev.sources.flatMap((src) => src.evidence.map((e) => e.text)).join(" ")));
  return score;
}

/** Capitalised words inside sentences that are not names of anything in particular. */
const COMMON = new Set(
  "The A An In On At Of And But For After Before During While When Since According It He She They We His Her Their This That These Those There Its Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/**
 * The names a text uses (capitalised words not opening a sentence, folded to lower case): the
 * places, people and groups two reports of one incident share whatever else they disagree on.
 */
export function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll},;:]\s+|[\p{L}]\s+\()(\p{Lu}[\p{L}'’-]{2,})/gu)) {
    const w = m[1]!.replace(/['’]s$/u, "");
    if (!COMMON.has(w)) names.add(w.toLowerCase());
  }
  return names;
}

/**
 * Up to a point and a half for the share of names two reports have in common (over the smaller
 * set): two outlets naming the same people and places most likely tell of one incident.
 */
function namesShared(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const n of a) if (b.has(n)) shared++;
  if (shared < 2) return 0;
  return (1.5 * shared) / Math.min(a.size, b.size);
}

/** The minimum score for a merge: more than a shared type needs to agree. */
export const MERGE_THRESHOLD = 2;

/** The best-matching candidate for a report, or null when none is convincing. */
export function matchReport(report: ArticleEvent, articleId: string, candidates: MergeCandidate[], reportText = ""): MergeCandidate | null {
  let best: { c: MergeCandidate; s: number } | null = null;
  const names = namesIn(reportText);
  for (const c of candidates) {
    const s = scoreMatch(report, articleId, c, names);
    if (s === null || s < MERGE_THRESHOLD) continue;
    if (!best || s > best.s || (s === best.s && c.event.id < best.c.event.id)) best = { c, s };
  }
  return best ? best.c : null;
}
