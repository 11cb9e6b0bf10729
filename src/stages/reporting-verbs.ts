/**
 * The reporting verbs of `src/lexicon/reporting-verbs.tsv`, by the reading that looks for them.
 * Each reading has its own list (a quotation's speaker is introduced by fewer verbs than a speaker
 * telling of an incident), kept side by side in one file so that a verb is added or dropped in one
 * place and it is plain which readings use it.
 */

import { lexiconUrl, readTsv } from "../core/data-file.ts";

/** The readings that look for reporting verbs, and where. */
const READINGS = [
  /** quote-finder: "..., X said", the speaker after the quotation */
  "quote-after",
  /** quote-finder: "X said: ...", the speaker before it */
  "quote-before",
  /** quote-finder: "..., X said", name first */
  "quote-verb-first",
  /** read-observations: "as announced by the police on Wednesday": the date is the statement's */
  "statement-date-before",
  /** read-observations: "on Tuesday announced that...": the date is the statement's */
  "statement-date-after",
  /** read-observations: "announced the arrest of": an act made known */
  "made-known",
  /** read-observations: "told editors in Abuja": the place is where something was said */
  "where-said",
  /** crowd-violence: "villagers said gunmen attacked": the crowd speaks, the verb after is not its act */
  "crowd-speaks",
  /** assign-actors: "police said": the actor speaks, it does not act */
  "actor-speaks",
  /** assign-actors: "X said its forces...": a speaker reporting its own act */
  "self-report",
  /** assign-actors: "according to the army": the source named after the phrase */
  "source-before-actor",
  /** assign-actors: a reporting verb between a speaker and the incident it tells of */
  "tells-of",
  /** assign-actors: "CENTCOM said its aircraft struck": the speaker's own act */
  "own-act",
  /** find-claims: "according to X", "said X": who makes a numeric claim */
  "claimant-before",
  /** find-claims: "X said": who makes a numeric claim */
  "claimant-after",
] as const;

export type ReportingReading = (typeof READINGS)[number];

const FILE = "reporting-verbs.tsv";

function readVerbs(): Map<ReportingReading, string[]> {
  const byReading = new Map<ReportingReading, string[]>(READINGS.map((r) => [r, []]));
  for (const [form, readings, why] of readTsv(lexiconUrl(FILE))) {
    if (!form || !readings || !why) throw new Error(`${FILE}: the row "${form ?? ""}" needs a form, its readings and why`);
    for (const reading of readings.split(",")) {
      const verbs = byReading.get(reading.trim() as ReportingReading);
      if (!verbs) throw new Error(`${FILE}: "${form}" names an unknown reading "${reading}"`);
      verbs.push(form);
    }
  }
  for (const [reading, verbs] of byReading) if (verbs.length === 0) throw new Error(`${FILE}: no verb for the reading "${reading}"`);
  return byReading;
}

const VERBS = readVerbs();

/**
 * The verbs a reading looks for, as one regex alternation to put in a group. Their order does not
 * matter: no two of one reading can both match at one place.
 */
export function reportingVerbs(reading: ReportingReading): string {
  return VERBS.get(reading)!.join("|");
}
