import assert from "node:assert/strict";
import { test } from "node:test";
import {
  NEAR_DUPLICATE_SIMILARITY,
  articleSignature,
  decodeSignature,
  encodeSignature,
  signatureBands,
  signatureSimilarity,
} from "./article-fingerprint.ts";

const WIRE = [
  "Gunmen ambushed an army convoy near the town of Dikwa on Wednesday, killing six soldiers and wounding nine others, military sources said.",
  "The convoy was travelling from Maiduguri when it came under heavy fire from fighters hiding in the bush along the road.",
  "Reinforcements were sent to the area and the wounded were taken to a hospital in the state capital, one officer said.",
  "No group has claimed responsibility for the attack, but jihadists have been active in the region for more than a decade.",
].join(" ");

const SYNDICATED = `Six soldiers killed in convoy ambush. ${WIRE} Copyright Illustrative Daily.`;

const OWN_WORDS = [
  "Six Nigerian soldiers died on Wednesday when insurgents opened fire on their vehicles outside Dikwa, officers told our reporter.",
  "Nine more were hurt. The troops had left Maiduguri in the morning and were attacked from the roadside scrub.",
  "The army said it had sent more troops; nobody has said who carried out the ambush.",
].join(" ");

const sig = (text: string) => {
  const s = articleSignature(text);
  assert.ok(s, "signature");
  return s;
};

test("a syndicated copy with its own headline and footer is a near duplicate", () => {
  assert.ok(signatureSimilarity(sig(WIRE), sig(SYNDICATED)) >= NEAR_DUPLICATE_SIMILARITY);
  const shared = signatureBands(sig(WIRE)).filter((b) => signatureBands(sig(SYNDICATED)).includes(b));
  assert.ok(shared.length > 0, "a copy shares a band");
});

test("another outlet's report of the same incident in its own words is not a duplicate", () => {
  assert.ok(signatureSimilarity(sig(WIRE), sig(OWN_WORDS)) < 0.3);
});

test("a text too short to judge has no signature", () => {
  assert.equal(articleSignature("Six soldiers were killed."), null);
});

test("a signature survives storage unchanged", () => {
  const s = sig(WIRE);
  assert.deepEqual(decodeSignature(encodeSignature(s)), s);
});
