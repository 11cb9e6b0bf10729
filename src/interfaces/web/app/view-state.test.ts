import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatMapView, formatViewState, hrefOf, parseMapView, parseRoute, parseViewState, withFilters } from "./view-state.ts";

describe("view state in the address", () => {
  it("reads back what it wrote, keys in one order whatever order they were set in", () => {
    const a = formatViewState({ q: "convoy", country: "NG", since: "2025-03-01" });
    const b = formatViewState({ since: "2025-03-01", country: "NG", q: "convoy" });
    assert.equal(a, b);
    assert.equal(a, "?since=2025-03-01&country=NG&q=convoy");
    assert.deepEqual(parseViewState(a), { since: "2025-03-01", country: "NG", q: "convoy" });
  });

  it("drops empty and unknown parameters, and encodes text safely", () => {
    assert.deepEqual(parseViewState("?country=&colour=red&actor=%20al-Shabaab%20"), { actor: "al-Shabaab" });
    assert.equal(formatViewState({ q: "a&b=c" }), "?q=a%26b%3Dc");
    assert.equal(formatViewState({}), "");
  });

  it("carries the analysts' filters (division, deaths, actor kind, sources, review) under the API's names", () => {
    const state = { admin1: "Borno State", min_fatalities: "5", actor_kind: "civilians", min_sources: "2", reviewed: "false" };
    const query = formatViewState({ ...state, country: "NG" });
    assert.equal(query, "?country=NG&admin1=Borno+State&min_fatalities=5&actor_kind=civilians&min_sources=2&reviewed=false");
    assert.deepEqual(parseViewState(query), { ...state, country: "NG" });
    assert.deepEqual(withFilters(parseViewState(query), { min_fatalities: "", reviewed: "true" }), {
      country: "NG",
      admin1: "Borno State",
      actor_kind: "civilians",
      min_sources: "2",
      reviewed: "true",
    });
  });

  it("sets and clears filters", () => {
    const s = withFilters({ country: "NG", type: "attack" }, { country: "", since: "2025-01-01" });
    assert.deepEqual(s, { type: "attack", since: "2025-01-01" });
  });

  it("maps paths to pages and back, ids percent-encoded", () => {
    assert.deepEqual(parseRoute("/"), { page: "events" });
    assert.deepEqual(parseRoute("/events/ev_0123456789ab"), { page: "event", id: "ev_0123456789ab" });
    assert.deepEqual(parseRoute("/actors/a%23b"), { page: "actor", id: "a#b" });
    assert.equal(parseRoute("/nowhere/at/all").page, "missing");
    // A broken percent-escape (a truncated or hand-edited link) is a missing page, not a crash.
    assert.deepEqual(parseRoute("/events/%E0%A4%A"), { page: "missing", path: "/events/%E0%A4%A" });
    assert.deepEqual(parseRoute("/actors/%zz"), { page: "missing", path: "/actors/%zz" });
    assert.equal(hrefOf({ page: "actor", id: "a#b" }, { country: "SY" }), "/actors/a%23b?country=SY");
  });

  it("writes the map's view compactly and refuses a view that is not one", () => {
    assert.equal(formatMapView({ lon: 13.123456, lat: -4.5, zoom: 12.3456 }), "13.123,-4.500,12.3");
    assert.deepEqual(parseMapView("13.123,-4.500,12.3"), { lon: 13.123, lat: -4.5, zoom: 12.3 });
    assert.equal(parseMapView("200,0,1"), null);
    assert.equal(parseMapView("1,2"), null);
    assert.equal(parseMapView(undefined), null);
  });
});
