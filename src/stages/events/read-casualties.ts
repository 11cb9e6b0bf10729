import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { Range, Span } from "../../core/model.ts";
import { isLatinText, twin, type TwinPattern } from "../latin-twin.ts";
import { NUMBER_PATTERN, QUALIFIER_PATTERN, isVague, parseNumber, qualifiedRange } from "./read-number.ts";

/** A toll stated in the text. */
export interface Casualty {
  kind: "killed" | "injured" | "perpetrator_killed";
  range: Range;
  span: Span;
  /** The people counted ("U.S. soldiers", "worshippers"), when said. */
  who: string;
  /** Where the counted noun phrase sits, to find whose side they were on. */
  whoSpan: Span;
  /** Counted by a pronoun ("shot him dead"): the person was told of before, so the toll tells no incident of its own. */
  anaphoric?: boolean;
}

// A count starts a word: "one" is no count inside "None" or "everyone".
const NUM = `(?<![\\p{L}\\p{N}])(?:(${QUALIFIER_PATTERN})\\s+)?(${NUMBER_PATTERN})`;
/** A counted noun phrase: up to five words that are not verbs of the toll. */
const NP = String.raw`((?:(?!were\b|was\b|have\b|had\b|are\b|and\b|killed\b|dead\b|injured\b|wounded\b|in\b|on\b|at\b|by\b|after\b|when\b|during\b|including\b|inside\b|near\b|as\b|while\b|with\b|from\b|for\b|outside\b|since\b|who\b|that\b|which\b|the\b|when\b|after\b|before\b)[\p{L}.'’-]+\s+){0,5}?)`;
/** The same, taking as many words as it can: used where nothing follows to stop it. */
const NP_GREEDY = NP.replace("{0,5}?", "{0,5}");
const ITEM = `${NUM}\\s+${NP}`;
/** Inside a list, "a" and "an" count one: "two soldiers and an interpreter". */
const LIST_ITEM = `(?<![\\p{L}])(?:(${QUALIFIER_PATTERN})\\s+)?(${NUMBER_PATTERN}|an?)\\s+${NP}`;
const KILLED_VERB = String.raw`(?:killed|dead|died|slain|shot dead|fatally (?:shot|wounded|injured|stabbed)|(?:beaten|stabbed|hacked|burned|burnt|stoned|clubbed) to death|massacred|murdered|lost their lives|perished|executed)`;
const INJURED_VERB = String.raw`(?:injured|wounded|hurt)`;
const BE = String.raw`(?:(?:were|was|have been|has been|had been|are|is|being|got|reportedly|also|later|all|now|confirmed|found)\s+)*`;
const SEP = String.raw`(?:,\s*(?:and\s+)?|and\s+)`;
/** "were shot and killed", "was abducted and killed": another verb of the same people before the toll's. */
const AND_BEFORE_VERB = String.raw`(?:(?:shot|stabbed|abducted|kidnapped|attacked|ambushed|beaten|tortured|hacked|captured|raped|seized)\s+and\s+)?`;
/** Nouns naming one person (one-person-nouns.tsv), so that "a" before them counts one. */
const ONE_PERSON = readTsv(lexiconUrl("one-person-nouns.tsv"))
  .map(([noun]) => noun!)
  .join("|");

/**
 * ", including children and women,", ", a farmer and his two sons,": an aside on who the counted were,
 * between them and the verb.
 */
const ASIDE = String.raw`,\s*(?:including|among them|among whom|most of them|mostly|many of them|an?|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^,;.]{1,60},\s*`;
/** "At least 46 people, including children and women, have been killed": the counted, an aside, then the verb. */
const WITH_ASIDE = (verb: string) => new RegExp(`${NUM}\\s+((?:[\\p{L}.'’-]+\\s+){0,3}[\\p{L}.'’-]+)()${ASIDE}${BE}${verb}\\b`, "giu");
/** "two soldiers and an interpreter were killed": a list of counted groups before the verb. */
const LIST_BEFORE = (verb: string) => new RegExp(`${ITEM}((?:${SEP}${LIST_ITEM})*)${BE}${AND_BEFORE_VERB}${verb}\\b`, "giu");
/** "killing three members", "left 11 dead", "killed at least 10 people". */
const AFTER_VERB = (verbs: string) =>
  new RegExp(`\\b(?:${verbs})\\s+${NUM}(?![\\p{L}\\p{N}])\\s*${NP_GREEDY}((?:${SEP}${LIST_ITEM})*)`, "giu");
