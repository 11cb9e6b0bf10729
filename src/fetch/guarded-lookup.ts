/**
 * A name lookup for outgoing connections that refuses non-public addresses. It runs where the
 * connection is made (node:http's `lookup` option), so the address checked is the address
 * connected to: a host name that answers a public address to a first lookup and a private one to
 * the next (DNS rebinding) cannot slip between a check and the connection.
 */

import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { RefusedAddressError } from "./fetch-error.ts";
import { nonPublicRange } from "./public-address.ts";

/**
 * A lookup that resolves every address of the host and refuses the connection if `judge` finds
 * any of them not public (by default `nonPublicRange`).
 */
export function lookupRefusing(judge: (address: string) => string | null = nonPublicRange): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      // Every address, not only the first: the connection may fall back to any of them.
      for (const a of addresses) {
        const range = judge(a.address);
        if (range) return callback(new RefusedAddressError(hostname, a.address, range), "", 0);
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), "", 0);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
