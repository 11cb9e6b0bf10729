import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { days, only, textsAlone } from "./parser-fixtures.ts";
import { weekday } from "./weekday.ts";

// 2025-12-20 was a Saturday.
const PUB = "2025-12-20";

describe("weekday parser", () => {
  it("reads the latest such weekday on or before publication, with its leading words and part of the day", () => {
    const r = only(weekday, "Gunmen raided the market before dawn on Wednesday, police said.", PUB);
    assert.equal(r.text, "before dawn on Wednesday");
    assert.deepEqual(r.value, days("2025-12-17"));
    assert.equal(r.source, "weekday-before-publication");
    assert.deepEqual(r.weekday, { dow: 3, abbreviation: false });
  });

  it("reads the publication day's own weekday as that day, and 'last' as a week before", () => {
    assert.deepEqual(only(weekday, "Saturday morning was calm.", PUB).value, days("2025-12-20"));
    assert.deepEqual(only(weekday, "The vote was held last Saturday.", PUB).value, days("2025-12-13"));
  });

  it("'next' looks forward", () => {
    const r = only(weekday, "Talks resume next Tuesday.", PUB);
    assert.deepEqual(r.value, days("2025-12-23"));
    assert.equal(r.source, "weekday-next");
  });

  it("is not a holiday, a newspaper or a plural", () => {
    assert.deepEqual(textsAlone(weekday, "Holy Thursday passed; the Friday Mosque and Sunday Express reported on Mondays."), []);
  });
});
