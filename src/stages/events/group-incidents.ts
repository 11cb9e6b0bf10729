import { familyOf, type EventType } from "../../core/event-types.ts";
import type { DateValue, PlaceValue } from "../../core/model.ts";
import type { TriggerType } from "./cue-lexicons.ts";
import type { Observation } from "./read-observations.ts";

/** Observations believed to tell of one incident. */
export interface Incident {
  observations: Observation[];
}

const VIOLENT_FAMILIES = new Set(["battles", "remote", "civilians"]);

/** The kind of incident a trigger names, coarse enough to compare: a family, or "violence" when the trigger does not say. */
function kindOf(t: TriggerType): string {
  if (t === "generic") return "violence";
  if (t === "strike") return "remote";
  if (t === "attack") return "violence";
  if (
    t === "abduction_forced_disappearance" ||
    t === "arrests" ||
    t === "agreement" ||
    t === "peaceful_protest" ||
    t === "disrupted_weapons_use"
  )
    return t;
  return familyOf(t as EventType);
}

function kindsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "violence") return VIOLENT_FAMILIES.has(b);
  if (b === "violence") return VIOLENT_FAMILIES.has(a);
  return false;
}

function dateOf(o: Observation): DateValue | null {
  return o.time?.normalised.value ?? null;
}

function overlaps(a: DateValue, b: DateValue): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function km(a: PlaceValue, b: PlaceValue): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Where an incident and an observation disagree, and where they positively agree. */
function compare(inc: Incident, o: Observation): { contradicts: boolean; agrees: boolean } {
  const kinds = inc.observations.map((x) => kindOf(x.trigger.type));
  const ok = kindOf(o.trigger.type);
  const specificKinds = kinds.filter((k) => k !== "violence");
  if (ok === "violence" ? !kinds.some((k) => kindsCompatible(k, ok)) : specificKinds.length > 0 && !specificKinds.includes(ok))
    return { contradicts: true, agrees: false };
  if (!kinds.some((k) => kindsCompatible(k, ok))) return { contradicts: true, agrees: false };
  let agrees = false;
  const od = dateOf(o);
  for (const x of inc.observations) {
    const xd = dateOf(x);
    if (od && xd) {
      if (!overlaps(od, xd)) return { contradicts: true, agrees: false };
      if (od.precision === "day" && xd.precision === "day") agrees = true;
    }
    const op = o.place?.normalised;
    const xp = x.place?.normalised;
    if (op && xp) {
      if (op.country && xp.country && op.country !== xp.country) return { contradicts: true, agrees: false };
      const d = km(op, xp);
      const coarse = [op.precision, xp.precision].some((p) => p === "region" || p === "admin1");
      if (d !== null && d > (coarse ? 300 : 60)) return { contradicts: true, agrees: false };
      if ((d !== null && d <= 30 && !coarse) || op.name === xp.name) agrees = true;
    }
    const oc = o.country?.normalised.country;
    const xc = (x.place?.normalised ?? x.country?.normalised)?.country;
    if (oc && xc && oc !== xc && !o.country!.normalised.demonym) return { contradicts: true, agrees: false };
    if (
      o.actor1 &&
      x.actor1 &&
      o.actor1.actor.name !== x.actor1.actor.name &&
      o.actor1.actor.kind !== "person" &&
      x.actor1.actor.kind !== "person"
    ) {
      return { contradicts: true, agrees: false };
    }
  }
  return { contradicts: false, agrees };
}

/**
 * Groups the observations of one article into incidents, in text order: a definite mention ("the
 * attack") joins the latest compatible incident; a concrete one joins an incident it agrees with
 * (same day or place) or starts a new one; a vague one with nothing to join is dropped.
 */
export function groupIncidents(observations: Observation[]): Incident[] {
  const incidents: Incident[] = [];
  const lastSeen = new Map<Incident, number>();
  observations.forEach((o, i) => {
    const ranked = [...incidents].sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
    let home: Incident | null = null;
    for (const inc of ranked) {
      const { contradicts, agrees } = compare(inc, o);
      if (contradicts) continue;
      if (agrees || o.definite || !o.concrete) {
        home = inc;
        break;
      }
    }
    if (home) home.observations.push(o);
    else if (o.concrete) {
      home = { observations: [o] };
      incidents.push(home);
    }
    if (home) lastSeen.set(home, i);
  });
  return incidents;
}
