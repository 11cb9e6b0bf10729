/**
 * Ties between actors the text states ("X, a senior Hezbollah commander", "with direct ties to
 * the ISIS gunman"), read around the people the mentions stage found; and the affiliations
 * people were given there. Stored with the article, gathered into the actor registry.
 */

import type { Stage } from "../../core/pipeline.ts";
import { findActorRelations } from "./actor-relations.ts";

export function relationsStage(): Stage {
  return {
    name: "relations",
    run(doc) {
      const found = findActorRelations(doc.text, doc.mentions);
      const seen = new Set<string>();
      doc.actorRelations = found.filter((r) => {
        const key = `${r.from}|${r.relation}|${r.to}|${r.evidence.start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
  };
}
