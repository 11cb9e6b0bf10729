import type { Doc } from "../../core/document.ts";
import type { ActorValue, Mention, PlaceValue } from "../../core/model.ts";
import type { Stage } from "../../core/pipeline.ts";
import { findTimeExpressions, type TimeExpression } from "../dates/find-time-expressions.ts";
import { findNamedActors } from "./actor-lexicon.ts";
import { findPersons } from "./person-finder.ts";
import { findPlaces, type PlaceHit } from "./place-finder.ts";
import { findQuotes } from "./quote-finder.ts";

/** The article's main country: the one its body names most (names, demonyms, places). */
export function mainCountry(doc: Doc): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.kind !== "place") continue;
    const c = (m.normalised as PlaceValue).country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of [...counts].sort()) if (k > n) [best, n] = [c, k];
  return best;
}

/** Finds actors, persons, places, times and quotes in every sentence, as mentions with spans. */
export function mentionsStage(): Stage {
  return {
    name: "mentions",
    run(doc) {
      const text = doc.text;
      const published = doc.article.published;
      const mentions: Mention[] = [];
      // Places first without a hint, to learn the article's country; then again with it.
      const firstPass: PlaceHit[] = doc.sentences.flatMap((s) => findPlaces(text, s.span.start, s.span.end, null));
      const tally = new Map<string, number>();
      for (const h of firstPass)
        if (h.place.country) tally.set(h.place.country, (tally.get(h.place.country) ?? 0) + (h.countryOnly ? 2 : 1));
      const hint = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

      for (const s of doc.sentences) {
        const { start, end } = s.span;
        const actors = findNamedActors(text, start, end);
        for (const a of actors) mentions.push(mention(text, "actor", a.start, a.end, a.actor satisfies ActorValue, "actor-lexicon"));
        for (const p of findPersons(text, start, end, actors))
          mentions.push(mention(text, "person", p.start, p.end, p.person, "person-pattern"));
        for (const p of findPlaces(text, start, end, hint)) {
          mentions.push(
            mention(
              text,
              "place",
              p.start,
              p.end,
              { ...p.place, countryOnly: p.countryOnly, demonym: p.demonym },
              p.countryOnly ? "country-name" : "gazetteer",
            ),
          );
        }
        for (const t of findTimeExpressions(text, s.span, published))
          mentions.push(mention(text, "time", t.span.start, t.span.end, t satisfies TimeExpression, t.source));
        for (const q of findQuotes(text, start, end))
          mentions.push(mention(text, "quote", q.span.start, q.span.end, { speaker: q.speaker }, "quotation-marks"));
      }
      doc.mentions = mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      doc.quotes = mentions
        .filter((m) => m.kind === "quote")
        .map((m) => ({ span: m.span, text: m.text, speaker: (m.normalised as { speaker: string | null }).speaker }));
    },
  };
}

function mention(text: string, kind: Mention["kind"], start: number, end: number, normalised: unknown, source: string): Mention {
  return { kind, span: { start, end }, text: text.slice(start, end), normalised, source };
}
