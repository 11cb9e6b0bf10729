import { parseIsoDay, spanValue } from "./calendar.ts";
import type { Reading } from "./token.ts";

/** "since X": from X up to publication, vague, a period. */
export function sinceOf<T extends Reading>(t: T, pub: number | null): T {
  const out = { ...t, source: `since-${t.source}`, vague: true, period: true, implied: true };
  const from = t.value ? parseIsoDay(t.value.start) : null;
  out.value = from !== null && pub !== null ? spanValue(from, Math.max(from, pub), t.value!.precision) : null;
  return out;
}
