import { namedAsNeighbour } from "./neighbour-country.ts";
import type { Doc } from "../../core/document.ts";
import type { ActorValue, Mention, PlaceValue } from "../../core/model.ts";
import type { Stage } from "../../core/pipeline.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import { withinReachOfCountry } from "../../geo/within-reach-of-country.ts";
import { findTimeExpressions, type TimeExpression } from "../dates/find-time-expressions.ts";
import { weekdaysFromArticleDates } from "../dates/weekdays-from-article-dates.ts";
import { countriesOf, findNamedActors } from "../../actors/actor-lexicon.ts";
import { findPersons } from "./person-finder.ts";
import { findPlaces, sameUnder, type PlaceHit, type PlaceReading } from "./place-finder.ts";
import { supportedCountries } from "./place-finder-support.ts";
import { scanPlaceNames } from "./place-name-candidates.ts";
import { findQuotes } from "./quote-finder.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const DATELINE_MARK = /\s*(?::|[–—-])\s*$/u;
const ANY_LETTER = /\p{L}/u;

/** A dateline: capitalised place words (and an agency in brackets) before a colon or dash at a sentence's start. */
const DATELINE = /^(?:\/?[\p{Lu}\d][\p{L}\d'’.-]*(?:[ ,/]+\/?[\p{Lu}\d][\p{L}\d'’.-]*){0,6})\s*(?:\([\p{L} ]+\)\s*)?(?::|\s[–—-])\s+/u;

/** True when the text between `start` and `end` says nothing but a date ("05 May:", "March 3 -"). */
function onlyTimeIn(text: string, start: number, end: number, published: string | null): boolean {
  let rest = text.slice(start, end);
  const times = findTimeExpressions(text, { start, end }, published);
  for (const t of times) rest = rest.replace(t.text, " ");
  return times.length > 0 && !ANY_LETTER.test(rest);
}

/** A place as the tally sees it. */
interface Tallied {
  start: number;
  end: number;
  country: string | null;
  countryOnly: boolean;
  demonym: boolean;
  /** A place whose name alone does not tell its country (see `PlaceHit.anchored`) counts little. */
  anchored?: boolean | undefined;
  /** Nor does one that tells it only because no other country has a place so named (a hamlet may be a word's namesake). */
  onlyByName?: boolean | undefined;
}

/**
 * The country an article is mostly about: towns weigh most, country names next, demonyms least;
 * a country named as an actor ("U.S. forces") says little of where things happened and is left out.
 */
