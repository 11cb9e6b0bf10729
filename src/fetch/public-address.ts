/**
 * Which addresses a fetch may reach: only public ones, unless private addresses are allowed. A page
 * or feed address comes from outside (a feed, an API caller, a redirect), so without this check it
 * could make Sitrep read the machine's own services, the cloud metadata endpoint (169.254.169.254)
 * or the office network. Parsing and range tables are ipaddr.js's, a small, widely used library
 * that knows the IPv4-mapped and embedded forms a hand-written check tends to miss.
 */

import ipaddr from "ipaddr.js";

/** ipaddr.js's range names, as words for messages. "unicast" (public) is absent: it is the one allowed. */
const RANGE_WORDS: Record<string, string> = {
  private: "a private address",
  loopback: "a loopback address",
  linkLocal: "a link-local address",
  uniqueLocal: "a unique local (private) address",
  carrierGradeNat: "a shared (carrier-grade NAT) address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  reserved: "a reserved address",
  benchmarking: "a benchmarking address",
};

/**
 * Null when `address` (an IPv4 or IPv6 literal) is public; otherwise words naming the kind of
 * non-public address it is, e.g. "a loopback address".
 */
export function nonPublicRange(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it is.
    parsed = ipaddr.process(address.replace(/^\[|\]$/g, ""));
  } catch {
    return "not an IP address";
  }
  const range = parsed.range();
  if (range === "unicast") return null;
  // NAT64 (64:ff9b::/96) is how IPv6-only networks reach every IPv4 host: judge the IPv4 address inside.
  if (range === "rfc6052" && parsed.kind() === "ipv6") {
    const bytes = parsed.toByteArray().slice(12);
    return nonPublicRange(bytes.join("."));
  }
  return RANGE_WORDS[range] ?? `a non-public address (${range})`;
}
