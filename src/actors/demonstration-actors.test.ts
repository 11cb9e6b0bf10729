import assert from "node:assert/strict";
import { test } from "node:test";
import { demonstrationActors } from "./demonstration-actors.ts";

const police = { name: "Police Forces of Kenya", kind: "state" as const, country: "KE" };
const students = { name: "Civilians (Kenya)", kind: "civilians" as const, country: "KE" };

test("puts the protesters first and the police second when police broke up a protest", () => {
  const sides = demonstrationActors(
    "protest_with_intervention",
    "KE",
    { actor1: police, actor2: students },
    "Police fired tear gas at students marching against fees.",
  );
  assert.deepEqual([sides?.actor1.name, sides?.actor2?.name], ["Protesters (Kenya)", "Police Forces of Kenya"]);
});

test("keeps the protesters first when force was used on them, naming the police the text implies", () => {
  const sides = demonstrationActors(
    "excessive_force_against_protesters",
    "BD",
    { actor1: null, actor2: { name: "Civilians (Bangladesh)", kind: "civilians", country: "BD" } },
    "Two marchers died when officers opened fire with live rounds on the rally.",
  );
  assert.deepEqual([sides?.actor1.name, sides?.actor2?.name], ["Protesters (Bangladesh)", "Police Forces of Bangladesh"]);
});

test("codes a mob as rioters against the civilians of the country", () => {
  const sides = demonstrationActors("mob_violence", "NG", { actor1: null, actor2: null }, "A mob beat a man accused of theft.");
  assert.deepEqual([sides?.actor1.name, sides?.actor2?.name], ["Rioters (Nigeria)", "Civilians (Nigeria)"]);
});

test("leaves a peaceful protest without a second side and other types alone", () => {
  const sides = demonstrationActors("peaceful_protest", "SO", { actor1: null, actor2: null }, "Traders marched to the governor's office.");
  assert.deepEqual([sides?.actor1.name, sides?.actor2], ["Protesters (Somalia)", null]);
  assert.equal(demonstrationActors("armed_clash", "SO", { actor1: null, actor2: null }, ""), null);
});

test("names the side that used force on a protest typed peaceful, when the text tells of force", () => {
  const sides = demonstrationActors(
    "peaceful_protest",
    "ID",
    { actor1: null, actor2: null },
    "Villagers rallied outside the mine office until police dispersed them with tear gas.",
  );
  assert.equal(sides?.actor2?.name, "Police Forces of Indonesia");
  const attacked = demonstrationActors(
    "peaceful_protest",
    "BD",
    { actor1: { name: "Unidentified armed group", kind: "armed_group", country: null }, actor2: null },
    "Unknown men stabbed two students during their rally.",
  );
  assert.equal(attacked?.actor2?.name, "Unidentified armed group (Bangladesh)");
});