function topCountry(places: Tallied[], actors: Array<{ start: number; end: number; actor?: { country: string | null } }>): string | null {
  const counts = new Map<string, number>();
  // A group that operates in one country ("Al-Shabaab", "FARDC") implies it, as a demonym does.
  for (const a of actors) if (a.actor?.country) counts.set(a.actor.country, (counts.get(a.actor.country) ?? 0) + 1);
  for (const p of places) {
    if (!p.country || actors.some((a) => a.start < p.end && p.start < a.end)) continue;
    counts.set(
      p.country,
      (counts.get(p.country) ?? 0) + (p.countryOnly ? (p.demonym ? 1 : 2) : p.anchored === false ? 1 : p.onlyByName === true ? 2 : 3),
    );
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** The article's main country, from the mentions already found. */
export function mainCountry(doc: Doc): string | null {
  const places = doc.mentions
    .filter(
      (m) =>
        m.kind === "place" &&
        !((m.normalised as { countryOnly?: boolean }).countryOnly && namedAsNeighbour(doc.text, m.span.start, m.span.end)),
    )
    .map((m) => {
      const p = m.normalised as PlaceValue & { countryOnly: boolean; demonym: boolean };
      return { start: m.span.start, end: m.span.end, country: p.country, countryOnly: p.countryOnly, demonym: p.demonym };
    });
  const actors = doc.mentions.filter((m) => m.kind === "actor");
  // With no place to go by, the groups that act tell the country ("RENAMO", "Boko Haram"), as they
  // do for reading places; with places, those decide.
  return (
    topCountry(
      [...places, ...headlinePlaces(doc)],
      actors.map((m) => m.span),
    ) ??
    topCountry(
      [],
      actors.map((m) => ({ ...m.span, actor: m.normalised as ActorValue })),
    )
  );
}

/**
 * The places of the headline the article came with (from a feed or manifest, not in its text),
 * three times over: a headline names where a report is about more often than any sentence.
 */
function headlinePlaces(doc: Doc): Tallied[] {
  const headline = doc.article.title;
  if (!headline || doc.text.includes(headline)) return [];
  // Offsets past the text's end, so no actor span of the text can overlap them.
  const offset = doc.text.length + 1;
  const hits = findPlaces(headline, 0, headline.length, null).map((h) => ({
    start: offset + h.start,
    end: offset + h.end,
    country: h.place.country,
    countryOnly: h.countryOnly,
    demonym: h.demonym,
    anchored: h.anchored,
    onlyByName: h.onlyByName,
  }));
  return [...hits, ...hits, ...hits];
}

/** The countries the headline's places (see `headlinePlaces`) support by themselves. */
function headlineSupport(headline: readonly Tallied[]): string[] {
  return headline.filter((h) => h.anchored === true && h.onlyByName !== true && h.country !== null).map((h) => h.country!);
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
      // The title names the place a report is about more often than any sentence: it counts in the tally (three times over).
      const spans = doc.sentences.map((s) => s.span);
      const title = doc.blocks.find((b) => b.role === "title");
      if (title) spans.push(title.span);
      const readings: PlaceReading[] = spans.map(() => ({ countries: new Set<string>(), unresolved: false }));
      // The names each span holds are the same under any country: read once, resolved twice.
      const scans = spans.map((s) => scanPlaceNames(text, s.start, s.end));
      const firstPassBySpan = spans.map((s, i) => findPlaces(text, s.start, s.end, null, readings[i], scans[i]));
      const firstPass: PlaceHit[] = firstPassBySpan.flat();
      if (title) firstPass.push(...firstPass.filter((h) => h.start >= title.span.start && h.end <= title.span.end).flatMap((h) => [h, h]));
      const actorsBySpan = spans.map((s) => findNamedActors(text, s.start, s.end));
      const actorSpans = actorsBySpan.flat();
      const placesBySentence = new Map(doc.sentences.map((s, i) => [s, firstPassBySpan[i]!]));
      const headline = headlinePlaces(doc);
      const tallied = [
        // "From the border with X": X is the neighbour, not what the article is about.
        ...firstPass
          .filter((h) => !(h.countryOnly && namedAsNeighbour(text, h.start)))
          .map((h) => ({
            start: h.start,
            end: h.end,
            country: h.place.country,
            countryOnly: h.countryOnly,
            demonym: h.demonym,
            anchored: h.anchored,
            onlyByName: h.onlyByName,
          })),
        ...headline,
      ];
      const hint = topCountry(tallied, actorSpans);
      // A place is kept only in a country the text supports by more than that place's own name:
      // a small town abroad that merely shares a name is worse than no place. A group implies the
      // countries it fights in ("Al-Shabaab": Somalia and Kenya; "ISWAP": the Lake Chad countries).
      const implied = [...headlineSupport(headline), ...actorSpans.flatMap((a) => countriesOf(a.actor))];
      const support = new Set([...supportedCountries(firstPass), ...implied]);
      // A small town found in one country by its name alone yields to other countries the text names.
      const named = supportedCountries(firstPass, { byNameToo: false });
      const strong = new Set([...named, ...implied]);
      // Groups cross borders: when only the groups tell a country, a town of a unique name just
      // across its border is where they struck ("Al-Shabaab attacked a village in X", X in Kenya);
      // a namesake at the far end of a neighbour ("the police seized arms in X", X on another coast) is not.
      const acrossBorder = (p: PlaceHit): boolean =>
        named.size === 0 &&
        implied.some(
          (c) =>
            loadGazetteer().country(c)?.borders.includes(p.place.country!) === true && withinReachOfCountry(p.place, c, ACROSS_BORDER_KM),
        );
      const supported = (p: PlaceHit): boolean =>
        p.place.country !== null &&
        (p.onlyByName === true
          ? strong.size === 0 || strong.has(p.place.country) || acrossBorder(p)
          : p.anchored !== false || support.has(p.place.country));

      const times: TimeExpression[] = [];
      doc.sentences.forEach((s, i) => {
        const { end } = s.span;
        // A dateline ("KINSHASA:", "Niamey, Niger –") says where the report was filed, not where anything happened.
        const found = /[:–—]|\s-\s/.test(s.text.slice(0, 90)) ? DATELINE.exec(s.text) : null;
        // "05 May: gunmen attacked…": a day alone written that way tells when, not where; the sentence keeps it.
        const dateline = found && !isOnlyADate(text, s.span.start, found[0], published) ? found : null;
        const start = dateline ? s.span.start + dateline[0].length : s.span.start;
        // "12 May:" is no place but the day the lines after it tell of: its date is read.
        const timesFrom = dateline && onlyTimeIn(text, s.span.start, start, published) ? s.span.start : start;
        const actors = actorsBySpan[i]!.filter((a) => a.start >= start);
        for (const a of actors) mentions.push(mention(text, "actor", a.start, a.end, a.actor satisfies ActorValue, "actor-lexicon"));
        for (const p of findPersons(text, start, end, actors))
          mentions.push(mention(text, "person", p.start, p.end, p.person, "person-pattern"));
        // Without a country to go by, the first reading stands; with one, namesakes are chosen again.
        const first = placesBySentence.get(s)!.filter((p) => p.start >= start);
        const places = (
          hint === null || sameUnder(readings[i]!, hint)
            ? first
            : rereadKeepingNamedCountry(first, findPlaces(text, start, end, hint, undefined, scans[i]))
        ).filter((p) => supported(p) && p.contextOnly !== true);
        for (const p of places) {
          mentions.push(
            mention(
              text,
              "place",
              p.start,
              p.end,
              // Spelt out rather than spread: a spread followed by more fields is much slower to build.
              {
                name: p.place.name,
                admin1: p.place.admin1,
                country: p.place.country,
                lat: p.place.lat,
                lon: p.place.lon,
                precision: p.place.precision,
                countryOnly: p.countryOnly,
                demonym: p.demonym,
                soft: p.soft,
              },
              p.countryOnly ? "country-name" : "gazetteer",
            ),
          );
        }
        times.push(...findTimeExpressions(text, { start: timesFrom, end }, published));
      });
      // Read as a whole: a weekday spelt out with its date in one place dates the same weekday elsewhere.
      for (const t of weekdaysFromArticleDates(times))
        mentions.push(mention(text, "time", t.span.start, t.span.end, t satisfies TimeExpression, t.source));
      // Quotations run over sentence ends ("This is not the end. The deal signed today…," he said):
      // they are looked for paragraph by paragraph.
      for (const block of doc.blocks.filter((b) => b.role === "body"))
        for (const q of findQuotes(text, block.span.start, block.span.end))
          mentions.push(mention(text, "quote", q.span.start, q.span.end, { speaker: q.speaker }, "quotation-marks"));
      doc.mentions = mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      doc.quotes = mentions
        .filter((m) => m.kind === "quote")
        .map((m) => ({ span: m.span, text: m.text, speaker: (m.normalised as { speaker: string | null }).speaker }));
    },
  };
}

