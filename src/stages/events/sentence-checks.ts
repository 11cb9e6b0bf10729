import type { Mention } from "../../core/model.ts";
import type { ActorCandidate } from "./actor-candidates.ts";
import {
  ACT_AFTER,
  BORDER_AFTER,
  BORDER_BEFORE,
  DESTINATION_BEFORE,
  MOTION_BEFORE,
  ORIGIN_BEFORE,
  OWNER_AFTER,
  PLACE_PREPOSITION_BEFORE,
  placeDistance,
  wordsBefore,
} from "./observation-place-words.ts";
import { reportedAt, sinceClause } from "./observation-time-words.ts";
import { placeSpeaks } from "./place-as-speaker.ts";
import type { PlaceMention } from "./read-observations.ts";

/** "mediated by Qatar and", "brokered by": a third party to talks, never a side of the incident. */
const MEDIATOR_BEFORE =
  /\b(?:mediated|brokered|hosted|facilitated|chaired|convened|arbitrated)\s+(?:jointly\s+)?by\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|and|,)\s*){0,4}$/iu;

/**
 * What the words around a sentence's mentions say of them, whichever trigger of the sentence asks:
 * each read once per sentence and kept, as a sentence's triggers all ask the same of its dates,
 * places and actors.
 */
export class SentenceChecks {
  private readonly reported = new Map<Mention, boolean>();
  private readonly since = new Map<Mention, boolean>();
  private readonly elsewhere = new Map<Mention, boolean>();
  private readonly motion = new Map<Mention, boolean>();
  private readonly border = new Map<Mention, boolean>();
  private readonly owner = new Map<Mention, boolean>();
  private readonly mediator = new Map<ActorCandidate, boolean>();

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** "said on Saturday": the date of a statement (`reportedAt`). */
  isReportedAt(m: Mention): boolean {
    let r = this.reported.get(m);
    if (r === undefined) this.reported.set(m, (r = reportedAt(this.text, m, this.start, this.end)));
    return r;
  }

  /** "since the war in 2006": a point of comparison (`sinceClause`). */
  isSince(m: Mention): boolean {
    let r = this.since.get(m);
    if (r === undefined) this.since.set(m, (r = sinceClause(this.text, m, this.start)));
    return r;
  }

  /** A place people came from or went to, or one standing for who speaks there: not where it happened. */
  isElsewhere(p: PlaceMention): boolean {
    let r = this.elsewhere.get(p);
    if (r === undefined) {
      r =
        wordsBefore(ORIGIN_BEFORE, 40, this.text, p, this.start) ||
        wordsBefore(DESTINATION_BEFORE, 60, this.text, p, this.start) ||
        placeSpeaks(this.text, p.span.start, p.span.end);
      this.elsewhere.set(p, r);
    }
    return r;
  }

  /** "fled into Mali": where people went, not where it happened. */
  isMotionTo(p: PlaceMention): boolean {
    let r = this.motion.get(p);
    if (r === undefined) this.motion.set(p, (r = wordsBefore(MOTION_BEFORE, 30, this.text, p, this.start)));
    return r;
  }

  /** "near the Afghan border": a country named for its border. */
  isBorder(p: PlaceMention): boolean {
    let r = this.border.get(p);
    if (r === undefined) {
      const { text, start, end } = this;
      r =
        BORDER_AFTER.test(text.slice(p.span.end, Math.min(end, p.span.end + 30))) ||
        BORDER_BEFORE.test(text.slice(Math.max(start, p.span.start - 60), p.span.start));
      this.border.set(p, r);
    }
    return r;
  }

  /** "a Pakistan security official said": a country named for whose people speak or act. */
  isOwner(p: PlaceMention): boolean {
    let r = this.owner.get(p);
    if (r === undefined) this.owner.set(p, (r = OWNER_AFTER.test(this.text.slice(p.span.end, Math.min(this.end, p.span.end + 40)))));
    return r;
  }

  /** "talks mediated by Qatar and Türkiye": who brought the sides together is neither side. */
  isMediator(c: ActorCandidate): boolean {
    let r = this.mediator.get(c);
    if (r === undefined) this.mediator.set(c, (r = MEDIATOR_BEFORE.test(this.text.slice(Math.max(this.start, c.start - 40), c.start))));
    return r;
  }

  /** "Pakistani airstrikes", "Russian shelling": a country written right before the act is the side that acted. */
  actsHere(p: PlaceMention, t: { start: number }): boolean {
    const { text, start } = this;
    return (
      p.span.end <= t.start &&
      t.start - p.span.end <= 24 &&
      ACT_AFTER.test(text.slice(p.span.end, t.start)) &&
      (p.normalised.demonym || !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(start, p.span.start - 20), p.span.start)))
    );
  }

  /** Places sorted by how near each is to the trigger (`placeDistance`), each distance read once. */
  byDistance(places: PlaceMention[], t: { start: number; end: number }): PlaceMention[] {
    if (places.length < 2) return places;
    const distance = new Map(places.map((p) => [p, placeDistance(this.text, p, t, this.start)]));
    return places.sort((a, b) => distance.get(a)! - distance.get(b)!);
  }
}
