import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

function events(body: string, published: string | null = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

/** The words an event's evidence points to. */
function evidenceText(body: string, e: { evidence: Array<{ start: number; end: number }> }): string[] {
  return e.evidence.map((s) => body.slice(s.start, s.end));
}

test("a country written before its strikes is the side that struck, not the place struck", () => {
  const [e, ...rest] = events("Turkish air strikes in northern Iraq killed 12 fighters on Monday.");
  assert.equal(rest.length, 0);
  assert.equal(e?.actor1?.value.name, "Military Forces of Turkey");
  assert.equal(e?.location?.value.country, "IQ");
});

test("a country named for its border or for whose official spoke is not where it happened", () => {
  const found = events(
    "Militants raided a police post near the Afghan border on Friday, killing four officers, a Pakistan security official said.",
  );
  assert.equal(found.length, 1);
  assert.notEqual(found[0]?.location?.value.country, "AF");
});

test("a toll told in a with-phrase is the toll of the fighting named just before it", () => {
  const found = events("A commander whose arrest sparked heavy clashes in Misrata, with 14 killed and 30 wounded, was freed on Thursday.");
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.fatalities?.value, { min: 14, max: 14 });
});

test("the day of the main clause after a relative clause is not the day of the fighting inside it", () => {
  const found = events(
    [
      "A commander whose arrest sparked heavy clashes in Benghazi, with 14 killed and 30 wounded, was freed on Thursday.",
      "Clashes broke out across Benghazi late on Monday after the arrest.",
    ].join("\n\n"),
    null,
  );
  assert.equal(found.filter((e) => e.type.value === "armed_clash").length, 1);
});

test("strikes said to have occurred while someone met officials elsewhere keep their own place", () => {
  const body = [
    "Jets bombed three villages in Idlib province overnight, killing nine people.",
    "The strikes occurred while the envoy was meeting ministers in Damascus to discuss trade.",
  ].join("\n\n");
  const found = events(body);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.location?.value.name, "Idlib");
  assert.ok(evidenceText(body, found[0]!).every((t) => !/envoy/.test(t)));
});

test("strikes told only by likeness, a rise in attacks and what a group habitually does are no incidents", () => {
  assert.deepEqual(events("The army conducted similar airstrikes in the border provinces earlier this year."), []);
  assert.deepEqual(events("The province has seen a rise in militant attacks since the election."), []);
  assert.deepEqual(events("The ministry accuses the neighbour of sheltering rebels who carry out attacks on its soil."), []);
});

test("a day owning the strikes dates them even after a reporting verb", () => {
  const found = events("A farmer in Idlib told reporters Tuesday's strikes killed five people.", "2025-06-11");
  assert.equal(found.length, 1);
  assert.equal(found[0]?.date?.value.start, "2025-06-10");
});

test("a mention dated months before a dated report's undated news is an older incident", () => {
  const found = events(
    [
      "A drone strike on a market in Idlib killed eight people, residents said.",
      "In February, the air force bombed a wedding in the same province, killing 20 guests.",
    ].join("\n\n"),
  );
  assert.equal(found.length, 2);
});

test("what the bombers named in a sentence did there is their bombing, not another incident", () => {
  const found = events("On Monday two suicide bombers reportedly set off explosives at a checkpoint in Maiduguri, killing five.");
  assert.equal(found.length, 1);
});

test("a bombing remembered at a commemoration is evidenced by the words that tell of it", () => {
  const body = "Hundreds gathered at the main mosque in Kano on Friday to honour 30 people killed in a suicide bombing in March.";
  const [e] = events(body);
  assert.ok(e);
  assert.match(evidenceText(body, e)[0]!, /^to honour 30 people killed in a suicide bombing/);
});

test("a convoy's route and a force named by its country are no place of the attack on it", () => {
  const found = events(
    [
      "Militants attacked a police convoy near Tank on Sunday, killing six officers.",
      "The convoy was travelling from Dera Ismail Khan toward Bannu when it came under attack, the Pakistan Army's media wing said.",
    ].join("\n\n"),
  );
  assert.equal(found.length, 1);
});

