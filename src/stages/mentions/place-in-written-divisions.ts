/**
 * "X (District, Province)", "X, Province": a name read in the divisions written beside it.
 */

import type { PlacePrecision } from "../../core/model.ts";
import { resolveInContext, type DivisionContext } from "../../geo/division-context.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import type { WrittenContext } from "./place-finder-context.ts";
import { plainHit, toValue, type PlaceHit } from "./place-hit.ts";
import { isNearBefore, type NameCandidate } from "./place-name-candidates.ts";

/**
 * The name read in the divisions written beside it: the place of that name inside them, or else
 * (a village the gazetteer lacks) the district or province itself, as precisely as they allow.
 * The divisions' own words become one more hit, so their names are not read again alone.
 */
export function placeInContext(c: NameCandidate, written: WrittenContext, division: DivisionContext): PlaceHit[] {
  const gaz = loadGazetteer();
  const hits: PlaceHit[] = [];
  const found = resolveInContext(written.ownName ?? c.name, division, gaz, { districts: written.ownLevel === "district" });
  const near = isNearBefore(c);
  // A district ("X district", or the district standing for a village the gazetteer lacks) is an
  // area around a town, like a town named as its province: soft, so it alone does not tell incidents apart.
  if (found !== null) {
    const area = found.kind === "admin2" || written.ownLevel === "district";
    let precision: PlacePrecision = found.kind === "admin1" ? "admin1" : area ? "near" : "exact";
    if (near && precision === "exact") precision = "near";
    hits.push({ ...plainHit(c.start, written.ownEnd, toValue(found, precision)), soft: area });
  } else if (division.district !== null) {
    hits.push({ ...plainHit(c.start, written.ownEnd, { ...toValue(division.district, "near"), name: c.name }), soft: true });
  } else if (division.admin1 !== null) {
    hits.push(plainHit(c.start, written.ownEnd, { ...toValue(division.admin1, "admin1"), name: c.name }));
  } else {
    hits.push(
      plainHit(c.start, written.ownEnd, {
        name: c.name,
        admin1: null,
        country: division.country,
        lat: null,
        lon: null,
        precision: near ? "near" : "exact",
      }),
    );
  }
  // A country written as context is found again on its own, as a country.
  const area = division.admin1 ?? division.district;
  if (written.end > written.ownEnd && area !== null) {
    hits.push({
      ...plainHit(written.ownEnd, written.end, toValue(area, area.kind === "admin1" ? "admin1" : "near")),
      soft: area.kind !== "admin1",
    });
  }
  return hits;
}
