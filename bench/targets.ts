/** The figures `npm run bench` checks, and what each must reach. */
export const TARGETS = {
  /** Extraction, single thread, MB of UTF-8 text per second. */
  extractMbPerSecond: 1,
  /** Extraction MB/s over compromise's plain `nlp(text)` MB/s on the same corpus. */
  ratioToCompromise: 5,
  /** Full ingest into SQLite, one process. */
  sqliteArticlesPerSecond: 200,
  /** Peak RSS of any one process (the SQLite ingest, the API server), in bytes (MB = 10^6 bytes). */
  peakRssBytes: 400_000_000,
  /** Articles/s with two queue workers over articles/s with one. */
  workerScaling: 1.8,
  /** API latency, 95th percentile, in milliseconds, at the largest store. */
  apiP95Ms: 50,
  /** Web overview over 200,000 events: median ms from the address to a month's count and first rows shown. */
  webOverviewReadyMs: 1500,
  /** Web overview: the longest task (ms) the page runs while its map is zoomed and panned over the whole store. */
  webLongestTaskMs: 100,
  /** Peak RSS of an export of the export benchmark's store, any format, command line or API server, in bytes. */
  exportPeakRssBytes: 300_000_000,
  /** Latency of API listings made while the API exports the whole store, 95th percentile, in milliseconds. */
  exportApiP95Ms: 200,
} as const;

export type Verdict = "met" | "NOT met";

export function verdict(met: boolean): Verdict {
  return met ? "met" : "NOT met";
}
