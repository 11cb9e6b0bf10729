/**
 * Names that are neither actors that act nor places: agencies that count and report (the UN,
 * OCHA), outlets (Reuters, AFP), platforms (Telegram, X), aid and rights groups, clubs and companies
 * (non-actors.tsv). A report's source is not the side that acted; an agency's staff may still be
 * the ones hurt. The place reading can use the same list: none of these is a place.
 */
import { lexiconUrl, readTsv } from "../core/data-file.ts";
import type { ActorValue } from "../core/model.ts";
import { NameTrie } from "./name-trie.ts";

export type NonActorCategory = "agency" | "ngo" | "media" | "platform" | "club" | "company";

export interface NonActor {
  name: string;
  category: NonActorCategory;
}

const TRIE = new NameTrie<NonActor>();
const NAMES = new Map<string, NonActor>();
for (const [aliases, name, category] of readTsv(lexiconUrl("non-actors.tsv"))) {
  const entry: NonActor = { name: name!, category: category as NonActorCategory };
  NAMES.set(name!, entry);
  for (const alias of aliases!.split("|")) {
    TRIE.add(alias, entry);
    if (!NAMES.has(alias)) NAMES.set(alias, entry);
  }
}

/** The non-actor an exact name or alias stands for ("AFP" → Agence France-Presse), or null. */
export function nonActor(name: string): NonActor | null {
  return NAMES.get(name) ?? null;
}

/** Every non-actor named in `text.slice(start, end)`, longest first, none overlapping. */
export function findNonActors(text: string, start: number, end: number): Array<{ start: number; end: number; entry: NonActor }> {
  return TRIE.findAll(text, start, end).map((h) => ({ start: h.start, end: h.end, entry: h.value }));
}

/** True when the actor cannot be the side that acted: an agency, outlet, platform, aid group, club or company. */
export function cannotAct(actor: ActorValue): boolean {
  return actor.kind !== "person" && nonActor(actor.name) !== null;
}
