import type { Doc } from "../../core/document.ts";
import type { ActorValue } from "../../core/model.ts";
import type { Stage } from "../../core/pipeline.ts";
import { mainCountry } from "../mentions/mentions-stage.ts";
import type { ActorCandidate } from "./actor-candidates.ts";
import { attributePerpetrators } from "./attribute-perpetrators.ts";
import { findClaims } from "./find-claims.ts";
import { groupIncidents, type Incident } from "./group-incidents.ts";
import { mainArmedGroup } from "./main-armed-group.ts";
import { readObservations, type Observation } from "./read-observations.ts";
import { isUnnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";
import { findLinks, linksByVictim } from "./event-links.ts";
import { toEvent } from "./event-from-incident.ts";
import { focalPlace } from "./incident-place.ts";

/**
 * Violence with no perpetrator named anywhere near it, in an article about one armed group named
 * again and again, is most likely that group's: it is taken as actor1, marked as assumed.
 */
function assumeMainGroup(doc: Doc, incidents: Incident[], perpetrators: Map<Incident, ActorCandidate | null>): void {
  const group = mainArmedGroup(doc.mentions);
  if (!group) return;
  const mentions = doc.mentions.filter((m) => m.kind === "actor" && (m.normalised as ActorValue).name === group.name);
  if (mentions.length < 2) return;
  for (const inc of incidents) {
    // An unnamed "gunmen" leaves room for the group the article is about.
    const known = perpetrators.get(inc);
    if (known && !isUnnamedArmedGroup(known.actor)) continue;
    if (
      !inc.observations.some(
        (o) =>
          VIOLENT_TRIGGER.has(o.trigger.type) ||
          o.trigger.type === "generic" ||
          o.trigger.type === "strike" ||
          o.trigger.type === "bombing",
      )
    )
      continue;
    // Not when the article reports the group being hit: then it is as likely the target as the attacker.
    if (incidents.some((i) => i.observations.some((o) => o.actor2?.actor.name === group.name))) return;
    const first = mentions[0]!;
    perpetrators.set(inc, { start: first.span.start, end: first.span.end, actor: group, source: "article-main-group" });
  }
}

const VIOLENT_TRIGGER = new Set<string>([
  "air_drone_strike",
  "shelling_artillery_missile_attack",
  "remote_explosive_landmine_ied",
  "suicide_bomb",
  "grenade",
  "armed_clash",
  "attack",
  "abduction_forced_disappearance",
]);

/** Finds the incidents an article reports and codes each as an event; keeps tallies as claims. */
export function eventsStage(): Stage {
  return {
    name: "events",
    run(doc) {
      const country = mainCountry(doc);
      const { observations, skipped } = readObservations(doc, country);
      for (const s of skipped)
        doc.messages.push({
          stage: "events",
          ruleId: `not-an-incident:${s.reason}`,
          reason: `sentence ${s.sentence.index + 1} is not an incident (${s.reason})`,
          span: s.sentence.span,
        });
      const incidents = groupIncidents(observations, doc.text, country, doc.article.published);
      const focal = focalPlace(doc, country);
      // Actors, like places, come first from what tells of the incident itself; then from sentences naming who did it.
      const perpetrators = new Map<Incident, ActorCandidate | null>();
      for (const inc of incidents) {
        const telling = inc.observations.filter((o) => o.concrete || o.definite);
        // A group named anywhere in the incident's account outranks "gunmen" named first.
        const named = (o: Observation) => o.actor1 && !isUnnamedArmedGroup(o.actor1.actor);
        const told =
          telling.find(named) ?? inc.observations.find(named) ?? telling.find((o) => o.actor1) ?? inc.observations.find((o) => o.actor1);
        perpetrators.set(inc, told?.actor1 ?? null);
      }
      attributePerpetrators(doc, incidents, perpetrators);
      assumeMainGroup(doc, incidents, perpetrators);
      doc.events = incidents.map((inc) => toEvent(doc, inc, country, focal, incidents, perpetrators));
      doc.links = findLinks(incidents, doc.text);
      const named = linksByVictim(doc, incidents);
      for (const link of named.links) if (!doc.links.some((l) => l.from === link.from && l.to === link.to)) doc.links.push(link);
      doc.references = named.references;
      doc.claims = doc.sentences.flatMap((s) => findClaims(doc.text, s.span.start, s.span.end));
    },
  };
}
