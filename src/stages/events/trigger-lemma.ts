/** The first letters of a trigger's last word, enough to tell "strike(s)" from "attack(s)". */
export function lemmaOf(trigger: string): string {
  // Asked for every pair of observations compared, of the same few trigger words: kept once read.
  let lemma = LEMMAS.get(trigger);
  if (lemma === undefined) {
    const words = trigger.toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    lemma = (IRREGULAR[last] ?? last).slice(0, 5);
    if (LEMMAS.size >= MAX_LEMMAS) LEMMAS.clear();
    LEMMAS.set(trigger, lemma);
  }
  return lemma;
}

const LEMMAS = new Map<string, string>();

/** Trigger texts are a small vocabulary; the bound only keeps odd texts from piling up. */
const MAX_LEMMAS = 10_000;

/** Past forms whose first letters differ from the noun's. */
const IRREGULAR: Record<string, string> = { struck: "strike", fought: "fight", hit: "hit", shot: "shoot", blew: "blow" };
