/** Field values in words, for the event page and its claims. */

import { formatDeaths, typeLabel } from "./event-style.ts";

export const FIELD_LABELS: Record<string, string> = {
  type: "Type",
  date: "Date",
  location: "Place",
  actor1: "Actor 1 (acting)",
  actor2: "Actor 2 (acted on)",
  fatalities: "Deaths",
  injured: "Injured",
};

export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  switch (field) {
    case "type":
      return typeLabel(String(value));
    case "fatalities":
      return formatDeaths(value as { min: number | null; max: number | null });
    case "location": {
      const p = value as { name?: string; admin1?: string | null; country?: string | null; precision?: string };
      const where = [p.name, p.admin1, p.country].filter(Boolean).join(", ");
      return p.precision && p.precision !== "exact" ? `${where} (${p.precision})` : where;
    }
    case "date": {
      // A claim holds the span a source gave; the event holds its first day; the machine's value
      // beside a reviewed date is the event's own three fields.
      if (typeof value !== "object") return String(value);
      const v = value as {
        start?: string;
        end?: string;
        precision?: string;
        date?: string | null;
        date_end?: string | null;
        date_precision?: string | null;
      };
      const d = "date" in v ? { start: v.date ?? undefined, end: v.date_end ?? undefined, precision: v.date_precision ?? undefined } : v;
      const days = d.end && d.end !== d.start ? `${d.start} to ${d.end}` : String(d.start ?? "—");
      return d.precision && d.precision !== "day" ? `${days} (${d.precision})` : days;
    }
    case "actor1":
    case "actor2": {
      if (typeof value !== "object") return String(value);
      const a = value as { name?: string; kind?: string };
      return a.kind ? `${a.name} (${a.kind.replace(/_/g, " ")})` : String(a.name);
    }
    case "injured":
      // The event holds a count, a claim the range a source gave.
      return typeof value === "object" ? formatDeaths(value as { min: number | null; max: number | null }) : String(value);
    default:
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}
