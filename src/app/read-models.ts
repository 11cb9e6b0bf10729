/**
 * What the application derives the same way from any store's rows: dating hints for undated
 * articles, the links that follow from stated ones, the actor registry, and an event in detail
 * with its links. Stores fetch rows (`storage/shared/read-rows.ts`); these functions decide.
 */

import { actorRegistryBuilder, type ActorRegistry, type ActorSighting, type RegistryOptions } from "../actors/actor-registry.ts";
import { samePerson } from "../actors/person-name-key.ts";
import type { ArticleEvent, StatedActorRelation, StoredEvent, StoredLink } from "../core/model.ts";
import { campaignLinks, operationLinks, type OperationEvent } from "../merge/derive-links.ts";
import { resolveReferences, type ReferableEvent } from "../merge/resolve-references.ts";
import { isoDay, parseIsoDay, weekdayOnOrBefore } from "../stages/dates/calendar.ts";
import { actorByAliasOrName } from "../actors/actor-lexicon.ts";
import type { StoredReference } from "../storage/merge-repository.ts";
import type { DatingRow, EventScan } from "../storage/shared/read-rows.ts";
import type { EventRecord, Store } from "../storage/store.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * An undated article's reference day (the day of an incident it reports, which it appeared on or
 * after) and the day to read it against as its publication: a dated source's day within the week
 * after, when there is one, so that a weekday it names after the incident ("buried on Thursday") is
 * the Thursday just gone, not the one a week before it.
 */
export interface DatingHint {
  articleId: string;
  date: string;
  readAgainst: string;
}

/**
 * Undated articles one of whose incidents another source has dated: an incident the article
 * places "on Tuesday" that is merged with an event dated to a Tuesday fixes the article's
 * reference day, against which its other relative dates can be read. When the event itself has
 * no day (no source states one), a dated article reporting it still bounds it: the incident is
 * the last such weekday on or before that article appeared, as a reader of both would take it.
 */
