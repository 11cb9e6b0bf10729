/**
 * Reader for a GeoNames "citiesN" dump (tab-separated, one populated place a line, the layout of
 * https://download.geonames.org/export/dump/readme.txt). Only the columns the gazetteer uses are
 * kept.
 */

/** One populated place of the dump. */
export interface GeoNamesCity {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-level division, PPL, PPLX… */
  featureCode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** GeoNames first-level division code, local to the country ("09" in SY is Aleppo); "" if none. */
  admin1Code: string;
  /** GeoNames second-level division code, local to the first-level one; "" if none. */
  admin2Code?: string;
  population: number;
}

const COLUMN = {
  geonameId: 0,
  name: 1,
  asciiName: 2,
  alternateNames: 3,
  lat: 4,
  lon: 5,
  featureCode: 7,
  country: 8,
  admin1Code: 10,
  admin2Code: 11,
  population: 14,
} as const;

/** Parses the dump's text; lines that do not have the expected columns are skipped. */
export function* readGeoNamesCities(text: string): Generator<GeoNamesCity> {
  for (const line of text.split("\n")) {
    const fields = line.split("\t");
    if (fields.length < 15) continue;
    const lat = Number(fields[COLUMN.lat]);
    const lon = Number(fields[COLUMN.lon]);
    const country = fields[COLUMN.country].trim().toUpperCase();
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || country.length !== 2) continue;
    const alternates = fields[COLUMN.alternateNames];
    yield {
      geonameId: Number(fields[COLUMN.geonameId]),
      name: fields[COLUMN.name].trim(),
      asciiName: fields[COLUMN.asciiName].trim(),
      alternateNames: alternates === "" ? [] : alternates.split(","),
      lat,
      lon,
      featureCode: fields[COLUMN.featureCode],
      country,
      admin1Code: fields[COLUMN.admin1Code].trim(),
      admin2Code: fields[COLUMN.admin2Code].trim(),
      population: Number(fields[COLUMN.population]) || 0,
    };
  }
}
