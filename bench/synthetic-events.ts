/**
 * Synthetic incidents for loading a store with many events without extracting them: each is one to
 * three short articles telling the same incident (a strike, an ambush, a kidnapping...) in a real
 * town of a conflict country, with the report each article gives (its fields pinned to the words
 * that say them) and the event Sitrep's own `deriveEvent` makes of those reports. Incident `i` is
 * the same whatever else is generated, so a store can be grown from 100,000 to 1,000,000 events.
 */
import { createHash } from "node:crypto";
import type { ActorValue, ArticleEvent, PlaceValue, Range, Span, StoredEvent } from "../src/core/model.ts";
import { deriveEvent } from "../src/merge/derive-event.ts";
import { eventId, horizonOf, isCoarse } from "../src/merge/merge-engine.ts";
import { pickTheatre, zipf, type Random, type Theatre } from "./conflict-theatres.ts";
import { count, pickScenario, type Facts, type Label, type Piece, type Scenario, type SentenceParts } from "./incident-scenarios.ts";
import { createRandom } from "./synthetic-corpus.ts";

/** An `articles` row, as the store writes it. */
export interface ArticleRow {
  id: string;
  url: null;
  outlet: string;
  published: string;
  title: string;
  text: string;
  html: null;
  contentHash: string;
  ingestedAt: string;
}

/** A `reports` row, as the store writes it. */
export interface ReportRow {
  id: string;
  eventId: string;
  articleId: string;
  data: string;
  dateStart: string | null;
  dateEnd: string | null;
  country: string | null;
  coarse: number;
  horizonStart: string | null;
  horizonEnd: string | null;
}

export interface Incident {
  articles: ArticleRow[];
  reports: ReportRow[];
  event: StoredEvent;
}

/** Where and when incidents happen. */
export interface IncidentSpace {
  theatres: Theatre[];
  seed: number;
  /** The first day incidents happen on (YYYY-MM-DD), and how many days they spread over. */
  firstDay: string;
  days: number;
}

const OUTLETS = ["Illustrative Wire", "Synthetic Daily", "Regional Monitor", "Frontline Bulletin", "Field Report"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SAID = ["officials said", "a local source said", "residents said", "a security official said", "witnesses said", "the army said"];

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Builds an article's text a piece at a time, remembering where each labelled piece and each sentence lies. */
class TextBuilder {
  text = "";
  sentences: Span[] = [];
  labels = new Map<Label, Span>();

  line(s: string): void {
    this.text += `${s}\n\n`;
  }

  sentence(pieces: Piece[]): Span {
    if (this.text && !this.text.endsWith("\n")) this.text += " ";
    const start = this.text.length;
    for (const p of pieces) {
      if (typeof p === "string") this.text += p;
      else {
        const [label, s] = p;
        // The first sentence that states a field is its evidence.
        if (!this.labels.has(label)) this.labels.set(label, { start: this.text.length, end: this.text.length + s.length });
        this.text += s;
      }
    }
    const span = { start, end: this.text.length };
    this.sentences.push(span);
    return span;
  }

  paragraph(): void {
    this.text += "\n\n";
  }
}

/** The incident's facts: where, when (and how precisely the sources date it), who, the toll. */
function facts(space: IncidentSpace, random: Random, scenario: Scenario): Facts {
  const theatre = pickTheatre(random, space.theatres);
  const [actor1, actor2] = scenario.actors(theatre, random);
  const day = Date.parse(space.firstDay) + Math.floor(random() * space.days) * DAY_MS;
  const placeRoll = random();
  const town = theatre.towns[zipf(random, theatre.towns.length)]!;
  const place =
    placeRoll < 0.88
      ? { ...town, precision: random() < 0.5 ? ("near" as const) : ("exact" as const) }
      : placeRoll < 0.96
        ? { ...theatre.asPlace, written: theatre.countryName }
        : null;
  const otherTown = pick(random, theatre.towns).written;
  const dateRoll = random();
  let date: Facts["date"];
  if (dateRoll < 0.82) date = { start: isoDay(day), end: isoDay(day), precision: "day" };
  else if (dateRoll < 0.88) {
    const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
    date = { start: isoDay(monday), end: isoDay(monday + 6 * DAY_MS), precision: "week" };
  } else if (dateRoll < 0.94) {
    const d = new Date(day);
    date = {
      start: isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
      end: isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)),
      precision: "month",
    };
  } else date = null;
  const killed = scenario.tolls && random() < 0.8 ? Math.max(1, Math.floor(Math.exp(random() * 3.6))) : null;
  const injured = killed !== null && random() < 0.5 ? Math.floor(Math.exp(random() * 3)) : null;
  return { theatre, type: scenario.type, actor1, actor2, place, otherTown, day, date, killed, injured, victims: scenario.victims };
}

/** The phrase dating the incident in an article published on `published` (ms), and the rule that reads it. */
function whenPhrase(f: Facts, published: number): { text: string; source: string; implied: boolean } | null {
  if (!f.date) return null;
  const d = new Date(Date.parse(f.date.start));
  if (f.date.precision === "month") return { text: `in ${MONTHS[d.getUTCMonth()]}`, source: "month-before-publication", implied: false };
  if (f.date.precision === "week") return { text: "last week", source: "relative-week", implied: false };
  if (published - f.day <= 6 * DAY_MS)
    return { text: `on ${WEEKDAYS[d.getUTCDay()]}`, source: "weekday-before-publication", implied: true };
  return { text: `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`, source: "explicit-date", implied: false };
}