/** "death toll rose to 103", "the number of dead increased to 73". */
const TOLL = new RegExp(
  String.raw`\b(?:death toll|toll|number of (?:the )?dead|number of deaths|fatalities)\b[^.;]{0,40}?\b(?:to|of|at|reached|stands at|was|is)\s+${NUM}`,
  "giu",
);
/**
 * "The number of people killed in a strike on X on August 5 has risen to six": a toll told as it
 * rises, its verb far from its noun. The counted people, not the words between, are "who".
 */
const TOLL_RISEN = new RegExp(
  String.raw`\b(?:death toll|toll|number of (?:(people|civilians|persons|those|soldiers|victims)\s+)?(?:killed|dead|deaths|fatalities|who died|killed or wounded)|fatalities)\b[^.;]{0,120}?\b(?:has |have |had )?(?:risen|rose|climbed|increased|jumped|grown|mounted|reached)\s+(?:to\s+)?${NUM}(?![\p{L}\p{N}])`,
  "giu",
);
const DEATHS_OF = new RegExp(String.raw`\bdeaths of\s+${NUM}\s+${NP_GREEDY}((?:${SEP}${LIST_ITEM})*)`, "giu");
const N_DEAD = new RegExp(String.raw`${NUM}\s+(?:people\s+)?(?:dead|deaths|fatalities)\b`, "giu");
const INJURED_NUMBER = new RegExp(String.raw`${NUM}\s+(?:others?\s+|people\s+)?(?:injured|wounded)\b`, "giu");
/** A person's name: two to four capitalised words, with name particles. */
const NAME = String.raw`(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|(?:al|el|bin|ibn|abu|Abu)-\p{Lu}[\p{Ll}'’]+)(?:\s+(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{Ll}'’]+)){1,3}`;
/** "killed Hamas deputy leader Saleh al-Arouri": one named death ("killed in San Felipe" names a place). */
const NAMED_KILLED_AFTER = new RegExp(
  String.raw`\b(?:killed|killing|assassinated|assassinating|eliminated|eliminating)\s+(?:the\s+)?(?:(?!(?:in|at|near|outside|inside|from|on|across|around)\s)[\p{L}-]+\s+){0,4}?(${NAME})(?![\p{L}'’-]|\s+(?:fighters|soldiers|members|militants|troops|forces|civilians|people))`,
  "gu",
);
/** "Soleimani was killed", "Qasem Soleimani, who was killed": one named death. */
const NAMED_KILLED_BEFORE = new RegExp(
  // An indefinite pronoun opening a sentence ("Nobody was killed", "Everyone was killed") names no one.
  String.raw`(?!(?:Nobody|Noone|None|Someone|Somebody|Anyone|Anybody|Everyone|Everybody)\b)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}),?\s+(?:who\s+)?(?:was|had been)\s+(?:\w+\s+)?(?:killed|assassinated|shot dead)\b`,
  "gu",
);

/** "No casualties were reported", "no one was killed": a toll of zero, which is not the same as no toll. */
const NO_CASUALTIES =
  /\b(?:no (?:casualties|deaths|fatalities|one was (?:killed|hurt|injured)|injuries or deaths|deaths or injuries|casualties or (?:injuries|damage))(?: were| was)?(?: immediately)?(?: reported)?|without (?:causing )?casualties|caused no casualties)\b/giu;
const PERPETRATOR =
  /\b(?:the )?(?:attacker|gunman|assailant|bomber|suicide bomber|shooter)\s+(?:was|were)\s+(?:later\s+|also\s+)?(?:shot dead|killed|neutrali[sz]ed)/giu;

const ITEM_RE = twin(new RegExp(LIST_ITEM, "giu"));
/** A word without which no pattern below can match. */
const TOLL_WORD =
  /kill|dead|died|death|slain|fatally|massacr|murder|execut|lives|perish|toll|fatalit|casualt|injur|wound|hurt|neutrali|slaughter|lynch|behead|himself|herself/i;

/**
 * A pattern with the words (lower case) one of which it cannot match without: a sentence lacking
 * them all is spared the pattern, which otherwise tries every position of it.
 */