test("a bomb named and then called an attack, and a claim for the ambush in a report of a blast, tell one incident", () => {
  const one = events(
    "The group said its fighters carried out a vehicle-borne IED (suicide) attack near the old mill outside Kalat on Sunday, destroying a bus.",
  );
  assert.equal(one.length, 1);
  const blast = events(
    [
      "At least seven soldiers were killed when an explosion hit an army convoy in Kalat on Sunday.",
      "A separatist group has claimed responsibility for the deadly ambush and said that 20 soldiers had been killed.",
    ].join("\n\n"),
  );
  assert.equal(blast.length, 1);
});

test("an incident told as earlier than the news takes no publication date", () => {
  const found = events(
    [
      "A roadside bomb killed four soldiers near Kalat on Monday.",
      "Earlier, gunmen ambushed a passenger train near Sibi, killing two guards.",
    ].join("\n\n"),
  );
  const earlier = found.find((e) => e.type.value === "armed_clash" || e.type.value === "attack");
  assert.ok(earlier);
  assert.equal(earlier.date, null);
});

test("a mediator of talks is no side of the strikes told beside them", () => {
  const [e] = events(
    "Tensions rose after Pakistan carried out airstrikes in Afghanistan's Khost province late Friday, as delegations arrived for talks mediated by Qatar and Turkey.",
  );
  assert.equal(e?.actor1?.value.name, "Military Forces of Pakistan");
  assert.notEqual(e?.actor2?.value.country, "TR");
});

test("the force a source says did it acts, and a detained commander keeps the group an appositive names", () => {
  const [e] = events(
    "A source in the 444 Brigade said that the Special Deterrence Force detained Omar Salem, the commander of the 444 Brigade, at the airport in Tripoli.",
  );
  assert.equal(e?.type.value, "arrests");
  assert.equal(e?.actor1?.value.name, "Special Deterrence Force (Rada)");
  assert.match(e?.actor2?.value.name ?? "", /444 Brigade/);
});

test("the side whose helicopter was shot down is the side acted upon", () => {
  const [e] = events("A national police helicopter was shot down over rural Antioquia in Colombia on Thursday, killing eight officers.");
  assert.equal(e?.actor2?.value.name, "Police Forces of Colombia");
  assert.notEqual(e?.actor1?.value.name, "Police Forces of Colombia");
});

test("an act told again 'hours earlier' after it was told undated is the same act", () => {
  const found = events(
    [
      "A car bomb exploded near a market in Cali on Thursday, killing four people.",
      "Earlier the same day a national police helicopter was shot down over Amalfi in Antioquia, killing nine officers.",
      "Hours earlier, a police helicopter was shot down in Antioquia in northern Colombia, killing nine officers and injuring others.",
    ].join("\n\n"),
  );
  assert.equal(found.filter((e) => e.type.value === "air_drone_strike" || e.trigger.includes("shot down")).length, 1);
});

test("clashes between two named groups have them as the two sides, and people killed are no side of a battle", () => {
  const [e] = events(
    [
      "Gun battles in Tripoli on Monday night killed 12 people, medics said.",
      "The clashes between the 444 Brigade and the Special Deterrence Force spread across the capital.",
    ].join("\n\n"),
  );
  assert.equal(e?.type.value, "armed_clash");
  assert.equal(e?.actor1?.value.name, "444 Brigade");
  assert.equal(e?.actor2?.value.name, "Special Deterrence Force (Rada)");
});

test("a name made an adjective ('UN-recognised') names no side of a deal", () => {
  const found = events(
    "Late Tuesday, elders in Tripoli announced an agreement had been reached with the prime minister, head of the UN-recognised government, for a ceasefire.",
  );
  assert.ok(found.every((e) => e.actor1?.value.name !== "United Nations" && e.actor2?.value.name !== "United Nations"));
});

test("strikes by two means told in one sentence, one giving the day and the other the place, are one incident", () => {
  const found = events(
    "On Monday, warplanes carried out airstrikes and the army fired artillery shells in Jisr al-Shughur. One person was killed.",
  );
  assert.equal(found.length, 1, found.map((e) => e.type.value).join(", "));
  assert.equal(found[0]?.fatalities?.value.min, 1);
});
