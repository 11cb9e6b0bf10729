import { L, PART_OF_UNIT, SEASON, YEAR_CUE_IN_SPAN } from "../patterns.ts";
import { sinceOf } from "../since.ts";
import type { Refiner, Token } from "../token.ts";

const SINCE_LEAD = /(?<![A-Za-z])(?:[Ee]ver\s+)?[Ss]ince\s+$/;
const DAY_LEAD = new RegExp(
  `${L}(?:(?:[Ee]ver\\s+)?[Ss]ince\\s+|(?:(?:[Ll]ate|[Ee]arly)\\s+)?[Oo]n\\s+(?:the\\s+(?:morning|afternoon|evening|night|early\\s+hours)\\s+of\\s+)?|(?:[Ii]n\\s+)?[Tt]he\\s+(?:early\\s+hours|morning|afternoon|evening|night)\\s+of\\s+|[Ee]arly\\s+hours\\s+of\\s+)$`,
);
const COARSE_LEAD = new RegExp(
  `${L}(?:${YEAR_CUE_IN_SPAN}\\s+(?:(?:[Tt]he\\s+)?${SEASON}\\s+(?:of\\s+)?|${PART_OF_UNIT})?|(?:[Tt]he\\s+)?${SEASON}\\s+(?:of\\s+)?|${PART_OF_UNIT})$`,
);
const DECADE_LEAD = new RegExp(`${L}(?:${YEAR_CUE_IN_SPAN}\\s+)?(?:[Tt]he\\s+)?(?:${PART_OF_UNIT})?$`);
const SINCE_START = /^(?:ever\s+)?since\b/i;
/** How far back leading words may reach. */
const LEAD_WINDOW = 48;

function leadPattern(lead: Token["lead"]): RegExp | null {
  switch (lead) {
    case "day":
      return DAY_LEAD;
    case "coarse":
      return COARSE_LEAD;
    case "decade":
      return DECADE_LEAD;
    case "since":
      return SINCE_LEAD;
    default:
      return null;
  }
}

/** Takes leading words ("on", "in early", "since") into each token's span, never over the token before; "since X" becomes a period. */
export const takeLeadingWords: Refiner = (tokens, s, pub) => {
  let prevEnd = 0;
  return tokens.map((t) => {
    const pattern = leadPattern(t.lead);
    let out = t;
    if (pattern) {
      const from = Math.max(prevEnd, t.start - LEAD_WINDOW);
      const m = pattern.exec(s.slice(from, t.start));
      if (m && m[0].length > 0) {
        out = { ...t, start: t.start - m[0].length };
        if (SINCE_START.test(m[0])) out = { ...out, ...sinceOf(out, pub) };
      }
    }
    prevEnd = out.end;
    return out;
  });
};
