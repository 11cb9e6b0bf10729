import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { find, one, day, texts } from "./sentence-fixtures.ts";

describe("a weekday beside a date", () => {
  it("joins into one expression with the date's value", () => {
    const e = one("Voting took place on Sunday June 5, 2022 without incident.", "on Sunday June 5, 2022", null);
    assert.deepEqual(e.value, day("2022-06-05"));
    assert.equal(e.source, "weekday-date");
  });

  it("in brackets with no year and no publication date has no value", () => {
    const e = one("The army said on Tuesday (December 7) that the pass was closed.", "on Tuesday (December 7)", null);
    assert.equal(e.value, null);
  });

  it("in brackets with a year is that day", () => {
    const e = one("The army said on Tuesday (December 7, 2021) that the pass was closed.", "on Tuesday (December 7, 2021)", null);
    assert.deepEqual(e.value, day("2021-12-07"));
    assert.equal(e.implied, false);
  });

  it("wins over a date one to three days later: news often mislabels the date", () => {
    // 8 March 2024 was a Friday.
    const e = one("Police said Thursday, March 8 that two guards were shot.", "Thursday, March 8", "2024-03-10");
    assert.deepEqual(e.value, day("2024-03-07"));
    assert.equal(e.source, "weekday-date-corrected");
  });

  it("reaches over 'prayers today' to a bracketed date", () => {
    // 20 September 2025 was a Saturday.
    const e = one(
      "Crowds marched after Friday prayers today (20 September) towards the square.",
      "Friday prayers today (20 September)",
      "2025-09-19",
    );
    assert.deepEqual(e.value, day("2025-09-19"));
  });

  it("is read before a numeric date", () => {
    const e = one("The ministry announced this Sunday 15/01/2023 a new curfew.", "this Sunday 15/01/2023", null);
    assert.deepEqual(e.value, day("2023-01-15"));
  });

  it("keeps the stated date when the weekday is far off", () => {
    // 7 December 2025 was a Sunday; the Tuesday before is five days earlier.
    const e = one("Rockets fell on December 7 (Tuesday) on the town.", "on December 7 (Tuesday)", "2025-12-20");
    assert.deepEqual(e.value, day("2025-12-07"));
  });

  it("accepts a short weekday only directly before a date", () => {
    assert.deepEqual(texts("Sat, Dec. 13: the Sun reported the siege.", "2025-12-20"), ["Sat, Dec. 13"]);
  });

  it("'today' before a bracketed date takes the date", () => {
    const e = one("Today (18 September) the envoy met rebels.", "Today (18 September)", "2025-09-20");
    assert.deepEqual(e.value, day("2025-09-18"));
  });
});

describe("years", () => {
  it("after a preposition are year precision and take it into the span", () => {
    const e = one("The militia was founded in 2006.", "in 2006", "2025-12-20");
    assert.deepEqual(e.value, { start: "2006-01-01", end: "2006-12-31", precision: "year" });
    assert.equal(e.implied, false);
  });

  it("after an article are read but the article stays out of the span", () => {
    const e = one("He was killed in a 2020 US drone strike.", "2020", "2025-12-20");
    assert.deepEqual(e.value, { start: "2020-01-01", end: "2020-12-31", precision: "year" });
  });

  it("read ranges and parts of years", () => {
    const s = "The 2014-15 drought was followed by raids in early 2020 and the end of 2021.";
    assert.deepEqual(one(s, "2014-15", null).value, { start: "2014-01-01", end: "2015-12-31", precision: "year" });
    assert.equal(one(s, "in early 2020", null).value?.start, "2020-01-01");
    assert.equal(one(s, "the end of 2021", null).value?.end, "2021-12-31");
  });

  it("are not counts of people or things", () => {
    const s = "A force of 2000 arrived, the 2000 troops joined 2,000 others and the toll rose to 2010.";
    assert.deepEqual(texts(s, "2025-12-20"), []);
  });

  it("are not read from a bare four-digit number", () => {
    assert.deepEqual(texts("Resolution 2231 and Order 1650 were cited.", "2025-12-20"), []);
  });
});

