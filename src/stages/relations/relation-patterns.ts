/**
 * The wordings that state a tie between a person and a group, as regular expressions over the
 * words around a person's name (see actor-relations.ts for how they are read). Role nouns come
 * from relation-roles.tsv; the rest are the small closed sets of English that frame them.
 */

import type { ActorRelationKind } from "../../core/model.ts";
import { ROLE_SOURCE } from "../../actors/relation-roles.ts";

/** One word of a group's name: capitalised ("Hezbollah", "M23", "Kata'ib"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’]*`;
/** An article written onto a name in lower case ("al-Qaeda", "ash-Sham"). */
const PREFIX = String.raw`(?:(?:al|el|ad|ar|as|at|an|az|ash)-)`;
/** A group's name: capitalised words, joined by spaces, hyphens and the small words of names. */
const GROUP = String.raw`${PREFIX}?${WORD}(?:(?:\s+|-)(?:(?:of|the|in|al|el|wal|for)(?:\s+|-))*${PREFIX}?${WORD}){0,5}`;
/** "al-Qaeda-affiliated", "ISIS-linked": a tie without membership stated. */
const SUFFIX = String.raw`-(?:affiliated|linked|allied|aligned|backed|associated|affiliate)(?![\p{L}-])`;
/** Words that grade a role without changing it ("a senior commander", "a former member"). */
const DESC = String.raw`(?:senior|top|local|former|veteran|high-ranking|high-level|prominent|mid-level|regional|military|field|alleged|suspected|known|notorious|key|longtime|long-time|powerful|deputy|founding|leading|self-styled|self-described|wanted|influential|feared|trusted|close)`;
const ARTICLE = String.raw`(?:an?|the|one|another)`;
/** What joins a name to a description of it: a comma, an age, "who police said was", "described as". */
const LEAD = String.raw`^(?:,\s*(?:aged\s+)?\d{1,3},)?(?:,?\s+(?:who|whom)\s+(?:\p{Ll}+\s+){0,4}?(?:is|was|became|remains|remained|be|as)|,?\s+(?:is|was|became|remains|remained)|,?\s+(?:described|identified|named|known)\s+as|,)\s+`;
const ROLE = ROLE_SOURCE;

/** "X, a senior Hezbollah commander", "X, an al-Qaeda-affiliated leader". */
export const GROUP_ROLE_AFTER = new RegExp(
  `${LEAD}${ARTICLE}\\s+(?:${DESC}\\s+)*(?<group>${GROUP})(?:(?<suffix>${SUFFIX})(?:\\s+(?:${DESC}\\s+)*(?<noun>${ROLE}|\\p{Ll}+))?|(?:\\s+${DESC})*\\s+(?<role2>${ROLE}))`,
  "du",
);
/** "X, Hezbollah's top commander". */
export const POSSESSIVE_ROLE_AFTER = new RegExp(`${LEAD}(?<group>${GROUP})['’]s\\s+(?:${DESC}\\s+)*(?<role2>${ROLE})`, "du");
/** "X, a member of the Islamic State", "X, a close aide to" (the object is read where this ends). */
export const ROLE_OF_AFTER = new RegExp(
  `${LEAD}${ARTICLE}\\s+(?:${DESC}\\s+)*(?<role2>${ROLE})\\s+(?:of|in|with|for|within|to)\\s+(?:the\\s+)?`,
  "u",
);
/** "X, who leads Hezbollah's", "X joined the Islamic State". */
export const VERB_AFTER = new RegExp(
  String.raw`^(?:,\s*(?:aged\s+)?\d{1,3},)?,?\s+(?:who\s+)?(?:(?:allegedly|reportedly|once|previously|later|also|had)\s+)?(?<verb>leads|led|commands|commanded|heads|headed|founded|co-founded|joined|belongs\s+to|belonged\s+to|fought\s+(?:for|with)|fights\s+(?:for|with)|served\s+(?:in|with)|serves\s+(?:in|with)|pledged\s+allegiance\s+to|swore\s+allegiance\s+to)\s+(?:the\s+)?`,
  "u",
);
/** "Hezbollah commander X", "al-Qaeda-linked cleric X" (read at the end of the words before the name). */
export const GROUP_ROLE_BEFORE = new RegExp(
  `(?<group>${GROUP})(?:(?<suffix>${SUFFIX})(?:\\s+(?:${DESC}\\s+)*(?<noun>${ROLE}|\\p{Ll}+))?|(?:['’]s)?(?:\\s+${DESC})*\\s+(?<role2>${ROLE}))(?:\\s+\\p{Lu}[\\p{L}]*\\.?)?\\s+$`,
  "du",
);
/** "with direct ties to", "linked to", "in contact with": a tie to whoever the words after it name. */
export const CONNECTION_CUE =
  /(?:\b(?:(?:direct|close|alleged|longstanding|long-standing|deep|strong|known|suspected|reported|personal|family|operational)\s+)*(?:ties|links|connections|contacts?|relationship)\s+(?:to|with)|\b(?:connected|linked|tied|close|associated|allied)\s+(?:to|with)|\bin\s+(?:contact|touch|league)\s+with)\s+/gu;
/** Where the words a connection points to end: a clause boundary. */
export const OBJECT_END = /[,;:.!?()"“”]|\s(?:who|whom|which|that|and|but|when|after|before|while|because|since|during|to|as)\s/u;
/** The group of a person described, not named ("the ISIS gunman", "an al-Shabaab operative"). */
export const DESCRIBED_GROUP = new RegExp(
  `^(?:(?:the|an?)\\s+)?(?:${DESC}\\s+)*(?<group>${GROUP})(?:${SUFFIX})?(?:\\s+(?:${DESC}\\s+)*${ROLE})?`,
  "du",
);

/**
 * Ties a group's own description states between it and another group: "JNIM, which is linked to
 * al-Qaeda", "X, an affiliate of Y", "X, which pledged allegiance to Y" (the other group is read
 * where this ends). All are affiliations: membership and command are for people.
 */
export const GROUP_TIE_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:which|that|who)\s+(?:(?:is|was|are|were|has been|have been|had been|remains|remained)\s+)?(?:(?:also|widely|long|reportedly|allegedly|closely|formally|loosely|now|still)\s+)?(?:(?:linked|affiliated|allied|aligned|associated|tied)\s+(?:to|with)|(?:has\s+|had\s+)?(?:pledged|sworn|swore)\s+allegiance\s+to)|${ARTICLE}\s+(?:${DESC}\s+)*(?:affiliate|offshoot|branch|franchise|ally|wing)\s+of)\s+(?:the\s+)?`,
  "u",
);

/** The relation each verb of VERB_AFTER states. */
export const VERB_RELATIONS: ReadonlyArray<[RegExp, ActorRelationKind]> = [
  [/^(?:leads|led|commands|commanded|heads|headed|founded|co-founded)$/, "commander_of"],
  [/^(?:pledged|swore)/, "affiliated_with"],
  [/./, "member_of"],
];
