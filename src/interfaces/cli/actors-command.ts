import { listActors } from "../../app/read-models.ts";
import { Command } from "commander";
import type { ActorRegistry } from "../../actors/actor-registry.ts";
import { clip, formatTable } from "./format-table.ts";
import { openExistingStore } from "./open-store.ts";

/** The registry as two readable tables: the actors, then the ties between them with their evidence. */
export function actorsTables(registry: ActorRegistry): string {
  if (registry.actors.length === 0) return "no actors";
  const names = new Map(registry.actors.map((a) => [a.id, a.name]));
  const actors = formatTable(
    ["id", "kind", "name", "country", "events' sources", "also written"],
    registry.actors.map((a) => [a.id, a.kind, clip(a.name, 40), a.country ?? "", String(a.sightings), clip(a.aliases.join("; "), 50)]),
  );
  if (registry.relations.length === 0) return actors;
  const relations = formatTable(
    ["from", "relation", "to", "source", "evidence"],
    registry.relations.map((r) => [
      clip(r.fromId ? (names.get(r.fromId) ?? r.from) : r.from, 32),
      r.relation,
      clip(r.toId ? (names.get(r.toId) ?? r.to) : r.to, 32),
      r.articleId,
      clip(`"${r.evidence.text}"`, 70),
    ]),
  );
  return `${actors}\n\n${relations}`;
}

/** `sitrep actors`: the actor registry. */
export function actorsCommand(): Command {
  return new Command("actors")
    .description("list the actors of stored events (canonical names, kinds, spellings) and the ties sources state between them")
    .option("--db <path>", "SQLite database file")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = openExistingStore(opts.db);
      try {
        const registry = await listActors(store);
        console.log(opts.json ? JSON.stringify(registry, null, 2) : actorsTables(registry));
      } finally {
        await store.close();
      }
    });
}
