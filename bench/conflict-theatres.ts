/**
 * Where synthetic events happen and who takes part: countries with the towns that make the news,
 * most reported first, and the armed groups active there, named as Sitrep's lexicon names them.
 * Coordinates come from the gazetteer, so places are where they really are.
 */
import { loadGazetteer } from "../src/geo/gazetteer.ts";
import type { ActorValue, PlaceValue } from "../src/core/model.ts";

interface TheatreSpec {
  country: string;
  /** The country's share of events (relative). */
  weight: number;
  /** Comma-separated, most reported first. */
  towns: string;
  /** Comma-separated (names hold no commas). */
  groups: string;
}

const SPECS: TheatreSpec[] = [
  {
    country: "UA",
    weight: 18,
    towns:
      "Kharkiv, Donetsk, Kherson, Zaporizhzhia, Bakhmut, Avdiivka, Pokrovsk, Sumy, Odesa, Kramatorsk, Kupiansk, Nikopol, Mykolaiv, Dnipro, Chasiv Yar, Toretsk, Kostiantynivka, Kyiv, Lviv, Vuhledar",
    groups: "Military Forces of Russia",
  },
  {
    country: "SY",
    weight: 12,
    towns:
      "Aleppo, Idlib, Homs, Hama, Deir ez-Zor, Raqqa, Daraa, Damascus, Latakia, Palmyra, Manbij, Qamishli, Kobani, Afrin, Al-Bab, Jableh, Tartus, Suwayda, Maarat al-Numan, Saraqib",
    groups: "Hayat Tahrir al-Sham, Islamic State, Syrian Democratic Forces, Unidentified armed group",
  },
  {
    country: "PS",
    weight: 10,
    towns:
      "Gaza, Khan Yunis, Rafah, Jenin, Nablus, Hebron, Tulkarm, Deir al-Balah, Jabalia, Beit Lahia, Ramallah, Qalqilya, Bethlehem, Tubas",
    groups: "Hamas, Palestinian Islamic Jihad",
  },
  {
    country: "SD",
    weight: 8,
    towns: "Khartoum, Omdurman, El Fasher, Nyala, Geneina, Wad Madani, El Obeid, Kadugli, Port Sudan, Sennar, Kosti, Zalingei",
    groups: "Rapid Support Forces",
  },
  {
    country: "MM",
    weight: 8,
    towns: "Mandalay, Myitkyina, Lashio, Sittwe, Hpa-An, Sagaing, Monywa, Bhamo, Loikaw, Hakha, Kyaukpyu, Pakokku",
    groups: "Unidentified armed group",
  },
  {
    country: "NG",
    weight: 7,
    towns: "Maiduguri, Bama, Gwoza, Damboa, Monguno, Konduga, Gusau, Kaduna, Jos, Makurdi, Katsina, Sokoto, Dikwa, Zaria",
    groups: "Boko Haram, Islamic State West Africa Province, Bandits, Unidentified armed group",
  },
  {
    country: "CD",
    weight: 6,
    towns: "Goma, Beni, Bunia, Butembo, Rutshuru, Bukavu, Uvira, Masisi, Oicha, Djugu, Walikale, Kalehe",
    groups: "M23, Allied Democratic Forces, CODECO",
  },
  {
    country: "ML",
    weight: 5,
    towns: "Gao, Timbuktu, Mopti, Kidal, Menaka, Bamako, Segou, Djenne, Douentza, Ansongo, Bandiagara, Niono",
    groups: "JNIM: Group for Support of Islam and Muslims, Islamic State Sahel Province, Wagner Group",
  },
  {
    country: "BF",
    weight: 5,
    towns: "Ouagadougou, Djibo, Dori, Kaya, Fada N'gourma, Ouahigouya, Arbinda, Gorom-Gorom, Kongoussi, Tougan, Diapaga, Sebba",
    groups: "JNIM: Group for Support of Islam and Muslims, Islamic State Sahel Province",
  },
  {
    country: "SO",
    weight: 5,
    towns: "Mogadishu, Kismayo, Baidoa, Beledweyne, Jowhar, Bosaso, Afgooye, Marka, Galkayo, Dhusamareb, Hudur, Bardere",
    groups: "Al-Shabaab, Islamic State",
  },
  {
    country: "YE",
    weight: 4,
    towns: "Sanaa, Aden, Marib, Taiz, Hodeidah, Saada, Mukalla, Al Bayda, Dhamar, Lahij, Ataq, Hajjah",
    groups: "Houthis (Ansar Allah), al-Qaeda in the Arabian Peninsula",
  },
  {
    country: "IQ",
    weight: 3,
    towns: "Mosul, Kirkuk, Baghdad, Fallujah, Ramadi, Tikrit, Erbil, Basra, Samarra, Sinjar, Baqubah, Tal Afar",
    groups: "Islamic State, Islamic Resistance in Iraq, Kataib Hezbollah",
  },
  {
    country: "PK",
    weight: 3,
    towns: "Peshawar, Quetta, Bannu, Miranshah, Dera Ismail Khan, Karachi, Lakki Marwat, Khyber, Turbat, Gwadar, Tank, Zhob",
    groups: "Tehrik-i-Taliban Pakistan, Unidentified armed group",
  },
  {
    country: "AF",
    weight: 2,
    towns: "Kabul, Kandahar, Herat, Jalalabad, Kunduz, Lashkar Gah, Mazar-i-Sharif, Ghazni, Khost, Faizabad",
    groups: "Islamic State, Taliban",
  },
  {
    country: "LB",
    weight: 2,
    towns: "Beirut, Tyre, Nabatieh, Baalbek, Sidon, Bint Jbeil, Marjayoun, Hermel, Khiam, Naqoura",
    groups: "Hezbollah",
  },
  {
    country: "ET",
    weight: 2,
    towns: "Gondar, Bahir Dar, Mekele, Lalibela, Dessie, Debre Markos, Shewa Robit, Nekemte, Dembi Dolo, Woldia",
    groups: "Fano, Oromo Liberation Army, Tigray People's Liberation Front",
  },
];

