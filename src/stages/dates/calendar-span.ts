/** "this week", "last month", "earlier this year", "over the weekend" as spans of days, against publication. */

import type { DateValue } from "../../core/model.ts";
import { mondayOf, monthValue, spanValue, weekday, yearValue, ymd } from "./calendar.ts";

export function calendarValue(which: "this" | "last" | "past", unit: string, earlier: boolean, pub: number): DateValue | null {
  const dow = weekday(pub);
  const { year, month } = ymd(pub);
  switch (unit) {
    case "weekend": {
      if (which === "last") {
        const sunday = pub - (dow === 0 ? 7 : dow);
        return spanValue(sunday - 1, sunday, "week");
      }
      // "this weekend", "over the weekend": the weekend publication falls in, else the one just gone.
      if (dow === 6) return spanValue(pub, pub + 1, "week");
      if (dow === 0) return spanValue(pub - 1, pub, "week");
      const sunday = pub - dow;
      return spanValue(sunday - 1, sunday, "week");
    }
    case "week": {
      const monday = mondayOf(pub);
      if (which === "last") return spanValue(monday - 7, monday - 1, "week");
      if (which === "past") return spanValue(pub - 7, pub - 1, "week");
      return spanValue(monday, earlier && pub > monday ? pub - 1 : pub, "week");
    }
    case "month":
      return which === "last" ? monthValue(year, month - 1) : monthValue(year, month);
    case "year":
      return which === "last" ? yearValue(year - 1) : yearValue(year);
    default:
      return null;
  }
}