describe("vague and period expressions", () => {
  it("'four years ago' is the year four back from publication, vague", () => {
    const e = one("The group seized the mine four years ago.", "four years ago", "2024-05-05");
    assert.deepEqual(e.value, { start: "2020-01-01", end: "2020-12-31", precision: "year" });
    assert.equal(e.vague, true);
    assert.equal(e.implied, true);
    assert.equal(e.period, false);
  });

  it("'two days ago' is one exact day, not vague", () => {
    const e = one("Two days ago a bus was ambushed.", "Two days ago", "2025-12-20");
    assert.deepEqual(e.value, day("2025-12-18"));
    assert.equal(e.vague, false);
  });

  it("counts with no number are vague and have no value", () => {
    const e = one("Several years ago the town changed hands.", "Several years ago", "2025-12-20");
    assert.equal(e.value, null);
    assert.equal(e.vague, true);
  });

  it("'over the past year' and 'in the past year' are vague periods ending at publication", () => {
    for (const phrase of ["Over the past year", "In the past year"]) {
      const e = one(`${phrase} the army captured more than 300 fighters.`, phrase, "2025-12-20");
      assert.equal(e.vague, true);
      assert.equal(e.period, true);
      assert.deepEqual(e.value, { start: "2024-12-20", end: "2025-12-20", precision: "year" });
    }
  });

  it("'since 2017' runs from 2017 to publication and is a vague period", () => {
    const e = one("The group has staged 40 raids since 2017.", "since 2017", "2025-12-20");
    assert.deepEqual(e.value, { start: "2017-01-01", end: "2025-12-20", precision: "year" });
    assert.equal(e.vague, true);
    assert.equal(e.period, true);
  });

  it("'since' before any date makes it a period", () => {
    const s = "Ever since October 7 the crossing has been shut, and since last year aid has dwindled.";
    assert.equal(one(s, "Ever since October 7", "2025-12-20").period, true);
    assert.equal(one(s, "since last year", "2025-12-20").value?.start, "2024-01-01");
    assert.equal(one("Raids have continued since June.", "since June", null).value, null);
  });

  it("'in recent months' is a vague period with no value", () => {
    const e = one("Attacks have grown in recent months.", "in recent months", "2025-12-20");
    assert.equal(e.value, null);
    assert.equal(e.vague, true);
    assert.equal(e.period, true);
  });

  it("'in the last 24 hours' is a period of about a day", () => {
    const e = one("In the last 24 hours 17 people were killed.", "In the last 24 hours", "2025-12-20");
    assert.deepEqual(e.value, { start: "2025-12-19", end: "2025-12-20", precision: "day" });
    assert.equal(e.period, true);
  });

  it("'recently' is vague but not a period", () => {
    const e = one("The camp was recently reinforced.", "recently", "2025-12-20");
    assert.equal(e.vague, true);
    assert.equal(e.period, false);
  });
});

