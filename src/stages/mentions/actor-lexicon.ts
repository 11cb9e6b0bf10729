import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { ActorKind, ActorValue } from "../../core/model.ts";
import { patternFor, twin } from "../latin-twin.ts";

/** A named actor found in the text. */
export interface ActorHit {
  start: number;
  end: number;
  actor: ActorValue;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const BY_ALIAS = new Map<string, ActorValue>();
for (const [aliases, name, kind, country] of readTsv(lexiconUrl("actors.tsv"))) {
  for (const alias of aliases!.split("|")) {
    BY_ALIAS.set(alias, { name: name!, kind: kind as ActorKind, country: country === "-" ? null : country! });
  }
}
// Longest aliases first so that "Islamic State West Africa Province" wins over "Islamic State".
const ALIAS_RE = twin(
  new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${[...BY_ALIAS.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|")})(?![\\p{L}\\p{N}]|-(?:led|backed|linked|affiliated|allied|aligned)\\b)`,
    "gu",
  ),
);

/** Every named actor in `text.slice(start, end)`, longest match first, no overlaps. */
export function findNamedActors(text: string, start: number, end: number): ActorHit[] {
  const hits: ActorHit[] = [];
  const slice = text.slice(start, end);
  const re = patternFor(ALIAS_RE, slice);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const actor = BY_ALIAS.get(m[0]);
    if (actor) hits.push({ start: start + m.index, end: start + m.index + m[0].length, actor });
  }
  return hits;
}

/** The canonical actor for an exact alias, or null. */
export function actorByAlias(alias: string): ActorValue | null {
  return BY_ALIAS.get(alias) ?? null;
}
