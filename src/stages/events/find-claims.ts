import type { Claim } from "../../core/model.ts";
import { QUALIFIER_PATTERN, parseNumber, qualifiedRange } from "./read-number.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

const CLAIM_RE = new RegExp(
  String.raw`(?:(${QUALIFIER_PATTERN})\s+)?(\d{1,3}(?:,\d{3})+|\d{2,})\s+((?:[\p{L}"'“”-]+\s+){0,4}?(?:targets|sites|strikes|attacks|operatives|militants|fighters|members|people|troops|soldiers|civilians|refugees|staff|staffers|employees|colleagues|killed|captured|arrested|displaced|detained|operations|raids|suspects|detainees|prisoners|hostages|rockets|missiles|drones|airstrikes|villages|homes))\b`,
  "giu",
);
const CLAIMANT = new RegExp(
  String.raw`\b(?:${reportingVerbs("claimant-before")})\s+(?:the\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s?){1,5})|((?:[\p{Lu}][\p{L}.'’-]*\s?){1,5})\s+(?:${reportingVerbs("claimant-after")})\b`,
  "u",
);

/** Numeric claims in a sentence that are not a toll: "more than 70 targets", "over 100 strikes", "300 operatives captured". */
export function findClaims(text: string, start: number, end: number): Claim[] {
  const slice = text.slice(start, end);
  const out: Claim[] = [];
  if (!/\d\d/.test(slice)) return out;
  // Who claims is read only for a sentence that holds a claim: most hold none.
  let claimant: string | null | undefined;
  CLAIM_RE.lastIndex = 0;
  for (let m = CLAIM_RE.exec(slice); m; m = CLAIM_RE.exec(slice)) {
    const n = parseNumber(m[2]!);
    if (n === null || (n >= 1900 && n <= 2100)) continue;
    if (claimant === undefined) {
      const who = CLAIMANT.exec(slice);
      claimant = (who?.[1] ?? who?.[2])?.trim() ?? null;
    }
    const s = start + m.index;
    out.push({
      span: { start: s, end: s + m[0].length },
      text: m[0],
      quantity: m[3]!.trim().replace(/["“”]/g, ""),
      value: qualifiedRange(n, m[1] ?? null),
      qualifier: m[1]?.toLowerCase() ?? null,
      claimant,
    });
  }
  return out;
}