describe("expressions relative to another event", () => {
  const cases: [string, string, string][] = [
    ["The next day, a second car bomb exploded.", "The next day", "next_day"],
    ["The town was shelled a day after the vote.", "a day after", "next_day"],
    ["Police had cleared the street hours earlier.", "hours earlier", "hours_earlier"],
    ["Days before, the envoy had warned of an attack.", "Days before", "days_before"],
    ["The mosque was hit barely 24 hours after the truce.", "barely 24 hours after", "next_day"],
    ["Militants had probed the line the previous day.", "the previous day", "previous_day"],
    ["A second drone struck later that day.", "later that day", "same_day"],
    ["Two hours after the blast, gunfire erupted.", "Two hours after", "same_day"],
    ["The camp was emptied two days before the raid.", "two days before", "days_before"],
  ];
  for (const [sentence, phrase, kind] of cases) {
    it(`'${phrase}' is ${kind} with no value`, () => {
      const e = one(sentence, phrase, "2025-12-20");
      assert.deepEqual(e.relative, { kind });
      assert.equal(e.value, null);
      assert.equal(e.implied, false);
    });
  }

  it("'shortly after' an hour or a time of day tells the hour, not a time against another event", () => {
    for (const s of [
      "The raid began shortly after ten in the evening, witnesses said.",
      "The depot burned shortly before midnight.",
      "Gunfire was heard soon after 6:15 near the gate.",
      "The first shell landed shortly after 11 p.m. on the hill.",
    ])
      assert.ok(
        find(s, "2025-12-20").every((e) => !e.relative),
        s,
      );
    // An hour word that counts something is not an hour: the phrase stays relative.
    assert.deepEqual(one("Shortly after three mortars hit the camp at night, troops withdrew.", "Shortly after", "2025-12-20").relative, {
      kind: "same_day",
    });
  });

  it("'two days later' is not read: no kind fits it", () => {
    assert.deepEqual(texts("Two days later the road reopened.", "2025-12-20"), []);
  });
});

describe("things that are not dates", () => {
  it("times of day, durations and ages are not read", () => {
    const s = "At 5 p.m. the 32-year-old commander said the siege would last for two days.";
    assert.deepEqual(texts(s, "2025-12-20"), []);
  });

  it("an invalid publication date is treated as unknown", () => {
    assert.equal(one("Rebels attacked on Friday.", "on Friday", "20/12/2025").value, null);
    assert.equal(one("Rebels attacked on Friday.", "on Friday", "2025-02-30").value, null);
  });
});

describe("periods that frame a ranking", () => {
  it("are no periods after a superlative or ordinal, but stay vague", () => {
    const pub = "2025-12-20";
    const cases: [string, string][] = [
      ["It was the deadliest attack on the capital since 2014.", "since 2014"],
      ["The bombing was the third raid on the port this year.", "this year"],
      ["Witnesses called it the worst shelling in recent months.", "in recent months"],
      ["For the first time since October 7, the crossing opened.", "since October 7"],
    ];
    for (const [sentence, phrase] of cases) {
      const e = one(sentence, phrase, pub);
      assert.equal(e.period, false, phrase);
      assert.equal(e.vague, true, phrase);
    }
  });

  it("stay periods in a tally", () => {
    assert.equal(one("Most of the 300 deaths this year were civilians.", "this year", "2025-12-20").period, true);
    assert.equal(one("Raids have killed 40 people since 2014.", "since 2014", "2025-12-20").period, true);
  });

  it("durations of a state are vague but no period", () => {
    const e = one("The group, which has fought the army for years, attacked a base on Friday.", "for years", "2025-12-20");
    assert.equal(e.vague, true);
    assert.equal(e.period, false);
  });
});

describe("publication dates", () => {
  it("a full timestamp is read by its date", () => {
    assert.deepEqual(one("Rebels attacked on Friday.", "on Friday", "2025-12-20T08:30:00Z").value, day("2025-12-19"));
  });

  it("a month range reads both ends", () => {
    assert.deepEqual(texts("Raids went on from March to May.", "2025-12-20"), ["from March", "to May"]);
  });
});

describe("overnight", () => {
  it("alone is the night before publication", () => {
    const e = one("Drones struck a fuel depot overnight, the governor said.", "overnight", "2025-03-12");
    assert.deepEqual(e.value, day("2025-03-11"));
    assert.equal(e.implied, true);
  });

  it("yields to the day the sentence names", () => {
    assert.deepEqual(texts("Shelling went on overnight into Wednesday, residents said.", "2025-03-14"), ["Wednesday"]);
    assert.deepEqual(one("Rebels raided the camp overnight on Monday.", "overnight on Monday", "2025-03-14").value, day("2025-03-10"));
  });

  it("tells nothing without a publication date", () => {
    assert.deepEqual(texts("Drones struck a fuel depot overnight.", null), []);
  });
});
