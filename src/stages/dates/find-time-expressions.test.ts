import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { findTimeExpressions } from "./find-time-expressions.ts";
import { find, one, day, texts } from "./sentence-fixtures.ts";

describe("spans", () => {
  it("point into the original text when the range is one sentence of many", () => {
    const text = "Heavy rain fell. Rebels shelled the depot on Friday, officials said. More later on Monday.";
    const start = text.indexOf("Rebels");
    const end = text.indexOf("More") - 1;
    const found = findTimeExpressions(text, { start, end }, "2025-12-20");
    assert.equal(found.length, 1);
    const e = found[0]!;
    assert.equal(e.text, "on Friday");
    assert.equal(text.slice(e.span.start, e.span.end), "on Friday");
    assert.equal(e.span.start, text.indexOf("on Friday"));
  });

  it("ignore expressions outside the range", () => {
    const text = "On Monday it rained. The convoy left.";
    const start = text.indexOf("The");
    assert.deepEqual(findTimeExpressions(text, { start, end: text.length }, "2025-12-20"), []);
  });

  it("survive a range that runs past the end of the text", () => {
    const text = "Troops withdrew on Sunday";
    const found = findTimeExpressions(text, { start: 0, end: 500 }, "2025-12-20");
    assert.deepEqual(
      found.map((e) => e.text),
      ["on Sunday"],
    );
  });

  it("come out in text order", () => {
    const found = find("Talks failed on Monday, fighting resumed on Tuesday and a truce held by Thursday.", "2025-12-20");
    const starts = found.map((e) => e.span.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });
});

describe("weekdays", () => {
  // 2025-12-20 is a Saturday.
  it("resolve to the most recent such day before publication", () => {
    const e = one("Gunmen stormed a police post on Friday, a spokesman said.", "on Friday", "2025-12-20");
    assert.deepEqual(e.value, day("2025-12-19"));
    assert.equal(e.source, "weekday-before-publication");
    assert.equal(e.implied, true);
    assert.equal(e.vague, false);
    assert.equal(e.period, false);
    assert.equal(e.relative, undefined);
  });

  it("resolve to the publication day itself when it is that weekday", () => {
    // 2024-01-09 is a Tuesday.
    const e = one("Drones hit a fuel depot on Tuesday night near the frontier.", "on Tuesday night", "2024-01-09");
    assert.deepEqual(e.value, day("2024-01-09"));
  });

  it("reach back up to six days", () => {
    const e = one("The bridge was blown up on Sunday.", "on Sunday", "2025-12-20");
    assert.deepEqual(e.value, day("2025-12-14"));
  });

  it("have no value without a publication date", () => {
    const e = one("Gunmen stormed a police post on Friday.", "on Friday", null);
    assert.equal(e.value, null);
    assert.equal(e.implied, true);
  });

  it("take in leading and trailing parts of the day", () => {
    const s = "Shelling began late on Sunday, eased in the early hours of Monday and resumed Saturday night.";
    assert.deepEqual(texts(s, "2025-12-20"), ["late on Sunday", "in the early hours of Monday", "Saturday night"]);
    assert.deepEqual(one(s, "in the early hours of Monday", "2025-12-20").value, day("2025-12-15"));
  });

  it("are read in the possessive and before 'prayers'", () => {
    const s = "Friday's strike followed Tuesday's attack, and crowds gathered after Friday prayers.";
    assert.deepEqual(texts(s, "2025-12-20"), ["Friday", "Tuesday", "Friday"]);
    assert.deepEqual(find(s, "2025-12-20")[1]!.value, day("2025-12-16"));
  });

  it("'last Friday' skips the publication day itself", () => {
    // 2025-12-19 is a Friday.
    const e = one("The envoy arrived last Friday.", "last Friday", "2025-12-19");
    assert.deepEqual(e.value, day("2025-12-12"));
    assert.equal(e.source, "weekday-last");
  });

  it("'next Monday' looks forward", () => {
    const e = one("Talks are due to resume next Monday.", "next Monday", "2025-12-20");
    assert.deepEqual(e.value, day("2025-12-22"));
  });

  it("are not holidays, titles or habits", () => {
    const s = "Marchers recalled Good Friday and Bloody Sunday, the Sunday Times said, as shops close on Fridays.";
    assert.deepEqual(texts(s, "2025-12-20"), []);
  });
});

describe("words for the publication day", () => {
  const pub = "2025-12-20";
  it("today, this morning and tonight are the publication day", () => {
    const s = "Officials said today that a rocket landed this morning and more may follow tonight.";
    for (const phrase of ["today", "this morning", "tonight"]) {
      const e = one(s, phrase, pub);
      assert.deepEqual(e.value, day(pub));
      assert.equal(e.implied, true);
    }
  });

  it("yesterday and last night are the day before", () => {
    const s = "Yesterday a patrol was ambushed and last night the camp was shelled.";
    assert.deepEqual(one(s, "Yesterday", pub).value, day("2025-12-19"));
    assert.deepEqual(one(s, "last night", pub).value, day("2025-12-19"));
  });

  it("'the day before yesterday' is two days back, not a relative phrase", () => {
    const e = one("The day before yesterday a mortar round hit the school.", "The day before yesterday", pub);
    assert.deepEqual(e.value, day("2025-12-18"));
    assert.equal(e.relative, undefined);
  });

  it("take a part of the day after 'yesterday'", () => {
    assert.deepEqual(texts("Clashes broke out yesterday morning.", pub), ["yesterday morning"]);
  });

  it("have no value without a publication date", () => {
    assert.equal(one("The base was hit yesterday.", "yesterday", null).value, null);
  });
});

describe("weeks, months and years counted from publication", () => {
  it("'last weekend' is the Saturday and Sunday before publication", () => {
    const e = one("Militias clashed last weekend near the dam.", "last weekend", "2025-12-20");
    assert.deepEqual(e.value, { start: "2025-12-13", end: "2025-12-14", precision: "week" });
  });

  it("'over the weekend' in a Monday article is the weekend just gone", () => {
    const e = one("Three villages were burned over the weekend.", "over the weekend", "2025-12-22");
    assert.deepEqual(e.value, { start: "2025-12-20", end: "2025-12-21", precision: "week" });
  });

  it("'last week' is the Monday to Sunday before the publication week", () => {
    const e = one("Last week the militia seized two towns.", "Last week", "2025-12-20");
    assert.deepEqual(e.value, { start: "2025-12-08", end: "2025-12-14", precision: "week" });
  });

  it("'earlier this week' runs from Monday up to the day before publication", () => {
    const expected = { start: "2025-12-15", end: "2025-12-19", precision: "week" };
    assert.deepEqual(one("Earlier this week a convoy was hit.", "Earlier this week", "2025-12-20").value, expected);
    assert.deepEqual(one("A convoy was hit earlier in the week.", "earlier in the week", "2025-12-20").value, expected);
  });

  it("'last month' is the whole previous month", () => {
    const e = one("Last month, insurgents overran an outpost.", "Last month", "2025-12-20");
    assert.deepEqual(e.value, { start: "2025-11-01", end: "2025-11-30", precision: "month" });
    assert.equal(e.period, false);
  });

  it("'last month' in January is December of the year before", () => {
    const e = one("Fighting flared last month.", "last month", "2026-01-05");
    assert.deepEqual(e.value, { start: "2025-12-01", end: "2025-12-31", precision: "month" });
  });

  it("'this month' is the publication month", () => {
    const e = one("Two soldiers died in an ambush this month.", "this month", "2024-02-10");
    assert.deepEqual(e.value, { start: "2024-02-01", end: "2024-02-29", precision: "month" });
  });

  it("'last year' is the previous calendar year", () => {
    const e = one("The town was retaken last year.", "last year", "2025-12-20");
    assert.deepEqual(e.value, { start: "2024-01-01", end: "2024-12-31", precision: "year" });
    assert.equal(e.vague, false);
  });

  it("'this year' and 'so far this year' are periods, 'earlier this year' is not", () => {
    const s = "So far this year 90 people have died, most of them in a raid earlier this year.";
    const total = one(s, "So far this year", "2025-12-20");
    assert.equal(total.period, true);
    assert.equal(total.vague, true);
    assert.deepEqual(total.value, { start: "2025-01-01", end: "2025-12-31", precision: "year" });
    assert.equal(one(s, "earlier this year", "2025-12-20").period, false);
    assert.equal(one("Attacks doubled this year.", "this year", "2025-12-20").period, true);
  });

  it("'the last year' without a preposition is not read", () => {
    assert.deepEqual(texts("The last year of the war was the worst.", "2025-12-20"), []);
  });
});

describe("months named alone", () => {
  it("'in mid-December' is the latest December before publication", () => {
    const e = one("The airstrip was bombed in mid-December.", "in mid-December", "2026-01-17");
    assert.deepEqual(e.value, { start: "2025-12-01", end: "2025-12-31", precision: "month" });
    assert.equal(e.implied, true);
  });

  it("a month earlier in the year stays in the publication year", () => {
    const e = one("The siege began in October.", "in October", "2025-12-20");
    assert.deepEqual(e.value, { start: "2025-10-01", end: "2025-10-31", precision: "month" });
  });

  it("the publication month itself counts", () => {
    const e = one("Rebels took the port in December.", "in December", "2025-12-20");
    assert.deepEqual(e.value, { start: "2025-12-01", end: "2025-12-31", precision: "month" });
  });

  it("'last November' is the latest November before publication", () => {
    assert.equal(one("The camp was raided last November.", "last November", "2025-12-20").value?.start, "2025-11-01");
    assert.equal(one("The camp was raided last November.", "last November", "2025-11-20").value?.start, "2024-11-01");
  });

  it("keep month precision with early, mid and late", () => {
    const s = "Raids rose in early March and fell by late April.";
    assert.equal(one(s, "in early March", "2025-12-20").value?.precision, "month");
    assert.equal(one(s, "by late April", "2025-12-20").value?.start, "2025-04-01");
  });

  it("have no value without a publication date", () => {
    assert.equal(one("The siege began in October.", "in October", null).value, null);
  });

  it("are not read from the verbs 'may' and 'march', nor from 'May' with no cue", () => {
    assert.deepEqual(texts("Officials may march with the crowd; May the talks succeed, said Ms May.", "2025-12-20"), []);
  });
});

describe("written dates", () => {
  it("'December 13, 2025' is that day and not implied", () => {
    const e = one("Troops entered the city on December 13, 2025.", "on December 13, 2025", "2026-01-17");
    assert.deepEqual(e.value, day("2025-12-13"));
    assert.equal(e.implied, false);
    assert.equal(e.source, "month-day-year");
  });

  it("read the first or second half of a month as that month", () => {
    const e = one("Rebels taxed the villages in the first half of February.", "in the first half of February", "2019-03-20");
    assert.deepEqual(e.value, { start: "2019-02-01", end: "2019-02-28", precision: "month" });
  });

  it("read a day, month and year joined by hyphens", () => {
    const s = "The convoy was ambushed on 9-March-2019 and the depot shelled on 21-Feb-2020.";
    assert.deepEqual(one(s, "on 9-March-2019", null).value, day("2019-03-09"));
    assert.deepEqual(one(s, "on 21-Feb-2020", null).value, day("2020-02-21"));
  });

  it("read day-first and abbreviated forms", () => {
    const s = "The post fell on 13 December 2025; a second attack came on 04 Feb 2019.";
    assert.deepEqual(one(s, "on 13 December 2025", null).value, day("2025-12-13"));
    assert.deepEqual(one(s, "on 04 Feb 2019", null).value, day("2019-02-04"));
  });

  it("take the year from publication, the latest past occurrence", () => {
    const s = "The ceasefire of Oct. 18 collapsed on Dec. 13.";
    assert.deepEqual(one(s, "Oct. 18", "2026-01-17").value, day("2025-10-18"));
    assert.deepEqual(one(s, "on Dec. 13", "2026-01-17").value, day("2025-12-13"));
    assert.equal(one(s, "on Dec. 13", "2026-01-17").implied, true);
  });

  it("allow a few days after publication for time zones and mislabelled dates", () => {
    assert.deepEqual(one("Polls open on December 22.", "on December 22", "2025-12-20").value, day("2025-12-22"));
    assert.deepEqual(one("Polls opened on December 28.", "on December 28", "2025-12-20").value, day("2024-12-28"));
  });

  it("without a year or publication date have no value", () => {
    assert.equal(one("The truce began on Dec. 13.", "on Dec. 13", null).value, null);
  });

  it("read a month and day before a noun as a date", () => {
    const e = one("Survivors of the October 7 Hamas attack testified.", "October 7", "2025-12-20");
    assert.deepEqual(e.value, day("2025-10-07"));
  });

  it("read numeric and ISO dates", () => {
    const s = "Records dated 15/01/2023 and 2024-01-03 and 01/25/2022 were seized.";
    assert.deepEqual(one(s, "15/01/2023", null).value, day("2023-01-15"));
    assert.deepEqual(one(s, "2024-01-03", null).value, day("2024-01-03"));
    assert.deepEqual(one(s, "01/25/2022", null).value, day("2022-01-25"));
  });

  it("read a run of days as one day-precision span", () => {
    const s = "Fighting raged on December 13-14 and again from 20 to 22 December.";
    assert.deepEqual(one(s, "on December 13-14", "2025-12-30").value, { start: "2025-12-13", end: "2025-12-14", precision: "day" });
    assert.deepEqual(one(s, "20 to 22 December", "2025-12-30").value, { start: "2025-12-20", end: "2025-12-22", precision: "day" });
  });

  it("reject days that do not exist", () => {
    assert.deepEqual(texts("Nothing happened on 31 April or February 30.", "2025-12-20"), []);
  });

  it("read month and year as month precision", () => {
    const s = "He was detained in November 2018 and freed in February 2019.";
    assert.deepEqual(one(s, "in November 2018", null).value, { start: "2018-11-01", end: "2018-11-30", precision: "month" });
    assert.deepEqual(one(s, "in February 2019", null).value, { start: "2019-02-01", end: "2019-02-28", precision: "month" });
  });
});
