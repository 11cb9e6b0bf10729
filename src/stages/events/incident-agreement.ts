import type { DateValue, PlaceValue } from "../../core/model.ts";
import { greatCircleKm } from "../../geo/great-circle-distance.ts";
import type { Incident } from "./group-incidents.ts";
import { fits, kindOf, REMOTE_TYPES, violentKind } from "./incident-kinds.ts";
import type { Observation } from "./read-observations.ts";
import { lemmaOf } from "./trigger-lemma.ts";

/** Whether a mention can belong to an incident told before: by day, place, country and kind. */

/** A region ("southern Iran") or a province is wide: a town up to this far away may lie inside it. */
const REGION_KM = 700;

export function dateOf(o: Observation): DateValue | null {
  return o.time?.normalised.value ?? null;
}

function contains(outer: DateValue, inner: DateValue): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: DateValue, b: DateValue): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function km(a: PlaceValue, b: PlaceValue): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return greatCircleKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
}

export const SPECIFIC = new Set(["exact", "near"]);

/** Where an incident and an observation disagree, and where they positively agree. */
export function compare(
  inc: Incident,
  o: Observation,
  home: string | null = null,
  anyViolence = false,
  mixedRemote = false,
): { contradicts: boolean; agrees: boolean } {
  const no = { contradicts: true, agrees: false };
  const ok = kindOf(o.trigger.type);
  // "jets carried out airstrikes and the army fired shells in X": strikes by several means told
  // together are one incident, coded by its main means.
  const remoteBoth = (k: string) => mixedRemote && REMOTE_TYPES.has(k) && REMOTE_TYPES.has(ok);
  // Once the bombing is known to be a suicide attack, its blast and the gun battle after it are one attack.
  const suicide = inc.observations.some((x) => x.trigger.type === "suicide_bomb");
  if (
    !inc.observations.every(
      (x) =>
        fits(kindOf(x.trigger.type), ok, suicide) ||
        remoteBoth(kindOf(x.trigger.type)) ||
        // "claimed responsibility for the ambush" in a report of a blast: a word pointing back names the incident loosely.
        ((anyViolence || x.definite) && violentKind(ok) && violentKind(kindOf(x.trigger.type))),
    )
  )
    return no;
  let agrees = false;
  const od = dateOf(o);
  const op = o.place?.normalised;
  for (const x of inc.observations) {
    const xd = dateOf(x);
    if (od && xd) {
      if (!overlaps(od, xd)) return no;
      // The same day, the same period, or a day inside the period of an incident of the same kind.
      if (od.start === xd.start && od.end === xd.end) agrees = true;
      else if (contains(od, xd) || contains(xd, od)) {
        const xk = kindOf(x.trigger.type);
        if (
          xk === ok ||
          (ok === "violence" && !REMOTE_TYPES.has(xk) && xk !== "remote") ||
          (xk === "violence" && !REMOTE_TYPES.has(ok) && ok !== "remote")
        )
          agrees = true;
      }
    }
    // Without a publication date weekdays stay unresolved, yet "Monday" and "last week" still differ.
    if (!od && !xd && o.unresolvedWhen && x.unresolvedWhen && o.unresolvedWhen !== x.unresolvedWhen) return no;
    const xp = x.place?.normalised;
    if (op && xp) {
      if (op.country && xp.country && op.country !== xp.country) return no;
      const d = km(op, xp);
      const sameName = op.name.toLowerCase() === xp.name.toLowerCase();
      if (SPECIFIC.has(op.precision) && SPECIFIC.has(xp.precision) && !op.soft && !xp.soft) {
        // Two towns by different names are two incidents unless they are the same spot; "the
        // blast in X", X a quarter the gazetteer lacks, points back at the blast already told.
        if (sameName || (d !== null && d <= 5)) agrees = true;
        else if (!(d === null && o.definite)) return no;
      } else if (d !== null && d > REGION_KM) return no;
      else if (sameName && !op.soft && !xp.soft) agrees = true;
      // "an ambush in southwestern Niger" … "the troops came under a complex ambush north of X":
      // the same word again, at a town inside the area first given, tells the same incident closer.
      else if (
        !SPECIFIC.has(xp.precision) &&
        SPECIFIC.has(op.precision) &&
        // A village the gazetteer lacks cannot be measured against the area: told without a day of
        // its own, in the same country, it is the incident told closer ("an attack in X province" …
        // "militants attacked an army post near the village of Y").
        (d !== null || (op.lat === null && !od && op.country === xp.country)) &&
        lemmaOf(x.trigger.text) === lemmaOf(o.trigger.text)
      )
        agrees = true;
    }
    const oc = o.place ? null : o.country?.normalised;
    // A concrete mention with no place of its own happened in the article's own country: "killed
    // Monday in the southern village" and "killed a figure in Syria" are two killings.
    const xc =
      xp ??
      (x.country && !x.country.normalised.demonym ? x.country.normalised : null) ??
      (x.concrete && !x.definite && home ? { country: home } : null);
    if (oc && !oc.demonym && xc?.country && oc.country !== xc.country) return no;
    // Two sides of an agreement are each named first in turn: their names do not tell agreements apart.
    if (
      o.trigger.type !== "agreement" &&
      o.actor1 &&
      x.actor1 &&
      o.actor1.actor.name !== x.actor1.actor.name &&
      // "Pakistan struck" and "Pakistani forces": one state named two ways.
      !(o.actor1.actor.kind === "state" && x.actor1.actor.kind === "state" && o.actor1.actor.country === x.actor1.actor.country) &&
      o.actor1.actor.kind !== "person" &&
      x.actor1.actor.kind !== "person" &&
      // "Students marched ... Police dispersed them": demonstrators and the force that met them are two sides of one incident.
      o.actor1.actor.kind !== "protesters" &&
      x.actor1.actor.kind !== "protesters"
    ) {
      return no;
    }
  }
  // "Hezbollah struck Israeli targets on Tuesday. A drone hit a base in Safed.": the very next
  // sentence, with no time of its own, gives a placeless incident its place.
  const last = inc.observations[inc.observations.length - 1]!;
  if (
    !od &&
    !o.unresolvedWhen &&
    !o.relative &&
    op &&
    SPECIFIC.has(op.precision) &&
    o.sentence.index === last.sentence.index + 1 &&
    inc.observations.every((x) => !x.place) &&
    inc.observations.some((x) => dateOf(x) || x.unresolvedWhen)
  )
    agrees = true;
  // "The suspects were arrested in Kogi State. They were arrested on August 1.": the very next
  // sentence, by the same word, gives an undated incident its day.
  if (
    (od || o.unresolvedWhen) &&
    !op &&
    o.sentence.index === last.sentence.index + 1 &&
    inc.observations.every((x) => !dateOf(x) && !x.unresolvedWhen) &&
    inc.observations.some((x) => x.place && lemmaOf(x.trigger.text) === lemmaOf(o.trigger.text))
  )
    agrees = true;
  // An incident told so far without date or place takes the first dated mention by the same word.
  const bare = !o.relative && inc.observations.every((x) => !dateOf(x) && !x.place);
  if (bare && inc.observations.some((x) => lemmaOf(x.trigger.text) === lemmaOf(o.trigger.text))) agrees = true;
  return { contradicts: false, agrees };
}
