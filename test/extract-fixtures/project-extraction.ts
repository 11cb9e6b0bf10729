import type { ArticleEvent, Extraction } from "../../src/core/model.ts";
import type { Extracted, Span } from "../../src/core/span.ts";

// What a golden case pins: the values a reader checks and the words they were read from. Offsets,
// rule names and mention lists are left out: they churn with refactors that change no outcome, and
// the words themselves pin where each value was read.

interface Read<T> {
  value: T;
  /** The words the value was read from. */
  text: string;
  /** Inferred rather than read (a date taken from the publication day). */
  implied?: true;
}

/** A readable, stable projection of one extraction. */
export function projectExtraction(extraction: Extraction, text: string) {
  const quote = (span: Span) => text.slice(span.start, span.end);
  return {
    events: extraction.events.map((event) => projectEvent(event, quote)),
    claims: extraction.claims.map((claim) => ({
      text: claim.text,
      quantity: claim.quantity,
      value: claim.value,
      qualifier: claim.qualifier,
      claimant: claim.claimant,
    })),
    links: extraction.links.map((link) => ({
      from: link.from,
      to: link.to,
      relation: link.relation,
      evidence: quote(link.evidence),
    })),
    references: (extraction.references ?? []).map((reference) => ({
      from: reference.from,
      relation: reference.relation,
      victim: reference.victim,
      evidence: quote(reference.evidence),
    })),
    actorRelations: (extraction.actorRelations ?? []).map((relation) => ({
      from: relation.from,
      to: relation.to,
      relation: relation.relation,
      evidence: relation.evidence.text,
    })),
  };
}

function projectEvent(event: ArticleEvent, quote: (span: Span) => string) {
  return {
    type: read(event.type),
    trigger: event.trigger,
    date: event.date && read(event.date),
    ...(event.weekday ? { weekday: event.weekday } : {}),
    place: event.location && read({ ...event.location, value: withoutCoordinates(event.location.value) }),
    actor1: event.actor1 && read(event.actor1),
    actor2: event.actor2 && read(event.actor2),
    fatalities: event.fatalities && read(event.fatalities),
    injured: event.injured && read(event.injured),
    ...(event.operation ? { operation: event.operation } : {}),
    evidence: event.evidence.map(quote),
  };
}

function read<T>(field: Extracted<T>): Read<T> {
  return { value: field.value, text: field.text, ...(field.implied ? { implied: true as const } : {}) };
}

/** Coordinates follow the gazetteer's data; whether the place is mapped at all is what a case pins. */
function withoutCoordinates<T extends { lat: number | null; lon: number | null }>(place: T) {
  const { lat, lon, ...rest } = place;
  return { ...rest, mapped: lat !== null && lon !== null };
}

export type ExtractionProjection = ReturnType<typeof projectExtraction>;
