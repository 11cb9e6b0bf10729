/**
 * Prints how long `loadGazetteer()` takes and how much memory it adds:
 *
 *   node --import tsx scripts/measure-gazetteer.ts
 *
 * The module is imported before the clock starts, so the figures are the index load alone; the
 * first lookups are timed separately (they touch lazily built parts).
 */

import { loadGazetteer } from "../src/geo/gazetteer.ts";

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

const rssBefore = process.memoryUsage().rss;
const loadStarted = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - loadStarted;
const rssAfterLoad = process.memoryUsage().rss;

const lookupStarted = performance.now();
gazetteer.findPlaces("Deir el-Zour");
gazetteer.country("Nigerien");
gazetteer.regionPoint("SY", "northwest");
gazetteer.admin1At(36.2, 37.16, "SY");
const firstLookupsMs = performance.now() - lookupStarted;

console.log(`load time: ${loadMs.toFixed(1)} ms`);
console.log(`RSS delta after load: ${megabytes(rssAfterLoad - rssBefore)} MB`);
console.log(`first lookups (incl. lazy indexes): ${firstLookupsMs.toFixed(1)} ms`);
console.log(`RSS delta after first lookups: ${megabytes(process.memoryUsage().rss - rssBefore)} MB`);
