import type { EventType } from "./event-types.ts";
import type { Extracted, Span } from "./span.ts";

// The closed sets of values below are written once, as lists, so that the types, the API's schemas
// and the checks of stored or reviewed values all read the same list.

/** Finer first. */
export const DATE_PRECISIONS = ["day", "week", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
/** Finer first. */
export const PLACE_PRECISIONS = ["exact", "near", "admin1", "region", "country"] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
/** The periods events are counted by in a summary (a timeline), finer first; weeks start on Monday. */
export const SUMMARY_PERIODS = ["day", "week", "month", "year"] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

/** Finer first: how precisely a date is fixed. */
export const DATE_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
/** Finer first: how precisely a place is fixed. */
export const PLACE_RANK: Record<PlacePrecision, number> = { exact: 0, near: 1, admin1: 2, region: 3, country: 4 };
export type ActorKind = "state" | "armed_group" | "person" | "organisation" | "civilians" | "protesters" | "other";

/** A date or period: `start`/`end` are YYYY-MM-DD, inclusive. */
export interface DateValue {
  start: string;
  end: string;
  precision: DatePrecision;
}

/** A place as far as the text and the gazetteer fix it. */
export interface PlaceValue {
  name: string;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
}

/** An actor in canonical form. */
export interface ActorValue {
  name: string;
  kind: ActorKind;
  country: string | null;
  /** A stated affiliation of a person ("al-Qaeda affiliate"). */
  affiliation?: string;
}

export interface Range {
  min: number | null;
  max: number | null;
}

export type MentionKind = "actor" | "person" | "place" | "time" | "quantity" | "quote";

/** Something named or stated in one article, pinned to its span. */
export interface Mention {
  kind: MentionKind;
  span: Span;
  text: string;
  /** Canonical value: an actor, a place, a date, a number range, a speaker... */
  normalised: unknown;
  source: string;
}

/** One incident as one article tells it. */
export interface ArticleEvent {
  type: Extracted<EventType>;
  date: Extracted<DateValue> | null;
  location: Extracted<PlaceValue> | null;
  actor1: Extracted<ActorValue> | null;
  actor2: Extracted<ActorValue> | null;
  fatalities: Extracted<Range> | null;
  injured: Extracted<Range> | null;
  /** The sentences that tell of this incident. */
  evidence: Span[];
  /** Why this event was found, for `sitrep extract`. */
  trigger: string;
  /** The weekday the text gives when no publication date turned it into a date ("on Tuesday"). */
  weekday?: string;
  /** The named operation the text puts it in ("Operation Inherent Resolve"). */
  operation?: string;
}

/** A number claimed in the text that is not one incident's toll ("captured more than 300 over the past year"). */
export interface Claim {
  span: Span;
  text: string;
  quantity: string;
  value: Range;
  qualifier: string | null;
  claimant: string | null;
}

/** Words in quotation marks, with the speaker when said. */
export interface Quote {
  span: Span;
  text: string;
  speaker: string | null;
}

export const LINK_RELATIONS = ["retaliation_for", "follow_up", "same_campaign"] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A link between two events of one article ("in retaliation for"). */
export interface ArticleLink {
  from: number;
  to: number;
  relation: LinkRelation;
  evidence: Span;
}

/**
 * A link whose target the article names only by its victim ("in response to the killing of X",
 * X's killing told by other sources): resolved against the stored events.
 */
export interface ArticleReference {
  from: number;
  relation: ArticleLink["relation"];
  /** The person whose killing (or capture) the target event is. */
  victim: string;
  evidence: Span;
}

/** What extraction yields for one article. */
export interface Extraction {
  mentions: Mention[];
  events: ArticleEvent[];
  claims: Claim[];
  quotes: Quote[];
  links: ArticleLink[];
  /** Links to events named by their victims, resolved by the store (absent: none). */
  references?: ArticleReference[];
  /** Ties between actors the article states ("X, a senior Hezbollah commander"); absent: none. */
  actorRelations?: StatedActorRelation[];
}

export const ACTOR_RELATION_KINDS = ["affiliated_with", "member_of", "commander_of", "connected_to"] as const;
export type ActorRelationKind = (typeof ACTOR_RELATION_KINDS)[number];

/** A tie between two actors as an article states it, actors named as written or canonically. */
export interface StatedActorRelation {
  from: string;
  to: string;
  relation: ActorRelationKind;
  evidence: EvidenceSpan;
}

/** One piece of evidence: a span of a stored article and its text. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}

/** One article's report of an event, with the values it gave. */
export interface EventSource {
  article: string;
  evidence: EvidenceSpan[];
  /** Set when the article is a near-duplicate (syndicated copy, light rewrite) of this other source. */
  copy_of?: string;
}

/** What one source says of one field of an event, and the words it says it with. */
export interface FieldClaim {
  article: string;
  value: unknown;
  evidence: EvidenceSpan;
  /** The rule that read it. */
  rule: string;
  /** Inferred rather than read (a date taken from the publication day). */
  implied?: boolean;
}

/** The fields whose sources are kept one by one. */
export const CLAIMED_FIELDS = ["type", "date", "location", "actor1", "actor2", "fatalities", "injured"] as const;
export type ClaimedField = (typeof CLAIMED_FIELDS)[number];

/** Machine-made, or changed or confirmed by a reviewer. */
export const EVENT_STATUSES = ["machine", "reviewed"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** What happened to an event, as the changes feed tells it (see `EventChange` in storage/merge-repository.ts). */
export const CHANGE_KINDS = ["created", "revised", "merged", "split", "withdrawn", "reviewed"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** What a reviewer can do to an event. */
export const REVIEW_ACTIONS = ["confirm", "edit", "merge", "split"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** An event as the store keeps and serves it: the best of its reports. */
export interface StoredEvent {
  id: string;
  type: EventType;
  date: string | null;
  date_precision: DatePrecision | null;
  date_end: string | null;
  location: PlaceValue | null;
  actor1: string | null;
  actor2: string | null;
  fatalities: Range | null;
  injured: number | null;
  sources: EventSource[];
  /** Sources once near-duplicate articles are counted once. */
  independent_sources: number;
  /** Per field, what each source said: the value above is the best of these. */
  claims: Record<ClaimedField, FieldClaim[]>;
  /** The fields on which the sources give different values. */
  disagreements: ClaimedField[];
  /** The named operation sources put it in, if any. */
  operation?: string;
  /** For a reviewed event: the machine's own values of the fields reviewers edited. */
  machine?: Record<string, unknown>;
  status: EventStatus;
  version: number;
}

/** A link between stored events. */
export interface StoredLink {
  from: string;
  to: string;
  relation: ArticleLink["relation"];
  article: string;
  evidence: EvidenceSpan;
}

export type { Extracted, Span } from "./span.ts";
