import assert from "node:assert/strict";
import { test } from "node:test";
import { demonstrationOutcome, demonstrationType } from "./demonstration-outcome.ts";

test("an outcome the text denies does not type the demonstration", () => {
  assert.equal(demonstrationOutcome("Nurses rallied in Accra for better pay. No arrests were made."), null);
  assert.equal(demonstrationType("Farmers blocked a highway near Pune without any violence, police said.", false), "peaceful_protest");
  assert.equal(demonstrationType("The police did not disperse the students gathered in Dhaka.", false), "peaceful_protest");
});

test("an outcome the text tells still types the demonstration", () => {
  assert.equal(demonstrationOutcome("Nurses rallied in Accra for better pay; twelve were arrested."), "intervention");
  assert.equal(
    demonstrationType("Police made no arrests but fired tear gas at the marchers in Harare.", false),
    "protest_with_intervention",
  );
});