export function datingHintsFrom(rows: ReadonlyArray<DatingRow>): DatingHint[] {
  const best = new Map<string, DatingHint>();
  for (const r of rows) {
    const report = JSON.parse(r.report) as ArticleEvent;
    const event = JSON.parse(r.event) as StoredEvent;
    if (!report.weekday || report.date) continue;
    let day: string | null = null;
    if (event.date && event.date_precision === "day") {
      if (WEEKDAYS[new Date(`${event.date}T00:00:00Z`).getUTCDay()] === report.weekday) day = event.date;
    } else if (!event.date && r.sibling_published) {
      const published = parseIsoDay(r.sibling_published);
      const dow = WEEKDAYS.indexOf(report.weekday);
      if (published !== null && dow >= 0) day = isoDay(weekdayOnOrBefore(published, dow));
    }
    if (!day) continue;
    // The article was written on or after every incident it dates this way: the latest day stands.
    if ((best.get(r.article_id)?.date ?? "") < day)
      best.set(r.article_id, { articleId: r.article_id, date: day, readAgainst: likelyPublication(day, r.sibling_published ?? null) });
  }
  return [...best.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
}

/** How many days after the incident a dated source may appear and still stand for an undated one's publication. */
const SIBLING_WINDOW_DAYS = 6;

/** The day an undated article reporting an incident of `incidentDay` likely appeared: a dated source's day within the week after, else the incident's. */
function likelyPublication(incidentDay: string, siblingPublished: string | null): string {
  const incident = parseIsoDay(incidentDay);
  const sibling = parseIsoDay(siblingPublished);
  if (incident === null || sibling === null) return incidentDay;
  return sibling > incident && sibling - incident <= SIBLING_WINDOW_DAYS ? isoDay(sibling) : incidentDay;
}

/**
 * Links as stated by the articles, those references resolve to, and those that follow from them.
 * The events are read a page at a time, and only what deriving links reads is kept of the few it
 * concerns: events in a named operation, and, when there are references, the referring events and
 * those with a victim (actor2).
 */
export async function allLinksFrom(
  stated: StoredLink[],
  references: StoredReference[],
  events: AsyncIterable<readonly StoredEvent[]>,
): Promise<StoredLink[]> {
  const referring = new Set(references.map((r) => r.fromEvent));
  // Campaigns order retaliations by the date of the retaliating event: stated ones and resolved ones.
  const dated = new Set([...referring, ...stated.filter((l) => l.relation === "retaliation_for").map((l) => l.from)]);
  const dates = new Map<string, string | null>();
  const referable: ReferableEvent[] = [];
  const inOperations: OperationEvent[] = [];
  for await (const page of events) {
    for (const e of page) {
      if (dated.has(e.id)) dates.set(e.id, e.date);
      const victims = e.claims?.actor2 ?? [];
      if (references.length > 0 && (referring.has(e.id) || victims.length > 0))
        referable.push({ id: e.id, date: e.date, claims: { actor2: victims.map((c) => ({ value: c.value })) } });
      if (e.operation) {
        const first = e.sources[0];
        const sources = first ? [{ ...first, evidence: first.evidence.slice(0, 1) }] : [];
        inOperations.push({ id: e.id, date: e.date, operation: e.operation, sources });
      }
    }
  }
  const resolved = resolveReferences(references, referable, samePerson).filter(
    (l) => !stated.some((s) => s.from === l.from && s.to === l.to && s.relation === l.relation),
  );
  const all = [...stated, ...resolved];
  const campaigns = campaignLinks(all, dates);
  return [...all, ...campaigns, ...operationLinks(inOperations, [...all, ...campaigns])];
}

/** The registry over every actor any source gave an event, and the ties articles state; the events read a page at a time. */
export async function actorRegistryFrom(
  events: EventScan,
  relations: ReadonlyArray<StatedActorRelation & { articleId: string }>,
  options: RegistryOptions = {},
): Promise<ActorRegistry> {
  const builder = actorRegistryBuilder(options);
  for await (const page of events) {
    for (const event of page) {
      for (const field of ["actor1", "actor2"] as const) {
        for (const c of event.claims?.[field] ?? []) {
          builder.add({ actor: c.value as ActorSighting["actor"], articleId: c.article, evidence: c.evidence });
        }
      }
    }
  }
  // A named group a relation points to is an actor of the registry even when no event names it.
  for (const rel of relations) {
    const group = actorByAliasOrName(rel.to);
    if (group) builder.add({ actor: group, articleId: rel.articleId, evidence: rel.evidence });
  }
  return builder.build(relations);
}

/** Everything known about one event: its record in the store, and the links to and from it. */
export interface EventDetail extends EventRecord {
  links: StoredLink[];
}

/** Undated articles whose reference day other sources have revealed (see `redate-articles.ts`). */
export async function datingHints(store: Store): Promise<DatingHint[]> {
  return datingHintsFrom(await store.undatedReports());
}

/** Links as stated by the articles, those references resolve to, and those that follow from them. */
export async function listLinks(store: Store): Promise<StoredLink[]> {
  const { links, references } = await store.statedLinks();
  return allLinksFrom(links, references, store.scanEvents());
}

/** The actors of the stored events (canonical names, kinds, aliases) and the ties sources state between them. */
export async function listActors(store: Store, options: RegistryOptions = {}): Promise<ActorRegistry> {
  return actorRegistryFrom(store.scanEvents(), await store.actorRelations(), options);
}

/** One event in detail, with the links to and from it; an id merged into another event answers as that event. */
export async function getEventDetail(store: Store, id: string): Promise<EventDetail | null> {
  const record = await store.getEvent(id);
  if (!record) return null;
  const links = (await listLinks(store)).filter((l) => l.from === record.event.id || l.to === record.event.id);
  return { ...record, links };
}
