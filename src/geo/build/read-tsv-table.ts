/**
 * Reader for the small hand-kept TSV files under data/: a header line naming the columns, one
 * entry a line, "#" lines and blank lines ignored. Every column is required, so an entry without
 * its "why" fails the build instead of slipping in unexplained.
 */

/** Parses the text into one record per entry, keyed by the header's column names. */
export function readTsvTable(text: string, source: string, columns: readonly string[]): Record<string, string>[] {
  const lines = text.split(/\r?\n/);
  const rows: Record<string, string>[] = [];
  let header: string[] | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const cells = line.split("\t").map((cell) => cell.trim());
    if (header === null) {
      header = cells;
      const missing = columns.filter((column) => !cells.includes(column));
      if (missing.length > 0) throw new Error(`${source}: header lacks column(s) ${missing.join(", ")}`);
      return;
    }
    const row: Record<string, string> = {};
    for (const column of columns) {
      const value = cells[header.indexOf(column)] ?? "";
      if (value === "") throw new Error(`${source}:${index + 1}: empty "${column}"`);
      row[column] = value;
    }
    rows.push(row);
  });
  return rows;
}
