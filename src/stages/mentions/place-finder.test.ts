import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";
import { readPlaces as read } from "./place-fixtures.ts";
import { findPlaces } from "./place-finder.ts";

test("a possessive does not glue two names together", () => {
  const hits = read("The blast hit Mogadishu’s busiest market district.", "SO");
  assert.equal(hits[0]?.name, "Mogadishu");
});

test("near and outside make a place near, a province suffix makes it admin1", () => {
  assert.equal(read("Fighting broke out near Aleppo.")[0]?.precision, "near");
  assert.equal(read("Gunmen attacked villages in Zamfara state.", "NG")[0]?.precision, "admin1");
});

test("a compass region of a country or a province is a region", () => {
  assert.deepEqual(
    read("Strikes hit targets in northwestern Syria.").map((h) => h.precision),
    ["region"],
  );
  assert.equal(read("Militants attacked two villages in southwest Erbil.", "IQ")[0]?.precision, "region");
});

test("actors and demonyms qualifying actors are not places", () => {
  assert.deepEqual(read("Hamas fighters and Iran-backed militias fired rockets."), []);
});

test("a town after a striking verb is read as a place, even alone and small", () => {
  assert.deepEqual(
    read("Israeli warplanes struck Kfarkila.", "LB")
      .filter((h) => h.precision !== "country")
      .map((h) => [h.name, h.country]),
    [["Kfar Kila", "LB"]],
  );
});

test("a province's possessive places a district in that province", () => {
  const hits = read("Gunmen attacked a village in Manipur's Bishnupur district.");
  const district = hits.find((h) => h.text.startsWith("Bishnupur"));
  assert.equal(district?.country, "IN");
  assert.equal(findPlaces("in Manipur's Bishnupur district", 0, 31, null).at(-1)?.place.admin1, "Manipur");
});

test("an acronym in brackets spells a name out, it is no place beside it", () => {
  assert.deepEqual(read("The Foobar Liberation Army (BLA) claimed the attack."), []);
});

const placesOfArticle = (body: string) =>
  extract(buildArticle({ id: "t", body, published: "2024-05-10" }))
    .mentions.filter((m) => m.kind === "place")
    .map((m) => `${m.text}:${(m.normalised as { country: string }).country}`);

test("a small town abroad that only shares a name is dropped when nothing in the text supports its country", () => {
  // Eastleigh is a town in England and a district of Nairobi; nothing here says which.
  assert.deepEqual(placesOfArticle("Police arrested 43 people in Eastleigh on Tuesday."), []);
  assert.deepEqual(placesOfArticle("Kenyan police arrested 43 people in Eastleigh on Tuesday."), ["Kenyan:KE"]);
});

test("a city far larger than its namesakes abroad needs no other support", () => {
  assert.deepEqual(placesOfArticle("Police dispersed a march in Goma on Tuesday."), ["Goma:CD"]);
});

test("a town whose only namesakes abroad are hamlets of no recorded size is found by its name", () => {
  // Kidal is a Malian town and regional capital; its one namesake is a hamlet on Java.
  assert.deepEqual(placesOfArticle("Gunmen attacked a checkpoint near Kidal on Sunday."), ["Kidal:ML"]);
});

test("a place in a country its own sentence names is kept when the article is about another country", () => {
  const body =
    "Shelling hit two villages near Nabatieh in southern Lebanon on Monday. Beirut officials said the Lebanese army was on alert. " +
    "Hezbollah said it fired drones at an Israeli army base in Safad.";
  assert.ok(placesOfArticle(body).includes("Safad:IL"), placesOfArticle(body).join(", "));
});

test("a group that operates in one country supports a place there", () => {
  // Beni is a town of the DR Congo and a department of Bolivia: the group says which.
  assert.deepEqual(placesOfArticle("A grenade thrown by ADF fighters exploded in Beni on Tuesday."), ["Beni:CD"]);
});

test("a division written as a city is the city, not the province named like it", () => {
  const hits = read("Rioters set a bus on fire in Foobarabad area, Dhaka city, on Monday.");
  assert.deepEqual(
    hits.map((h) => [h.text, h.precision]),
    [
      ["Foobarabad area", "near"],
      [", Dhaka city", "near"],
    ],
  );
});

test("a small town found abroad by its unique name yields to the country the text names", () => {
  const places = placesOfArticle("An IED planted by Al-Shabaab wounded two police officers in Kiunga, near the border with Somalia.");
  assert.ok(!places.some((p) => p.startsWith("Kiunga")));
});

test("a road named by the two towns it joins is placed near the first", () => {
  const hits = read("A car bomb exploded on the road of Kirkuk-Tikrit at a checkpoint.");
  assert.deepEqual(hits[0], { text: "Kirkuk", name: "Kirkuk", precision: "near", country: "IQ" });
});

test("a capital followed by 'government' stands for the state, not a place", () => {
  const hits = read("Militants accused them of working with the Kabul government, in Foobar district, Wardak.");
  assert.ok(!hits.some((h) => h.text === "Kabul"));
});

test("'the department of X' is the division, not a town named after it", () => {
  const [hit] = read("A helicopter was shot down in the department of Antioquia on Thursday.");
  assert.equal(hit?.precision, "admin1");
  assert.equal(hit?.name, "Antioquia");
});

test("a numbered village written after 'Barangay' is read in the divisions written after it", () => {
  const hits = read("Two farmers were last seen in Barangay Zzyzx 3, Mauban, Quezon.");
  assert.equal(hits[0]?.country, "PH");
  assert.equal(hits[0]?.name, "Zzyzx");
});

test("an initial inside a name does not cut it short", () => {
  const hits = read("A grenade hit a police station in Barangay Zzyzx S. Qwerty, Bulan, Sorsogon.");
  assert.equal(hits[0]?.text, "Zzyzx S. Qwerty");
  assert.equal(hits[0]?.country, "PH");
});

test("'the countryside of X' is the division X, which towns of that name abroad do not rival", () => {
  const [hit] = findPlaces("Gunmen killed two men in the countryside of Dara.", 0, 48, null);
  assert.equal(hit?.place.country, "SY");
  assert.equal(hit?.place.precision, "admin1");
  assert.equal(hit?.anchored, true);
});

test("a compass word before the province of an 'X district of' context still names it", () => {
  const s = "Jets bombed four areas in the Zzyzx district of eastern Paktika province.";
  const hit = findPlaces(s, 0, s.length, null).find((h) => h.place.name === "Zzyzx");
  assert.equal(hit?.place.admin1, "Paktika");
});

test("a demonym saying who owns a company is no place", () => {
  assert.deepEqual(read("Workers of a Chinese-owned mine and of an Indian state-owned consortium protested."), []);
});

test("a division after a country's possessive is read as a place within it", () => {
  assert.deepEqual(
    read("Gunmen attacked a village in Nigeria's Zamfara state on Monday.").map((h) => [h.name, h.precision]),
    [
      ["Nigeria", "country"],
      ["Zamfara State", "admin1"],
    ],
  );
  assert.ok(
    read("Warplanes struck targets in Yemen’s western Hodeidah province.", "YE").some(
      (h) => h.country === "YE" && h.precision === "admin1",
    ),
  );
});

test("an agency of several words is no place, even beside a division", () => {
  const names = read("Armed youths looted stores of the World Food Programme in Jonglei state on Monday.", "SS").map((h) => h.name);
  assert.ok(!names.includes("World Food Programme"), names.join(", "));
  assert.ok(names.includes("Jonglei"), names.join(", "));
});
