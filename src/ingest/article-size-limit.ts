/**
 * The largest article Sitrep reads, as a file, an HTTP body or a fetched page. A news report is
 * tens of kilobytes; a text of many megabytes is a book, a dump or a mistake, and reading it
 * whole would cost memory and minutes for nothing, so it is refused with a message instead.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function describeBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
