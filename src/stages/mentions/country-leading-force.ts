/**
 * "Pakistan Army", "Chadian Armed Forces", "Nigerian Police": a capitalised name made of a
 * country's name or demonym and a word for its forces or government. The name is no place (read
 * alone it is a village the gazetteer lacks), but it tells which country the text is about.
 */

import { BoundedCache } from "../../geo/bounded-cache.ts";
import { loadGazetteer, type CountryInfo } from "../../geo/gazetteer.ts";
import { nounRole } from "./actor-nouns.ts";

/** The country named at the start of a force's name, with the words naming it. */
export interface LeadingCountry {
  country: CountryInfo;
  /** The words that name the country ("Chadian"), as written. */
  words: string;
}

/** Asked for every capitalised name that is no country, sentence after sentence: answers are kept. */
const answers = new BoundedCache<string, LeadingCountry | null>();

/** The country whose forces `name` names, or null when `name` is anything else. */
export function countryLeadingForce(name: string): LeadingCountry | null {
  return answers.getOrCompute(name, readLeadingForce);
}

function readLeadingForce(name: string): LeadingCountry | null {
  const words = name.split(" ");
  if (words.length < 2) return null;
  // The force is told by its last word ("Armed Forces": forces), the country by the words before.
  if (nounRole(words.at(-1)!) === null) return null;
  const gaz = loadGazetteer();
  for (let count = words.length - 1; count >= 1; count--) {
    const lead = words.slice(0, count).join(" ");
    const country = gaz.country(lead, { codes: false });
    if (country) return { country, words: lead };
  }
  return null;
}
