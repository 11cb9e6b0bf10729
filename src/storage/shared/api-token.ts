/**
 * API tokens: a random secret shown once to its owner; stores keep only its SHA-256, so a stolen
 * database gives no usable token. Secrets carry a prefix so they are recognisable in logs and
 * secret scanners.
 */

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = "sitrep_";

/** A new random secret. */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(24).toString("base64url");
}

/** The hash stored in place of the secret. */
export function tokenHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compares two hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A token name: letters, digits, dot, dash, underscore, 1 to 64 of them. */
export function checkTokenName(name: string): string | null {
  return /^[\w.-]{1,64}$/.test(name) ? null : `token name "${name}" must be 1 to 64 letters, digits, dots, dashes or underscores`;
}
