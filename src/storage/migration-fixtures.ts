/** Rows as older releases stored them, which the migration tests of both stores write before migrating. */

/** An event as an older release stored it: reviewed, in a division, with a toll and actors described by their sources. */
export const OLD_REVIEWED_EVENT = {
  id: "ev_borno",
  date: "2025-01-01",
  location: { name: "Maiduguri", admin1: "Borno State", country: "NG", lat: 11.85, lon: 13.16 },
  actor1: "Boko Haram",
  actor2: "Civilians (Nigeria)",
  fatalities: { min: 7, max: 9 },
  independent_sources: 2,
  sources: [{ article: "a", evidence: [] }],
  claims: {
    actor1: [{ article: "a", value: { name: "Boko Haram", kind: "armed_group", country: "NG" } }],
    actor2: [{ article: "a", value: { name: "Civilians (Nigeria)", kind: "civilians", country: "NG" } }],
  },
  status: "reviewed",
};
