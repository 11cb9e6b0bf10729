/** An event in words, for whoever cannot see its marker: its type, place, date and deaths. */

import type { ApiEvent } from "./api-types.ts";
import { formatDeaths, typeLabel } from "./event-style.ts";

/**
 * The browser's own English names of regions, so that no list of names ships with the page. Made
 * on first use: making it loads the browser's region data, which would hold up the page's start.
 */
let regionNames: Intl.DisplayNames | null | undefined;

/** A country's English name from its ISO code, or the code where the browser knows none. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Armed clash, Douentza, Mopti, Mali, 2025-01-19, 8 deaths". */
export function eventName(e: Pick<ApiEvent, "type" | "location" | "date" | "date_end" | "fatalities">): string {
  const where = e.location
    ? [
        e.location.name,
        e.location.admin1 !== e.location.name ? e.location.admin1 : null,
        e.location.country && countryName(e.location.country),
      ]
        .filter(Boolean)
        .join(", ")
    : "unplaced";
  const when = e.date ? (e.date_end && e.date_end !== e.date ? `${e.date} to ${e.date_end}` : e.date) : "undated";
  const toll = formatDeaths(e.fatalities);
  const deaths = toll === "—" ? "deaths not reported" : `${toll} death${toll === "1" ? "" : "s"}`;
  return `${typeLabel(e.type)}, ${where}, ${when}, ${deaths}`;
}
