import type { Range } from "../../core/model.ts";

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  "a dozen": 12,
  "half a dozen": 6,
  "a hundred": 100,
};

/** Number words and digits as news writes them ("12", "1,000", "4,50,000", "seventy", "twenty-five"). */
export const NUMBER_PATTERN = String.raw`(?:\d{1,3}(?:,\d{2,3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one|two|three|several) hundred|half a dozen|a dozen|dozens|scores|hundreds|several)`;

/** Words before a number that widen it into a range. */
export const QUALIFIER_PATTERN = String.raw`(?:at least|no less than|no fewer than|not less than|a minimum of|more than|over|upwards of|in excess of|nearly|almost|close to|up to|fewer than|less than|about|around|some|approximately|roughly|an estimated|estimated|as many as)`;

/** The value of a number word or digits, or null. Vague quantities ("dozens") return their floor. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ""));
  // Read as coders read them (the codebook's conservative floor): "dozens" 12, "scores" 20, "hundreds" 100.
  if (s === "dozens") return 12;
  if (s === "scores") return 20;
  if (s === "hundreds") return 100;
  if (s === "several") return 3;
  if (s in UNITS) return UNITS[s]!;
  const hundred = /^(a|one|two|three|several) hundred$/.exec(s);
  if (hundred) return (hundred[1] === "several" ? 3 : (UNITS[hundred[1]!] ?? 1)) * 100;
  const compound = /^(\w+)[- ](\w+)$/.exec(s);
  if (compound && compound[1]! in UNITS && compound[2]! in UNITS) return UNITS[compound[1]!]! + UNITS[compound[2]!]!;
  return null;
}

/** True for quantities that give only a lower bound ("dozens", "several"). */
export function isVague(raw: string): boolean {
  return /^(dozens|scores|hundreds|several)$/i.test(raw.trim());
}

/** The range a qualified number stands for: "at least 12" → 12 and up, "more than 70" → 71 and up, "nearly 25" → at most 25. */
export function qualifiedRange(n: number, qualifier: string | null, vague = false): Range {
  const q = (qualifier ?? "").toLowerCase();
  if (vague) return { min: n, max: null };
  if (/^(at least|no less than|no fewer than|not less than|a minimum of)$/.test(q)) return { min: n, max: null };
  if (/^(more than|over|upwards of|in excess of)$/.test(q)) return { min: n + 1, max: null };
  if (/^(nearly|almost|close to|up to|as many as)$/.test(q)) return { min: Math.max(1, Math.floor(n * 0.8)), max: n };
  if (/^(fewer than|less than)$/.test(q)) return { min: Math.max(1, Math.floor(n * 0.7)), max: n - 1 };
  if (/^(about|around|some|approximately|roughly|an estimated|estimated)$/.test(q))
    return { min: Math.floor(n * 0.9), max: Math.ceil(n * 1.1) };
  return { min: n, max: n };
}