/** One article's telling of the incident: its text and its report. */
function tell(f: Facts, scenario: Scenario, random: Random, variant: number, published: number) {
  const b = new TextBuilder();
  const title = scenario.title(f);
  b.line(title);
  const when = whenPhrase(f, published);
  // Sources differ now and then on the toll, as they do.
  const killed = f.killed === null ? null : variant > 0 && random() < 0.3 ? f.killed + 1 + Math.floor(random() * 3) : f.killed;
  const atLeast = killed !== null && random() < 0.3;
  const parts: SentenceParts = {
    where: f.place ? [f.place.precision === "near" ? " near " : " in ", ["place", f.place.written]] : [],
    when: when ? [" ", ["when", when.text]] : [],
    toll:
      killed === null
        ? []
        : [
            ", ",
            ["toll", `killing ${atLeast ? "at least " : ""}${count(killed)} ${killed === 1 ? f.victims.replace(/s$/, "") : f.victims}`],
            ...(f.injured !== null
              ? [" and ", ["injured", `wounding ${count(f.injured)}`] as Piece, f.injured === 1 ? " other" : " others"]
              : []),
          ],
    said: pick(random, SAID),
  };
  const evidence = [b.sentence(scenario.sentence(f, variant % 2, parts))];
  if (random() < 0.5) {
    evidence.push(b.sentence([`Reinforcements were sent from ${f.otherTown} afterwards, ${pick(random, SAID)}.`]));
  }
  b.paragraph();
  b.sentence([`Humanitarian agencies have warned of worsening conditions across ${f.place?.admin1 ?? f.theatre.countryName}.`]);
  if (random() < 0.5) b.sentence([`There was no immediate comment from the ${f.theatre.demonym} government.`]);
  const text = b.text.trimEnd();

  const at = <T>(label: Label, value: T, source: string, implied = false) => {
    const span = b.labels.get(label);
    if (!span) return null;
    return { value, span, text: text.slice(span.start, span.end), source, ...(implied ? { implied: true } : {}) };
  };
  const trigger = b.labels.get("trigger")!;
  const report: ArticleEvent = {
    type: at("trigger", f.type, "trigger")!,
    date: f.date && when ? at("when", f.date, when.source, when.implied) : null,
    location: f.place ? at("place", placeValue(f.place), f.place.precision === "country" ? "country-name" : "gazetteer") : null,
    actor1: f.actor1 ? at("actor1", actorValue(f.actor1), "actor-lexicon") : null,
    actor2: f.actor2 ? at("actor2", actorValue(f.actor2), f.actor2.kind === "civilians" ? "noun-civilians" : "actor-lexicon") : null,
    fatalities: killed === null ? null : at<Range>("toll", { min: killed, max: atLeast ? null : killed }, "toll"),
    injured: f.injured === null ? null : at<Range>("injured", { min: f.injured, max: f.injured }, "toll"),
    evidence,
    trigger: `"${text.slice(trigger.start, trigger.end)}" in sentence 2`,
  };
  return { title, text, report };
}

function placeValue(p: PlaceValue & { written?: string }): PlaceValue {
  return { name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision };
}

function actorValue(a: ActorValue & { written?: string }): ActorValue {
  return { name: a.name, kind: a.kind, country: a.country };
}

/** Incident number `index` (from 0): its articles, their reports, and the event derived from them. */
export function syntheticIncident(space: IncidentSpace, index: number): Incident {
  const random = createRandom((space.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const scenario = pickScenario(random);
  const f = facts(space, random, scenario);
  const sourceCount = random() < 0.65 ? 1 : random() < 0.7 ? 2 : 3;
  const base = `syn${String(index).padStart(7, "0")}`;
  const articles: ArticleRow[] = [];
  const told: Array<{ articleId: string; report: ArticleEvent; published: string }> = [];
  for (let k = 0; k < sourceCount; k++) {
    const articleId = `${base}-${k + 1}`;
    // Published a day to a few days after the incident (after its week or month for those).
    const after = f.date?.precision === "month" ? Date.parse(f.date.end) : f.date?.precision === "week" ? Date.parse(f.date.end) : f.day;
    const published = after + (1 + Math.floor(random() * 3)) * DAY_MS;
    const { title, text, report } = tell(f, scenario, random, k, published);
    articles.push({
      id: articleId,
      url: null,
      outlet: OUTLETS[(index + k) % OUTLETS.length]!,
      published: isoDay(published),
      title,
      text,
      html: null,
      // Synthetic texts can repeat one another, which real ones do not: the id keeps each hash unique.
      contentHash: createHash("sha256").update(`${articleId}\u0000${text}`).digest("hex"),
      ingestedAt: new Date(published + 3_600_000).toISOString(),
    });
    told.push({ articleId, report, published: isoDay(published) });
  }
  const reportIds = told.map((t) => `${t.articleId}#0`).sort();
  const id = eventId(reportIds[0]!);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const event = deriveEvent(
    id,
    told.map((t) => ({ articleId: t.articleId, event: t.report })),
    texts,
  );
  const reports: ReportRow[] = told.map((t) => ({
    id: `${t.articleId}#0`,
    eventId: id,
    articleId: t.articleId,
    data: JSON.stringify(t.report),
    dateStart: t.report.date?.value.start ?? null,
    dateEnd: t.report.date?.value.end ?? null,
    country: t.report.location?.value.country ?? null,
    coarse: isCoarse(t.report) ? 1 : 0,
    ...horizonOf(t.report, t.published),
  }));
  return { articles, reports, event };
}
