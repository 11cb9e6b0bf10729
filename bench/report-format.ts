/** How the benchmark's report writes its numbers, in the terminal's table and in bench/RESULTS.md alike. */

export const mb = (bytes: number | null): string => (bytes === null ? "unknown" : `${(bytes / 1e6).toFixed(0)} MB`);
export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const thousands = (n: number): string => n.toLocaleString("en-US");
/** An empty cell: no target, no verdict, nothing measured. */
export const NONE = "—";
