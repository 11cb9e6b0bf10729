import { isDeepStrictEqual } from "node:util";

/**
 * Where two JSON values differ, one line per path ("events[0].fatalities.value.min: expected 9,
 * got 8"), so a failing case says which field changed rather than printing two whole documents.
 */
export function describeDifferences(expected: unknown, actual: unknown, path = ""): string[] {
  if (isDeepStrictEqual(expected, actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const lines: string[] = [];
    if (expected.length !== actual.length) {
      lines.push(`${path || "(root)"}: expected ${expected.length} items, got ${actual.length}`);
    }
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (i >= expected.length) lines.push(`${path}[${i}]: unexpected ${show(actual[i])}`);
      else if (i >= actual.length) lines.push(`${path}[${i}]: missing ${show(expected[i])}`);
      else lines.push(...describeDifferences(expected[i], actual[i], `${path}[${i}]`));
    }
    return lines;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (!(key in actual)) return [`${at}: missing (expected ${show(expected[key])})`];
      if (!(key in expected)) return [`${at}: unexpected ${show(actual[key])}`];
      return describeDifferences(expected[key], actual[key], at);
    });
  }
  return [`${path || "(root)"}: expected ${show(expected)}, got ${show(actual)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}...` : json;
}
