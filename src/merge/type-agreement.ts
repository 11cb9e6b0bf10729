/**
 * How far two outlets' event types agree. Outlets code one incident differently (an ambush is an
 * "attack" to one, a "clash" to another; a helicopter "shot down" is a "drone attack" on it), so
 * a type disagreement lowers a pair's score; only types that cannot be one incident forbid a join.
 */

import { familyOf, type EventType } from "../core/event-types.ts";
import { readTsv } from "../core/data-file.ts";

/** Families of violence: an incident of one is often told as one of another. */
const VIOLENT = new Set(["battles", "remote", "civilians"]);

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Cross-family pairs outlets use for one incident (compatible-event-types.tsv). */
const COMPATIBLE = new Map<string, number>();
for (const [a, b, score] of readTsv(new URL("./compatible-event-types.tsv", import.meta.url))) {
  COMPATIBLE.set(pairKey(a!, b!), Number(score));
}

/** What the types add to a pair's score (1 for one type), or null when they cannot be one incident. */
export function typeAgreement(a: EventType, b: EventType): number | null {
  if (a === b) return 1;
  const af = familyOf(a);
  const bf = familyOf(b);
  if (af === bf) return 0.5;
  const listed = COMPATIBLE.get(pairKey(a, b));
  if (listed !== undefined) return listed;
  if (VIOLENT.has(af) && VIOLENT.has(bf)) return 0.2;
  return null;
}
