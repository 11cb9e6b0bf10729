import type { ActorValue } from "../../core/model.ts";
import { isLatinText, twin } from "../latin-twin.ts";
import type { ActorHit } from "../../actors/actor-lexicon.ts";

/** A person named in the text. */
export interface PersonHit {
  start: number;
  end: number;
  person: { name: string; title: string | null; affiliation: string | null };
}

const TITLE = String.raw`(?:Gen\.|General|Lt\.|Col\.|Maj\.|Capt\.|Adm\.|Admiral|Commander|President|Prime Minister|Minister|Governor|Gov\.|Sheikh|Sayyed|Sayed|Dr\.|Mr\.|Mrs\.|Ms\.|Colonel|Major|Captain|Sergeant|Brigadier)`;
const PART = String.raw`(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|(?:al|el|bin|ibn|abu|Abu|Al|El|ben|ould|wa)-\p{Lu}[\p{Ll}'’]+)`;
const PERSON_RE = twin(
  new RegExp(String.raw`(?:(${TITLE})\s+)?(${PART}(?:\s+(?:(?:al|el|bin|ibn|abu|ben|de|van|von)\s+)?${PART}){1,3})`, "gu"),
);
/** First words that make a capitalised run something other than a person. */
const NOT_FIRST = new Set(
  "The A An In On At Of And But For After Before During While When Since Following According Although Despite However Meanwhile Friday Saturday Sunday Monday Tuesday Wednesday Thursday January February March April May June July August September October November December Islamic United Central Defense Defence Army Police Security Syrian Iraqi American Israeli Iranian Nigerian Somali Sudanese Lebanese Yemeni Kurdish Turkish Russian Ukrainian National Supreme Northern Southern Eastern Western Government Ministry Health Red Human State Special New Al-Qaeda Chief Deputy Senior Former Local".split(
    " ",
  ),
);
/** Capitalised words that are ordinary nouns and adjectives in headlines and names of things, never in a person's name. */
const COMMON_WORDS =
  /^(?:Strikes?|Attacks?|Retaliatory|Forces?|Military|Command|Army|Police|Security|Operations?|Group|State|Government|Ministry|Council|Office|Agency|News|Media|Committee|Network|Front|Movement|Brigades?|Corps|Guards?|Airport|Base|Camp|Province|Region|District|City|Street|Church|Mosque|School|Hospital|University|Mall|Market|Hotel|Road|Bridge|Square|Prison|Centre|Center|Headquarters|Hill|Valley|River|Lake|Mount|Gulf|Sea|Peace|War|Deal|Agreement|Ceasefire|Support|Rapid|Democratic|Republic|People's|Liberation|Resistance|Revolutionary|Islamic|Allied|Joint|National|International|United|Nations|Union|Doctors|Network|Photo|Images|Video|Reuters|Press)$/;

/** "…, an al-Qaeda-affiliated leader", "…, a Hamas commander", "a member of X". */
const AFFILIATION_AFTER = twin(
  /^,?\s+(?:who was described as\s+)?(?:an?|the)\s+(?:senior\s+|top\s+|local\s+|former\s+)?([\p{L}'’ -]+?)(?:-affiliated|-linked|-allied)?\s+(?:leader|commander|official|member|operative|militant|figure|chief|spokesman|fighter)/u,
);
const AFFILIATION_BEFORE = twin(
  /([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)\s+(?:deputy\s+|senior\s+|top\s+)?(?:leader|commander|official|member|chief|spokesman|founder)\s*$/u,
);

/** People named by two to four capitalised words (with name particles), with a title and a stated affiliation when there is one. */
export function findPersons(text: string, start: number, end: number, actors: ActorHit[]): PersonHit[] {
  const hits: PersonHit[] = [];
  const slice = text.slice(start, end);
  // The words around a name lie within the slice, so Latin text there is Latin around it too.
  const latin = isLatinText(slice);
  const personRe = latin ? PERSON_RE.latin : PERSON_RE.unicode;
  personRe.lastIndex = 0;
  for (let m = personRe.exec(slice); m; m = personRe.exec(slice)) {
    const name = m[2]!;
    const first = name.split(/\s+/)[0]!;
    if (NOT_FIRST.has(first)) continue;
    const s = start + m.index + m[0].length - name.length;
    const e = s + name.length;
    if (actors.some((a) => a.start < e && s < a.end)) continue;
    if (name.split(/\s+/).some((w) => COMMON_WORDS.test(w))) continue;
    const after = text.slice(e, Math.min(end, e + 120));
    const before = text.slice(Math.max(start, s - 60), s);
    let affiliation: string | null = null;
    const aff =
      (latin ? AFFILIATION_AFTER.latin : AFFILIATION_AFTER.unicode).exec(after) ??
      (latin ? AFFILIATION_BEFORE.latin : AFFILIATION_BEFORE.unicode).exec(before);
    if (aff) affiliation = aff[1]!.trim();
    hits.push({ start: s, end: e, person: { name, title: m[1] ?? null, affiliation } });
  }
  return hits;
}

/** The actor a person stands for in an event: their name, with their affiliation in brackets when stated. */
export function personActor(p: PersonHit["person"], affiliationActor: ActorValue | null): ActorValue {
  const affiliation = affiliationActor ? `${affiliationActor.name} affiliate` : p.affiliation ? `${p.affiliation} affiliate` : null;
  const out: ActorValue = { name: affiliation ? `${p.name} (${affiliation})` : p.name, kind: "person", country: null };
  if (affiliation) out.affiliation = affiliation;
  return out;
}
