import assert from "node:assert/strict";
import { test } from "node:test";
import { FeedSchedule, PageRetries, pollDelay } from "./feed-schedule.ts";

test("a failing feed waits twice as long after each failure in a row, up to the ceiling", () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6].map((n) => pollDelay(60_000, n, 600_000)),
    [60_000, 120_000, 240_000, 480_000, 600_000, 600_000, 600_000],
  );
  // A ceiling below the interval never makes a failing feed come sooner than a working one.
  assert.equal(pollDelay(60_000, 3, 1000), 60_000);
});

test("each feed keeps its own pace: one failing does not delay the others, and success resets it", () => {
  const schedule = new FeedSchedule(["good", "bad"], 100, 10_000, 0);
  assert.deepEqual(schedule.due(0), ["good", "bad"]);
  schedule.succeeded("good", 0);
  assert.equal(schedule.failed("bad", 0), 200);
  assert.equal(schedule.nextDue(), 100);
  assert.deepEqual(schedule.due(100), ["good"]);
  schedule.succeeded("good", 100);
  assert.deepEqual(schedule.due(200), ["good", "bad"]);
  assert.equal(schedule.failed("bad", 200), 400);
  schedule.succeeded("good", 200);
  assert.deepEqual(schedule.due(300), ["good"]);
  assert.deepEqual(schedule.due(600), ["good", "bad"]);
  schedule.succeeded("bad", 600);
  assert.equal(schedule.nextDue(), 300);
  assert.deepEqual(schedule.due(700), ["good", "bad"]);
});

test("a page that failed waits like a failing feed before it is tried again", () => {
  const pages = new PageRetries(100, 10_000);
  assert.equal(pages.waiting("https://x.example/a", 0), false);
  pages.failed("https://x.example/a", 0);
  assert.equal(pages.waiting("https://x.example/a", 150), true);
  assert.equal(pages.waiting("https://x.example/b", 150), false);
  assert.equal(pages.waiting("https://x.example/a", 200), false);
  pages.failed("https://x.example/a", 200);
  assert.equal(pages.waiting("https://x.example/a", 500), true);
  assert.equal(pages.waiting("https://x.example/a", 600), false);
});
