import type { ActorValue, Mention } from "../../core/model.ts";
import { isUnnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";

/** The named armed group an article speaks of most, which "the group" and "the militants" then refer to. */
export function mainArmedGroup(mentions: Mention[]): ActorValue | null {
  const counts = new Map<string, { actor: ActorValue; n: number }>();
  for (const m of mentions) {
    if (m.kind !== "actor") continue;
    const a = m.normalised as ActorValue;
    if (a.kind !== "armed_group" || isUnnamedArmedGroup(a) || a.name === "Bandits") continue;
    const c = counts.get(a.name) ?? { actor: a, n: 0 };
    c.n++;
    counts.set(a.name, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.actor.name.localeCompare(b.actor.name))[0]?.actor ?? null;
}
