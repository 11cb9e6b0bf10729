import { lexiconUrl, readTsv } from "../../core/data-file.ts";

/** What a common noun for people stands for. */
export type NounRole = "forces" | "police" | "civilians" | "officials" | "protesters" | "government";

const ROLE = new Map<string, NounRole>(readTsv(lexiconUrl("actor-nouns.tsv")).map(([noun, role]) => [noun!, role as NounRole]));

/** Longest nouns first, so "security forces" wins over "forces". */
export const ACTOR_NOUN_RE = new RegExp(
  `\\b(${[...ROLE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\s+/g, "\\s+"))
    .join("|")})\\b`,
  "gi",
);

/** The role of a noun ("troops" → forces), or null. */
export function nounRole(noun: string): NounRole | null {
  return ROLE.get(noun.toLowerCase().replace(/\s+/g, " ")) ?? null;
}
