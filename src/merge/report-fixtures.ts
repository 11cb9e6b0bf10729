/** Made-up reports for the merging tests: one article's account of one incident, built field by field. */

import type { EventType } from "../core/event-types.ts";
import type { ArticleEvent, PlaceValue } from "../core/model.ts";
import type { ReportRef } from "./cluster-reports.ts";

/** The text every fixture report points into; spans are offsets into it. */
export const FIXTURE_TEXT = "Gunmen attacked a convoy near Maiduguri on Wednesday, killing six soldiers.";

const span = (word: string) => {
  const start = FIXTURE_TEXT.indexOf(word);
  return { start, end: start + word.length };
};
const at = <T>(value: T, word: string, source = "test") => ({ value, span: span(word), text: word, source });

export const MAIDUGURI: PlaceValue = { name: "Maiduguri", admin1: "Borno", country: "NG", lat: 11.85, lon: 13.16, precision: "near" };
export const IDLIB: PlaceValue = { name: "Idlib", admin1: "Idlib", country: "SY", lat: 35.93, lon: 36.63, precision: "exact" };

/** A report; each option overrides one field of an ambush near Maiduguri on 9 April 2025 with six dead. */
export function report(
  id: string,
  options: { type?: EventType; date?: string | null; weekday?: string; place?: PlaceValue; killed?: number | null; actor1?: string } = {},
): ReportRef {
  const date = options.date === undefined ? "2025-04-09" : options.date;
  const killed = options.killed === undefined ? 6 : options.killed;
  const event: ArticleEvent = {
    type: at(options.type ?? "attack", "attacked"),
    date: date ? at({ start: date, end: date, precision: "day" as const }, "Wednesday") : null,
    location: at(options.place ?? MAIDUGURI, "Maiduguri"),
    actor1: at({ name: options.actor1 ?? "Unidentified armed group (Nigeria)", kind: "armed_group" as const, country: "NG" }, "Gunmen"),
    actor2: at({ name: "Military Forces of Nigeria", kind: "state" as const, country: "NG" }, "soldiers"),
    fatalities: killed === null ? null : at({ min: killed, max: killed }, "killing six"),
    injured: null,
    evidence: [{ start: 0, end: FIXTURE_TEXT.length }],
    trigger: "attacked",
    ...(options.weekday ? { weekday: options.weekday } : {}),
  };
  return { id, articleId: id.split("#")[0]!, event, evidenceText: FIXTURE_TEXT };
}
