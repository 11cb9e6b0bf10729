import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredLink } from "../core/model.ts";
import { campaignLinks, operationLinks } from "./derive-links.ts";

const evidence = { start: 0, end: 10, text: "in response" };
const retaliation = (from: string, to: string, article = "a"): StoredLink => ({ from, to, relation: "retaliation_for", article, evidence });

test("strikes retaliating for one incident make a campaign, each linked to the one before", () => {
  const dates = new Map([
    ["ambush", "2025-12-13"],
    ["strikes", "2025-12-19"],
    ["airstrike", "2026-01-16"],
    ["raid", "2026-02-01"],
  ]);
  const derived = campaignLinks(
    [retaliation("airstrike", "ambush"), retaliation("raid", "ambush"), retaliation("strikes", "ambush")],
    dates,
  );
  assert.deepEqual(
    derived.map((l) => [l.from, l.relation, l.to]),
    [
      ["airstrike", "same_campaign", "strikes"],
      ["raid", "same_campaign", "airstrike"],
    ],
  );
});

test("a single retaliation, or retaliations for different incidents, make no campaign", () => {
  const dates = new Map([
    ["a", "2025-01-01"],
    ["b", "2025-01-02"],
  ]);
  assert.deepEqual(campaignLinks([retaliation("a", "x"), retaliation("b", "y")], dates), []);
});

test("a campaign link already stated is not repeated", () => {
  const dates = new Map([
    ["a", "2025-01-01"],
    ["b", "2025-01-02"],
  ]);
  const stated: StoredLink = { from: "b", to: "a", relation: "same_campaign", article: "z", evidence };
  assert.deepEqual(campaignLinks([retaliation("a", "x"), retaliation("b", "x"), stated], dates), []);
});

test("events sources put in one named operation are chained by date", () => {
  const event = (id: string, date: string, operation?: string) =>
    ({
      id,
      date,
      ...(operation ? { operation } : {}),
      sources: [{ article: `art-${id}`, evidence: [{ start: 0, end: 4, text: "text" }] }],
    }) as unknown as Parameters<typeof operationLinks>[0][number];
  const links = operationLinks(
    [event("c", "2025-03-03", "Operation Desert Lance"), event("a", "2025-03-01", "Operation Desert Lance"), event("b", "2025-03-02")],
    [],
  );
  assert.deepEqual(
    links.map((l) => [l.from, l.relation, l.to, l.article]),
    [["c", "same_campaign", "a", "art-c"]],
  );
});
