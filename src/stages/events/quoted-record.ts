import type { Sentence } from "../../core/document.ts";
import type { Mention } from "../../core/model.ts";
import type { TimeExpression } from "../dates/find-time-expressions.ts";
import { settingTime } from "./setting-time.ts";

type TimeMention = Mention & { normalised: TimeExpression };

/**
 * A quoted sentence that opens with the calendar day it tells of ("“On Aug. 7, two suspects were
 * arrested at X.”") is a record read out, such as an official's list of arrests, not a view or a
 * threat: its incidents are read like the writer's own. Only a date fixes a record; a weekday
 * ("On Monday, they came for us") or a month does not.
 */
export function quotedRecord(text: string, sentence: Sentence, times: TimeMention[]): boolean {
  const opened = settingTime(text, sentence, times);
  if (!opened || opened.normalised.value?.precision !== "day") return false;
  return !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b/i.test(opened.text);
}
