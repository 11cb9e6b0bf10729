/**
 * Writes and reads the gazetteer index as a section container (see binary-sections.ts). The file
 * is built on the machine that reads it (at install), so native byte order is fine.
 */

import { readFileSync } from "node:fs";
import { decodeSections, encodeSections, type SectionReader } from "./binary-sections.ts";
import type { StringList } from "./string-list.ts";
import { GAZETTEER_INDEX_VERSION, type CountryRecord, type GazetteerIndex, type KeyPostings } from "./gazetteer-index.ts";

interface IndexMeta {
  format: "sitrep-gazetteer";
  version: number;
  sources: Record<string, string>;
  fingerprint: string;
  countries: CountryRecord[];
  cityCount: number;
}

/** The bytes of the index file. */
export function encodeGazetteerIndex(index: GazetteerIndex): Buffer {
  const meta: IndexMeta = {
    format: "sitrep-gazetteer",
    version: index.version,
    sources: index.sources,
    fingerprint: index.fingerprint,
    countries: index.countries,
    cityCount: index.places.cityCount,
  };
  const { places } = index;
  return encodeSections(meta, {
    "places.names.bytes": places.names.bytes,
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
    fingerprint: meta.fingerprint ?? "",
    countries: meta.countries ?? [],
    places: {
      cityCount: meta.cityCount ?? 0,
      names: readStringList(reader, "places.names"),
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

/** The fingerprint of the index file at `path`, or null when there is no readable current one. */
export function readGazetteerIndexFingerprint(path: string): string | null {
  try {
    return decodeGazetteerIndex(readFileSync(path)).fingerprint;
  } catch {
    return null;
  }
}

/** Reads and decodes the index file at `path`. */
export function readGazetteerIndexFile(path: string): GazetteerIndex {
  return decodeGazetteerIndex(readFileSync(path));
}

function postingSections(prefix: string, postings: KeyPostings): Record<string, Uint8Array | Uint32Array> {
  return {
    [`${prefix}.keys.bytes`]: postings.keys.bytes,
    [`${prefix}.keys.bounds`]: postings.keys.bounds,
    [`${prefix}.starts`]: postings.starts,
    [`${prefix}.ids`]: postings.ids,
  };
}

function readPostings(reader: SectionReader, prefix: string): KeyPostings {
  return {
    keys: readStringList(reader, `${prefix}.keys`),
    starts: reader.u32(`${prefix}.starts`),
    ids: reader.u32(`${prefix}.ids`),
  };
}

function readStringList(reader: SectionReader, prefix: string): StringList {
  const bytes = reader.u8(`${prefix}.bytes`);
  // A Buffer over the same memory, for its fast UTF-8 slicing; nothing is copied.
  return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), bounds: reader.u32(`${prefix}.bounds`) };
}
