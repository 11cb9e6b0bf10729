import { L, R, VAGUE_PHRASE, VAGUE_PHRASE_PERIOD, norm } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** recently, over the years, for decades: vague, and a period when the lexicon says so. */
export const vaguePhrase: Parser = {
  id: "vague-phrase",
  pattern: `${L}(?<vp>${VAGUE_PHRASE})${R}`,
  read: (g) => {
    const t = base("vague-phrase", null, true, "none");
    t.vague = true;
    t.period = VAGUE_PHRASE_PERIOD.get(norm(g.vp!)) ?? false;
    return t;
  },
};
