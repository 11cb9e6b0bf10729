/**
 * The `notes` of a CSV row: a short account written from the event's own fields (when, who did
 * what to whom, where, how many died), followed by the shortest sentence of its evidence that
 * states a fact of it, so that a reader sees the words it was read from. ACLED's notes run to a
 * few sentences; the note is kept within NOTE_LIMIT characters.
 */

import { readTsv } from "../core/data-file.ts";
import type { EventType } from "../core/event-types.ts";
import type { DatePrecision, EvidenceSpan, PlacePrecision } from "../core/model.ts";

/** The longest note written, in characters. */
export const NOTE_LIMIT = 500;

/** The fields a note is written from, already in ACLED's names. */
export interface NoteFacts {
  type: EventType;
  /** Null for an undated event (exported only when incomplete rows are asked for). */
  date: string | null;
  dateEnd: string | null;
  precision: DatePrecision | null;
  actor1: string;
  actor2: string;
  location: string;
  precisionOfPlace: PlacePrecision | null;
  admin1: string;
  country: string;
  /** Null when no source gave a number. */
  fatalities: number | null;
  evidence: readonly EvidenceSpan[];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function when(f: NoteFacts & { date: string }): string {
  const [y, m] = f.date.split("-").map(Number) as [number, number];
  switch (f.precision) {
    case "month":
      return `In ${MONTHS[m - 1]} ${y}`;
    case "year":
      return `In ${y}`;
    case "week":
      return f.dateEnd ? `Between ${longDate(f.date)} and ${longDate(f.dateEnd)}` : `In the week of ${longDate(f.date)}`;
    default:
      return f.dateEnd && f.dateEnd > f.date ? `Between ${longDate(f.date)} and ${longDate(f.dateEnd)}` : `On ${longDate(f.date)}`;
  }
}

function where(f: NoteFacts): string {
  if (!f.location) return f.country ? ` in ${f.country}` : "";
  if (f.location === f.country) return ` in ${f.country}`;
  const division = f.admin1 && f.admin1 !== f.location ? ` (${f.admin1})` : "";
  const country = f.country ? `, ${f.country}` : "";
  return ` ${f.precisionOfPlace === "near" ? "near" : "in"} ${f.location}${division}${country}`;
}

let phrases: Map<string, string> | null = null;

function what(f: NoteFacts): string {
  phrases ??= new Map(readTsv(new URL("acled-note-phrases.tsv", import.meta.url)).map(([slug, phrase]) => [slug!, phrase!]));
  const phrase = phrases.get(f.type) ?? "was involved in an incident[ with {actor2}]";
  return phrase.replace(/\[([^\]]*)\]/g, (_, optional: string) => (f.actor2 ? optional.replace("{actor2}", f.actor2) : ""));
}

function toll(f: NoteFacts): string {
  if (f.fatalities === null) return "";
  if (f.fatalities === 0) return " No fatalities were reported.";
  return f.fatalities === 1 ? " 1 fatality." : ` ${f.fatalities} fatalities.`;
}

/**
 * The evidence sentence to quote: the shortest that names the place, else the shortest that gives
 * a number (facts of the event rather than a line of background), else the shortest of all.
 */
export function telling(evidence: readonly EvidenceSpan[], location: string): string | null {
  const sentences = [...new Set(evidence.map((e) => e.text.replace(/\s+/g, " ").trim()).filter(Boolean))];
  if (sentences.length === 0) return null;
  const byLength = sentences.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const number = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b/i;
  return (location ? byLength.find((s) => s.includes(location)) : undefined) ?? byLength.find((s) => number.test(s)) ?? byLength[0]!;
}

/** The note: "On 3 May 2025, X attacked Y in Z (Province), Country. 4 fatalities. Source: "…"". */
export function acledNote(f: NoteFacts): string {
  const summary = `${f.date ? when({ ...f, date: f.date }) : "On an unknown date"}, ${f.actor1 || "an unknown actor"} ${what(f)}${where(f)}.${toll(f)}`;
  const sentence = telling(f.evidence, f.location);
  if (!sentence) return summary;
  const room = NOTE_LIMIT - summary.length - ' Source: ""'.length;
  if (room < 40) return summary;
  const cut = sentence.lastIndexOf(" ", room - 1);
  const quoted = sentence.length <= room ? sentence : `${sentence.slice(0, cut > 0 ? cut : room - 1).trimEnd()}…`;
  return `${summary} Source: "${quoted}"`;
}