interface TollPattern {
  re: TwinPattern;
  words: readonly string[];
}
const pattern = (re: RegExp, words: readonly string[]): TollPattern => ({ re: twin(re), words });

// Compiled once: building these per sentence cost more than running them.
const KILLED_WORDS = [
  "killed",
  "dead",
  "died",
  "slain",
  "fatally",
  "to death",
  "massacred",
  "murdered",
  "lost their lives",
  "perished",
  "executed",
];
const INJURED_WORDS = ["injured", "wounded", "hurt"];
const NAMED_KILLED_AFTER_P = pattern(NAMED_KILLED_AFTER, ["killed", "killing", "assassinat", "eliminat"]);
const NAMED_KILLED_BEFORE_P = pattern(NAMED_KILLED_BEFORE, ["killed", "assassinated", "shot dead"]);
const NO_CASUALTIES_P = pattern(NO_CASUALTIES, ["casualties", "no deaths", "no fatalities", "no one was", "no injuries"]);
const PERPETRATOR_P = pattern(PERPETRATOR, ["attacker", "gunman", "assailant", "bomber", "shooter"]);
const TOLL_RISEN_P = pattern(TOLL_RISEN, ["toll", "number of ", "fatalities"]);
const TOLL_P = pattern(TOLL, ["toll", "number of ", "fatalities"]);
const DEATHS_OF_P = pattern(DEATHS_OF, ["deaths of"]);
const KILLED_LIST = pattern(LIST_BEFORE(KILLED_VERB), KILLED_WORDS);
const INJURED_LIST = pattern(LIST_BEFORE(INJURED_VERB), INJURED_WORDS);
const KILLED_ASIDE = pattern(WITH_ASIDE(KILLED_VERB), [","]);
const KILLING_AFTER = pattern(
  AFTER_VERB(
    "killing|killed|kills|kill|massacred|massacring|murdered|slaughtered|executed|leaving|left|claimed the lives of|claiming the lives of",
  ),
  ["kill", "massacr", "murdered", "slaughtered", "executed", "leaving", "left", "the lives of"],
);
/** "killed a civilian", "shot dead a police officer", "lynched a suspected thief": one person, counted by the article "a". */
const KILLED_ONE_AFTER = pattern(
  new RegExp(
    String.raw`\b(?:killed|killing|kills|shot dead|murdered|executed|beheaded|lynched|hacked to death|stabbed to death)\s+an?\s+((?:[\p{L}-]+\s+){0,2}?(?:${ONE_PERSON}))(?![\p{L}-])`,
    "giu",
  ),
  ["kill", "shot dead", "murdered", "executed", "beheaded", "lynched", "to death"],
);
/** The singular forms of BE: "a driver and a passenger were killed" is a list, read above. */
const ONE_BE = String.raw`(?:(?:was|has been|had been|is|being|got|reportedly|also|later|now|confirmed)\s+)*`;
/** "a paramedic was killed", "an elderly farmer was shot dead", "a woman was wounded": one person, counted by the article "a". */
const ONE_BEFORE = (verb: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])an?\s+((?:[\p{L}'’-]+\s+){0,3}?(?:${ONE_PERSON}))\s+${ONE_BE}${AND_BEFORE_VERB}${verb}(?![\p{L}])`,
    "giu",
  );
const ONE_KILLED_BEFORE = pattern(ONE_BEFORE(KILLED_VERB), KILLED_WORDS);
const ONE_INJURED_BEFORE = pattern(ONE_BEFORE(INJURED_VERB), INJURED_WORDS);
/** "shot him dead", "killed her", "stoned a man accused of theft to death": one person the sentence already named. */
const KILLED_PRONOUN = pattern(
  /\b(?:(?:killed|killing|murdered|lynched|beheaded|executed)\s+(?:him|her)\b|shot\s+(?:him|her)\s+dead\b|(?:stoned|beat|hacked|stabbed|clubbed|burned|burnt)\s+(?:him|her|an?\s+(?:[\p{L}'’-]+\s+){0,5}?)to death\b)/giu,
  ["kill", "murdered", "lynched", "beheaded", "executed", "dead", "to death"],
);
/** "killing himself", "blew herself up and four others": the attacker's own death, and those killed with them. */
const KILLED_SELF = pattern(
  new RegExp(
    String.raw`\b(?:killing|killed|kills|blowing|blew)\s+(?:himself|herself)(?:\s+up)?(?:\s+(?:and|along with)\s+${NUM}(?![\p{L}\p{N}])\s*${NP_GREEDY})?`,
    "giu",
  ),
  ["himself", "herself"],
);
const INJURING_AFTER = pattern(AFTER_VERB("injuring|wounding|injured|wounded"), ["injur", "wound"]);
const N_DEAD_P = pattern(N_DEAD, ["dead", "deaths", "fatalities"]);
const INJURED_NUMBER_P = pattern(INJURED_NUMBER, ["injured", "wounded"]);

/** Sums a list of counted groups: "two soldiers and an interpreter" → 3. */
function sumList(first: RegExpExecArray, rest: string, latin: boolean): { range: Range; who: string } {
  const ranges: Range[] = [qualifiedRange(parseNumber(first[2]!) ?? 0, first[1] ?? null, isVague(first[2]!))];
  const who = [first[3]?.trim() ?? ""];
  const itemRe = latin ? ITEM_RE.latin : ITEM_RE.unicode;
  itemRe.lastIndex = 0;
  for (let m = itemRe.exec(rest); m; m = itemRe.exec(rest)) {
    const n = parseNumber(m[2]!);
    if (n === null) continue;
    ranges.push(qualifiedRange(n, m[1] ?? null, isVague(m[2]!)));
    who.push(m[3]?.trim() ?? "");
  }
  const min = ranges.reduce((s, r) => s + (r.min ?? 0), 0);
  const max = ranges.some((r) => r.max === null) ? null : ranges.reduce((s, r) => s + (r.max ?? 0), 0);
  return { range: { min, max }, who: who.filter(Boolean).join(" and ") };
}

function push(out: Casualty[], c: Casualty): void {
  if (out.some((o) => o.span.start < c.span.end && c.span.start < o.span.end)) return;
  out.push(c);
}

/** Finds every death and injury toll in `text.slice(start, end)`. Numbers of targets, operatives captured and the like are not tolls. */
export function readCasualties(text: string, start: number, end: number): Casualty[] {
  const slice = text.slice(start, end);
  // Most sentences name no toll: one cheap look spares them the patterns below.
  if (!TOLL_WORD.test(slice)) return [];
  const out: Casualty[] = [];
  // Spans end at the last word, not at the space the pattern consumed after it.
  const at = (m: RegExpExecArray): Span => ({ start: start + m.index, end: start + m.index + m[0].trimEnd().length });
  const whoSpan = (m: RegExpExecArray, group: string | undefined): Span => {
    const i = group ? m[0].indexOf(group) : -1;
    return i < 0 ? at(m) : { start: start + m.index + i, end: start + m.index + i + group!.length };
  };
  // Latin text is read by the patterns' faster twins, and only where their words occur; the
  // word check is exact there, as no other character matches a Latin letter. Other text is
  // checked too, unless it holds the long s, the one letter the case-blind unicode patterns read
  // as a Latin one ("s") that lower-casing leaves as it is.
  const latin = isLatinText(slice);
  const checkWords = latin || !slice.includes("\u017F");
  const lower = checkWords ? slice.toLowerCase() : "";
  const scan = (p: TollPattern, fn: (m: RegExpExecArray) => Casualty | null) => {
    if (checkWords && !p.words.some((w) => lower.includes(w))) return;
    const re = latin ? p.re.latin : p.re.unicode;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const c = fn(m);
      if (c) push(out, c);
    }
  };
  scan(NAMED_KILLED_AFTER_P, (m) => ({ kind: "killed", range: { min: 1, max: 1 }, span: at(m), who: m[1]!, whoSpan: whoSpan(m, m[1]) }));
  scan(NAMED_KILLED_BEFORE_P, (m) => ({ kind: "killed", range: { min: 1, max: 1 }, span: at(m), who: m[1]!, whoSpan: whoSpan(m, m[1]) }));
  scan(NO_CASUALTIES_P, (m) => ({ kind: "killed", range: { min: 0, max: 0 }, span: at(m), who: "", whoSpan: at(m) }));
  scan(PERPETRATOR_P, (m) => ({ kind: "perpetrator_killed", range: { min: 0, max: 1 }, span: at(m), who: "attacker", whoSpan: at(m) }));
  scan(TOLL_RISEN_P, (m) => {
    const n = parseNumber(m[3]!);
    if (n === null) return null;
    const who = m[1] ?? "";
    // Without counted people, the toll's first word stands for them: never the strike told in between.
    const head = m[0].split(/\s/)[0]!;
    return { kind: "killed", range: qualifiedRange(n, m[2] ?? null, isVague(m[3]!)), span: at(m), who, whoSpan: whoSpan(m, who || head) };
  });
  scan(TOLL_P, (m) => {
    const n = parseNumber(m[2]!);
    return n === null
      ? null
      : { kind: "killed", range: qualifiedRange(n, m[1] ?? null, isVague(m[2]!)), span: at(m), who: "", whoSpan: at(m) };
  });
  scan(DEATHS_OF_P, (m) => {
    const { range, who } = sumList(m, m[4] ?? "", latin);
    return { kind: "killed", range, span: at(m), who, whoSpan: whoSpan(m, m[3]) };
  });
  for (const [list, kind] of [
    [KILLED_LIST, "killed"],
    [KILLED_ASIDE, "killed"],
    [INJURED_LIST, "injured"],
  ] as const) {
    scan(list, (m) => {
      if (parseNumber(m[2]!) === null) return null;
      const { range, who } = sumList(m, m[4] ?? "", latin);
      return { kind, range, span: at(m), who, whoSpan: whoSpan(m, m[3]) };
    });
  }
  scan(KILLING_AFTER, (m) => {
    const n = parseNumber(m[2]!);
    if (n === null) return null;
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const who = m[3]?.trim() ?? "";
    // "left 11 dead" / "leaving 3 injured" read the adjective that follows.
    const kind = /^(?:injured|wounded)\b/.test(after) || /^(?:injured|wounded)/.test(who) ? "injured" : "killed";
    if (/^(?:left|leaving)$/i.test(m[0].split(/\s/)[0]!) && !/^(?:dead|injured|wounded|people dead)/.test(after + who)) return null;
    const { range } = sumList(m, m[4] ?? "", latin);
    return { kind, range, span: at(m), who, whoSpan: whoSpan(m, m[3]) };
  });
  scan(KILLED_ONE_AFTER, (m) => ({ kind: "killed", range: { min: 1, max: 1 }, span: at(m), who: m[1]!, whoSpan: whoSpan(m, m[1]) }));
  scan(ONE_KILLED_BEFORE, (m) => ({ kind: "killed", range: { min: 1, max: 1 }, span: at(m), who: m[1]!, whoSpan: whoSpan(m, m[1]) }));
  scan(ONE_INJURED_BEFORE, (m) => ({ kind: "injured", range: { min: 1, max: 1 }, span: at(m), who: m[1]!, whoSpan: whoSpan(m, m[1]) }));
  scan(KILLED_PRONOUN, (m) => ({
    kind: "killed",
    range: { min: 1, max: 1 },
    span: at(m),
    who: "",
    whoSpan: at(m),
    anaphoric: /\b(?:him|her)\b/i.test(m[0]),
  }));
  scan(KILLED_SELF, (m) => {
    const others = m[2] ? parseNumber(m[2]) : null;
    const range = others === null ? { min: 1, max: 1 } : qualifiedRange(others + 1, m[1] ?? null, isVague(m[2]!));
    // Alone, the attacker's death is a side of its own and adds to the victims' told elsewhere.
    return { kind: "killed", range, span: at(m), who: others === null ? "attacker" : (m[3]?.trim() ?? ""), whoSpan: at(m) };
  });
  scan(INJURING_AFTER, (m) => {
    const n = parseNumber(m[2]!);
    return n === null
      ? null
      : {
          kind: "injured",
          range: qualifiedRange(n, m[1] ?? null, isVague(m[2]!)),
          span: at(m),
          who: m[3]?.trim() ?? "",
          whoSpan: whoSpan(m, m[3]),
        };
  });
  scan(N_DEAD_P, (m) => {
    const n = parseNumber(m[2]!);
    return n === null
      ? null
      : { kind: "killed", range: qualifiedRange(n, m[1] ?? null, isVague(m[2]!)), span: at(m), who: "", whoSpan: at(m) };
  });
  scan(INJURED_NUMBER_P, (m) => {
    const n = parseNumber(m[2]!);
    return n === null
      ? null
      : { kind: "injured", range: qualifiedRange(n, m[1] ?? null, isVague(m[2]!)), span: at(m), who: "", whoSpan: at(m) };
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}
