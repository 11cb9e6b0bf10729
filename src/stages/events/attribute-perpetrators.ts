import type { Doc } from "../../core/document.ts";
import type { ActorValue, Mention } from "../../core/model.ts";
import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { Incident } from "./group-incidents.ts";
import { GROUP_ANAPHOR, type ActorCandidate } from "./actor-candidates.ts";
import { mainArmedGroup } from "./main-armed-group.ts";
import { isUnnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";
import { cannotAct } from "../../actors/non-actors.ts";

const CUES = readTsv(lexiconUrl("attribution-cues.tsv")).map(([p]) => new RegExp(`\\b${p}\\b`, "i"));

/**
 * "Al-Shabaab claimed responsibility for the attack", "the gunmen were suspected to be IS
 * militants": a sentence naming who did it gives actor1 to the incident told just before it, over
 * what word order suggested.
 */
export function attributePerpetrators(doc: Doc, incidents: Incident[], actor1: Map<Incident, ActorCandidate | null>): void {
  for (const sentence of doc.sentences) {
    if (!CUES.some((re) => re.test(sentence.text))) continue;
    const named = doc.mentions.find(
      (m): m is Mention & { normalised: ActorValue } =>
        m.kind === "actor" &&
        m.span.start >= sentence.span.start &&
        m.span.end <= sentence.span.end &&
        !isUnnamedArmedGroup(m.normalised as ActorValue) &&
        !cannotAct(m.normalised as ActorValue) &&
        (m.normalised as ActorValue).kind !== "state",
    );
    GROUP_ANAPHOR.lastIndex = 0;
    const anaphor = named ? null : GROUP_ANAPHOR.exec(sentence.text);
    const group = named ? null : mainArmedGroup(doc.mentions);
    if (!named && !(anaphor && group)) continue;
    const who: ActorCandidate = named
      ? { start: named.span.start, end: named.span.end, actor: named.normalised, source: "attribution" }
      : {
          start: sentence.span.start + anaphor!.index,
          end: sentence.span.start + anaphor!.index + anaphor![0].length,
          actor: group!,
          source: "attribution",
        };
    let target: Incident | null = null;
    let at = -1;
    for (const inc of incidents) {
      for (const o of inc.observations) {
        if (o.trigger.start < sentence.span.end && o.trigger.start > at) {
          at = o.trigger.start;
          target = inc;
        }
      }
    }
    if (!target) continue;
    // A stated claim or attribution outweighs a guess from word order; the first one stands.
    const current = actor1.get(target);
    if (current?.source === "attribution") continue;
    actor1.set(target, who);
  }
}
