/**
 * Writes and reads the gazetteer index as a section container (see binary-sections.ts). The file
 * is built on the machine that reads it (at install), so native byte order is fine.
 */

import { readFileSync } from "node:fs";
import { decodeSections, encodeSections, type SectionReader } from "./binary-sections.ts";
import { GAZETTEER_INDEX_VERSION, type CountryRecord, type GazetteerIndex, type KeyPostings } from "./gazetteer-index.ts";

interface IndexMeta {
  format: "sitrep-gazetteer";
  version: number;
  sources: Record<string, string>;
  countries: CountryRecord[];
  cityCount: number;
}

/** The bytes of the index file. */
export function encodeGazetteerIndex(index: GazetteerIndex): Buffer {
  const meta: IndexMeta = {
    format: "sitrep-gazetteer",
    version: index.version,
    sources: index.sources,
    countries: index.countries,
    cityCount: index.places.cityCount,
  };
  const { places } = index;
  return encodeSections(meta, {
    "places.names.text": places.names.text,
    "places.names.bounds": places.names.bounds,
    "places.country": places.country,
    "places.admin1": places.admin1,
    "places.lat": places.lat,
    "places.lon": places.lon,
    "places.population": places.population,
    ...postingSections("strict", index.strict),
    ...postingSections("loose", index.loose),
  });
}

/** Decodes an index file's bytes; throws when they are not a current gazetteer index. */
export function decodeGazetteerIndex(bytes: Buffer): GazetteerIndex {
  const reader = decodeSections(bytes);
  const meta = reader.meta as Partial<IndexMeta> | null;
  if (meta?.format !== "sitrep-gazetteer") throw new Error("not a gazetteer index");
  if (meta.version !== GAZETTEER_INDEX_VERSION) {
    throw new Error(`gazetteer index is version ${String(meta.version)}, expected ${GAZETTEER_INDEX_VERSION}`);
  }
  return {
    version: meta.version,
    sources: meta.sources ?? {},
    countries: meta.countries ?? [],
    places: {
      cityCount: meta.cityCount ?? 0,
      names: { text: reader.utf8("places.names.text"), bounds: reader.u32("places.names.bounds") },
      country: reader.u8("places.country"),
      admin1: reader.i32("places.admin1"),
      lat: reader.i32("places.lat"),
      lon: reader.i32("places.lon"),
      population: reader.u32("places.population"),
    },
    strict: readPostings(reader, "strict"),
    loose: readPostings(reader, "loose"),
  };
}

/** Reads and decodes the index file at `path`. */
export function readGazetteerIndexFile(path: string): GazetteerIndex {
  return decodeGazetteerIndex(readFileSync(path));
}

function postingSections(prefix: string, postings: KeyPostings): Record<string, string | Uint32Array> {
  return {
    [`${prefix}.keys.text`]: postings.keys.text,
    [`${prefix}.keys.bounds`]: postings.keys.bounds,
    [`${prefix}.starts`]: postings.starts,
    [`${prefix}.ids`]: postings.ids,
  };
}

function readPostings(reader: SectionReader, prefix: string): KeyPostings {
  return {
    keys: { text: reader.utf8(`${prefix}.keys.text`), bounds: reader.u32(`${prefix}.keys.bounds`) },
    starts: reader.u32(`${prefix}.starts`),
    ids: reader.u32(`${prefix}.ids`),
  };
}
