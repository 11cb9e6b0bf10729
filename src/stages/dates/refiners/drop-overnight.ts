import type { Refiner } from "../token.ts";

/** A bare "overnight" yields to any day or weekday the sentence names ("overnight into Wednesday", "on Monday ... overnight"). */
export const dropOvernight: Refiner = (tokens) => {
  if (!tokens.some((t) => t.overnight)) return tokens;
  const dayNamed = tokens.some((t) => !t.overnight && (t.weekday || t.date || t.anchor || t.relative || t.value?.precision === "day"));
  return dayNamed ? tokens.filter((t) => !t.overnight) : tokens;
};
