import { DATE_RANK, PLACE_RANK } from "../core/model.ts";
import type { EventType } from "../core/event-types.ts";
import {
  CLAIMED_FIELDS,
  type ArticleEvent,
  type ClaimedField,
  type EventSource,
  type FieldClaim,
  type Range,
  type StoredEvent,
} from "../core/model.ts";

/** One article's report as merging sees it. */
export interface ReportInput {
  articleId: string;
  event: ArticleEvent;
}

/** Actors the texts leave unnamed. */
const UNNAMED = new Set(["Unidentified armed group", "Jihadist militants"]);

/** The most frequent value by key; ties go to the first in the (sorted) input, so the result is order-free. */
function mostCommon<T>(values: T[], key: (v: T) => string, preferOnTie: (v: T) => boolean = () => false): T | null {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { value: T; n: number } | null = null;
  for (const c of counts.values()) {
    if (!best || c.n > best.n || (c.n === best.n && preferOnTie(c.value) && !preferOnTie(best.value))) best = c;
  }
  return best ? best.value : null;
}

/** The range over every source's figure: the lowest minimum, the highest maximum (open when any is open). */
export function widenRanges(ranges: Range[]): Range | null {
  if (ranges.length === 0) return null;
  const mins = ranges.map((r) => r.min ?? 0);
  const open = ranges.some((r) => r.max === null);
  return { min: Math.min(...mins), max: open ? null : Math.max(...ranges.map((r) => r.max ?? 0)) };
}

/** Derives an event's fields from its reports: the best of each field, never typed over. */
export function deriveEvent(
  id: string,
  reports: ReportInput[],
  texts: Map<string, string>,
  /** Article id → the source it copies, for near-duplicate articles. */
  copyOf: ReadonlyMap<string, string> = new Map(),
): StoredEvent {
  const sorted = [...reports].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
  const events = sorted.map((r) => r.event);
  const type = mostCommon(
    events.map((e) => e.type.value),
    (t) => t,
  ) as EventType;

  // A day the text states beats a day assumed from the publication date, which beats coarser periods.
  const dateRank = (d: NonNullable<ArticleEvent["date"]>) => DATE_RANK[d.value.precision] * 2 + (d.source === "publication-date" ? 1 : 0);
  const stated = events.flatMap((e) => (e.date ? [e.date] : []));
  const bestDateRank = Math.min(...stated.map(dateRank));
  const date = mostCommon(
    stated.filter((d) => dateRank(d) === bestDateRank).map((d) => d.value),
    (d) => `${d.start}/${d.end}`,
  );

  const places = events.flatMap((e) => (e.location ? [e.location.value] : []));
  const located = places.filter((p) => p.lat !== null);
  const pool = located.length ? located : places;
  const bestPlaceRank = Math.min(...pool.map((p) => PLACE_RANK[p.precision]));
  const location = mostCommon(
    pool.filter((p) => PLACE_RANK[p.precision] === bestPlaceRank),
    (p) => `${p.name}|${p.country}`,
  );

  // A named group outranks "gunmen" or "militants" that another outlet left unnamed.
  const actors1 = events.flatMap((e) => (e.actor1 ? [e.actor1.value] : []));
  const named1 = actors1.filter((a) => !UNNAMED.has(a.name.replace(/ \(.*\)$/, "")));
  const actor1 = mostCommon(named1.length ? named1 : actors1, (a) => a.name);
  // Outlets split on the side acted on: a group named beside the perpetrator (its allegiance,
  // "affiliated with the Islamic State") is read by some as its target. Another kind of side than
  // the perpetrator's (the civilians, the soldiers it attacked) wins the tie.
  const actor2 = mostCommon(
    events.flatMap((e) => (e.actor2 ? [e.actor2.value] : [])),
    (a) => a.name,
    (a) => actor1 !== null && a.kind !== actor1.kind,
  );
  const fatalities = widenRanges(events.flatMap((e) => (e.fatalities ? [e.fatalities.value] : [])));
  const injuredValues = events.flatMap((e) => (e.injured && e.injured.value.min !== null ? [e.injured.value.min] : []));

  const bySource = new Map<string, EventSource>();
  for (const r of sorted) {
    const text = texts.get(r.articleId) ?? "";
    const original = copyOf.get(r.articleId);
    const source: EventSource = bySource.get(r.articleId) ?? {
      article: r.articleId,
      evidence: [],
      ...(original ? { copy_of: original } : {}),
    };
    for (const s of r.event.evidence) source.evidence.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    bySource.set(r.articleId, source);
  }

  const claims = Object.fromEntries(CLAIMED_FIELDS.map((field) => [field, [] as FieldClaim[]])) as Record<ClaimedField, FieldClaim[]>;
  for (const r of sorted) {
    const text = texts.get(r.articleId) ?? "";
    for (const field of CLAIMED_FIELDS) {
      const f = r.event[field === "location" ? "location" : field];
      if (!f) continue;
      claims[field].push({
        article: r.articleId,
        value: f.value,
        evidence: { start: f.span.start, end: f.span.end, text: text.slice(f.span.start, f.span.end) },
        rule: f.source,
        ...(f.implied ? { implied: true } : {}),
      });
    }
  }
  const disagreements = CLAIMED_FIELDS.filter((field) => new Set(claims[field].map((c) => claimKey(field, c.value))).size > 1);

  const operation = mostCommon(
    events.flatMap((e) => (e.operation ? [e.operation] : [])),
    (o) => o,
  );
  return {
    id,
    ...(operation ? { operation } : {}),
    type,
    date: date ? date.start : null,
    date_precision: date ? date.precision : null,
    date_end: date && date.end !== date.start ? date.end : null,
    location: location ?? null,
    actor1: actor1 ? actor1.name : null,
    actor2: actor2 ? actor2.name : null,
    fatalities,
    injured: injuredValues.length ? Math.max(...injuredValues) : null,
    sources: [...bySource.values()],
    independent_sources: new Set([...bySource.keys()].map((article) => copyOf.get(article) ?? article)).size,
    claims,
    disagreements,
    status: "machine",
    version: 1,
  };
}

/** What counts as the same value: a place by name and country, an actor by name, the rest as written. */
function claimKey(field: ClaimedField, value: unknown): string {
  if (field === "location") {
    const p = value as { name: string; country: string | null };
    return `${p.name}|${p.country}`;
  }
  if (field === "actor1" || field === "actor2") return (value as { name: string }).name;
  return JSON.stringify(value);
}
