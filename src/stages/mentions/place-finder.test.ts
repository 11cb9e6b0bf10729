import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";
import { findPlaces } from "./place-finder.ts";

const read = (s: string, hint: string | null = null) =>
  findPlaces(s, 0, s.length, hint).map((h) => ({
    text: s.slice(h.start, h.end),
    name: h.place.name,
    precision: h.place.precision,
    country: h.place.country,
  }));

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

test("a village the gazetteer lacks is kept by name, without coordinates", () => {
  const [hit] = findPlaces("Troops entered the village of Qaryat Zzyzx yesterday.", 0, 55, "SY");
  assert.equal(hit?.place.name, "Qaryat Zzyzx");
  assert.equal(hit?.place.lat, null);
});

test("actors and demonyms qualifying actors are not places", () => {
  assert.deepEqual(read("Hamas fighters and Iran-backed militias fired rockets."), []);
});

test("a village the gazetteer lacks belongs to the country its own sentence names, not the article's", () => {
  const s = "Israeli jets struck again in southern Lebanon, at the border village of Qaryat Zzyzx.";
  const village = findPlaces(s, 0, s.length, "IL").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "LB");
});

test("a country named across a border does not give a village the gazetteer lacks its country", () => {
  const s = "Shells fell on the village of Qaryat Zzyzx in southern Lebanon, some 6 km from the border with Israel.";
  const village = findPlaces(s, 0, s.length, "IL").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "LB");
  const t = "Shells fell on the village of Qaryat Zzyzx, some 6 km from the border with Syria.";
  assert.notEqual(findPlaces(t, 0, t.length, "LB").find((h) => h.place.name === "Qaryat Zzyzx")?.place.country, "SY");
});

test("a demonym before what a village is ('the Syrian posts of X') gives the village its country", () => {
  const s = "Rebels in northern Lebanon shelled the Syrian posts of Qaryat Zzyzx on Sunday.";
  const village = findPlaces(s, 0, s.length, "LB").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "SY");
});

test("a town after a striking verb is read as a place, even alone and small", () => {
  assert.deepEqual(
    read("Israeli warplanes struck Kfarkila.", "LB")
      .filter((h) => h.precision !== "country")
      .map((h) => [h.name, h.country]),
    [["Kfar Kila", "LB"]],
  );
});

test("the divisions written beside a village choose its country: a word of a district's name is no town abroad", () => {
  const hits = read("Insurgents burned homes in Foobarvillage (Mocimboa da Praia, Cabo Delgado) overnight.");
  assert.ok(hits.length > 0);
  assert.ok(hits.every((h) => h.country === "MZ"));
});

test("a village the gazetteer lacks is placed at the province written beside it", () => {
  const hits = read("Shells fell near Foobarivka, Kharkiv, on Monday.");
  assert.deepEqual(hits[0], { text: "Foobarivka", name: "Foobarivka", precision: "admin1", country: "UA" });
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

test("a compass word in brackets is the province of that name", () => {
  const hits = read("Drones struck a house in Foobarine (Tyr, South) on Sunday.");
  assert.deepEqual(hits[0], { text: "Foobarine", name: "Foobarine", precision: "near", country: "LB" });
});

test("a name the gazetteer knows only as a district is that district", () => {
  const hits = read("Two soldiers were killed in Maywand on Friday.", "AF");
  assert.deepEqual(hits[0], { text: "Maywand", name: "Maywand", precision: "near", country: "AF" });
});

test("a single town in brackets after a village is where the village is", () => {
  const hits = read("Jets struck the outskirts of Foobarine (Tyr) on Monday.");
  assert.equal(hits[0]?.country, "LB");
});

test("a group that operates in one country supports a place there", () => {
  // Beni is a town of the DR Congo and a department of Bolivia: the group says which.
  assert.deepEqual(placesOfArticle("A grenade thrown by ADF fighters exploded in Beni on Tuesday."), ["Beni:CD"]);
});

test("with no country to go by, a loosely spelt town whose every reading lies in one country is found there", () => {
  assert.equal(read("Residents marched in the town of Tillabery on Monday.")[0]?.country, "NE");
});

test("a kind word after a name's brackets leaves the divisions after it in its context", () => {
  const hits = read("A drone strike killed six fighters in Foobarkay (Suki) district, Kunar.");
  assert.equal(hits[0]?.country, "AF");
});

test("a small village found far from the one province its sentence names is placed in that province", () => {
  const hits = read("Fighting was reported in Rakhine State, where rebels stormed an outpost in Nyaung Chaung village.");
  const village = hits.find((h) => h.text.startsWith("Nyaung Chaung"));
  assert.deepEqual([village?.precision, village?.country], ["admin1", "MM"]);
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

test("with no country to go by, a loosely spelt hamlet abroad is not believed", () => {
  assert.deepEqual(read("Villagers in Dombe destroyed the house of a man accused of sorcery."), []);
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

test("a state's forces named with its country are no place, but name the country", () => {
  const hits = findPlaces("Rebels ambushed a Pakistan Army convoy on the highway.", 0, 54, null);
  assert.deepEqual(
    hits.map((h) => [h.place.country, h.countryOnly, h.contextOnly]),
    [["PK", true, true]],
  );
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

test("a district the gazetteer lacks, written 'in the X district', is kept as a place", () => {
  const s = "The strikes hit four locations in the Zzyzx district of the province on Tuesday.";
  const hit = findPlaces(s, 0, s.length, "AF").find((h) => h.place.name === "Zzyzx");
  assert.equal(hit?.place.country, "AF");
});

test("a country named as the side that acted gives a village the gazetteer lacks no country", () => {
  const s = "Officials said that Pakistan targeted four locations in Zzyzx District late Tuesday.";
  const hit = findPlaces(s, 0, s.length, "AF").find((h) => h.place.name.startsWith("Zzyzx"));
  assert.equal(hit?.place.country, "AF");
});

test("a compass word before the province of an 'X district of' context still names it", () => {
  const s = "Jets bombed four areas in the Zzyzx district of eastern Paktika province.";
  const hit = findPlaces(s, 0, s.length, null).find((h) => h.place.name === "Zzyzx");
  assert.equal(hit?.place.admin1, "Paktika");
});

test("a demonym saying who owns a company is no place", () => {
  assert.deepEqual(read("Workers of a Chinese-owned mine and of an Indian state-owned consortium protested."), []);
});
