import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { datingHintsFrom } from "./read-models.ts";

const row = (weekday: string, event: object, siblingPublished: string | null = null) => ({
  article_id: "undated",
  report: JSON.stringify({ weekday, date: null }),
  event: JSON.stringify({ date: null, date_precision: null, ...event }),
  sibling_published: siblingPublished,
});

describe("dating hints for undated articles", () => {
  it("takes the day of a merged event dated to the weekday the article names", () => {
    assert.deepEqual(datingHintsFrom([row("tuesday", { date: "2025-04-08", date_precision: "day" })]), [
      { articleId: "undated", date: "2025-04-08", readAgainst: "2025-04-08" },
    ]);
  });

  it("ignores a merged event dated to another weekday", () => {
    assert.deepEqual(datingHintsFrom([row("monday", { date: "2025-04-08", date_precision: "day" })]), []);
  });

  it("reads the weekday back from a dated source of an event no source dates", () => {
    // 2025-04-10 is a Thursday: "on Tuesday" in a report of the same incident is the 8th.
    assert.deepEqual(datingHintsFrom([row("tuesday", {}, "2025-04-10")]), [
      { articleId: "undated", date: "2025-04-08", readAgainst: "2025-04-10" },
    ]);
  });

  it("gives no hint when no source of the event is dated", () => {
    assert.deepEqual(datingHintsFrom([row("tuesday", {})]), []);
  });

  it("is read against a dated source's day in the week after the incident, so later weekdays are not a week early", () => {
    // Tuesday 8 April; the dated source appeared on Friday 11 April: the article's "Thursday" is the 10th.
    const [hint] = datingHintsFrom([row("tuesday", { date: "2025-04-08", date_precision: "day" }, "2025-04-11")]);
    assert.deepEqual(hint, { articleId: "undated", date: "2025-04-08", readAgainst: "2025-04-11" });
  });

  it("is read against the incident's day when the dated sources appeared long after", () => {
    const [hint] = datingHintsFrom([row("tuesday", { date: "2025-04-08", date_precision: "day" }, "2025-05-20")]);
    assert.equal(hint!.readAgainst, "2025-04-08");
  });
});