/** How news writes a group whose canonical name is not what articles say. */
const GROUP_WRITTEN: Record<string, string> = {
  "Military Forces of Russia": "Russian forces",
  "Unidentified armed group": "gunmen",
  "Houthis (Ansar Allah)": "Houthi rebels",
  "JNIM: Group for Support of Islam and Muslims": "JNIM",
  "Islamic State Sahel Province": "ISSP",
  "Islamic State West Africa Province": "ISWAP",
  Bandits: "bandits",
};

/** The lexicon's kind for the groups above (everything else named here is an armed group). */
const STATE_GROUPS = new Set(["Military Forces of Russia"]);
const GROUP_COUNTRY: Record<string, string | null> = {
  "Military Forces of Russia": "RU",
  "Islamic State": null,
  "Unidentified armed group": null,
  "Wagner Group": "RU",
};

/** A town as the gazetteer names it (the stored place), with the spelling news writes. */
export interface Town extends PlaceValue {
  lat: number;
  lon: number;
  written: string;
}

export interface Theatre {
  country: string;
  countryName: string;
  weight: number;
  /** The country as a place (its central point), for reports that name only the country. */
  asPlace: PlaceValue;
  towns: Town[];
  /** English demonym ("Syrian"). */
  demonym: string;
  groups: Array<ActorValue & { written: string }>;
  forces: ActorValue;
  police: ActorValue;
  civilians: ActorValue;
}

/** The theatres with every town the gazetteer knows in that country (the others are left out). */
export function loadTheatres(): Theatre[] {
  const gazetteer = loadGazetteer();
  return SPECS.map((spec) => {
    const info = gazetteer.country(spec.country);
    if (!info) throw new Error(`the gazetteer does not know the country ${spec.country}`);
    const towns: Town[] = [];
    for (const name of spec.towns.split(", ")) {
      const place = gazetteer.findPlaces(name, spec.country).find((p) => p.country === spec.country && p.kind === "city");
      if (place) {
        towns.push({
          name: place.name,
          admin1: place.admin1,
          country: spec.country,
          lat: place.lat,
          lon: place.lon,
          precision: "exact",
          written: name,
        });
      }
    }
    if (towns.length === 0) throw new Error(`the gazetteer knows none of the towns listed for ${spec.country}`);
    const groups = spec.groups.split(", ").map((name): ActorValue & { written: string } => ({
      name,
      written: GROUP_WRITTEN[name] ?? name,
      kind: STATE_GROUPS.has(name) ? "state" : "armed_group",
      country: name in GROUP_COUNTRY ? GROUP_COUNTRY[name]! : spec.country,
    }));
    return {
      country: spec.country,
      countryName: info.name,
      weight: spec.weight,
      demonym: info.demonyms[0] ?? info.name,
      asPlace: { name: info.name, admin1: null, country: spec.country, lat: info.lat, lon: info.lon, precision: "country" },
      towns,
      groups,
      forces: { name: `Military Forces of ${info.name}`, kind: "state", country: spec.country },
      police: { name: `Police Forces of ${info.name}`, kind: "state", country: spec.country },
      civilians: { name: `Civilians (${info.name})`, kind: "civilians", country: spec.country },
    };
  });
}

export type Random = () => number;

/** Index `i` with weight 1/(i+1): the first towns and groups listed are the most reported. */
export function zipf(random: Random, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += 1 / (i + 1);
  let x = random() * total;
  for (let i = 0; i < n; i++) {
    x -= 1 / (i + 1);
    if (x < 0) return i;
  }
  return n - 1;
}

/** A country, as often as its weight says. */
export function pickTheatre(random: Random, theatres: readonly Theatre[]): Theatre {
  const total = theatres.reduce((s, t) => s + t.weight, 0);
  let x = random() * total;
  for (const t of theatres) {
    x -= t.weight;
    if (x < 0) return t;
  }
  return theatres[theatres.length - 1]!;
}
