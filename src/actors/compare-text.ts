/**
 * Orders strings by code unit, not by locale: `localeCompare` depends on the ICU data of the
 * machine, and the registry's order must not.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