/** How far from where a country's settlements lie a town across its border may be and still be "just across" it. */
const ACROSS_BORDER_KM = 500;

/** Whether a dateline's words are a date and nothing else ("05 May:", "Monday -"). */
function isOnlyADate(text: string, start: number, dateline: string, published: string | null): boolean {
  const words = dateline.replace(DATELINE_MARK, "");
  const times = findTimeExpressions(text, { start, end: start + words.length }, published);
  return times.length === 1 && times[0]!.span.start === start && times[0]!.span.end === start + words.length;
}

function mention(text: string, kind: Mention["kind"], start: number, end: number, normalised: unknown, source: string): Mention {
  return { kind, span: { start, end }, text: text.slice(start, end), normalised, source };
}

/**
 * A sentence read again under the article's country, keeping what the first reading found in a
 * country that same sentence names ("the Israeli army's headquarters in Safad" in a report from
 * Lebanon): the sentence itself says where that place is, whatever the article's country.
 */
function rereadKeepingNamedCountry(first: readonly PlaceHit[], reread: PlaceHit[]): PlaceHit[] {
  const named = new Set(first.filter((p) => p.countryOnly).map((p) => p.place.country));
  const kept = first.filter((p) => !p.countryOnly && named.has(p.place.country) && !reread.some((r) => r.start < p.end && p.start < r.end));
  return kept.length === 0 ? reread : [...reread, ...kept].sort((a, b) => a.start - b.start);
}
