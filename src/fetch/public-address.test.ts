import assert from "node:assert/strict";
import { test } from "node:test";
import { nonPublicRange } from "./public-address.ts";

test("private, loopback, link-local, shared and other non-public addresses are named", () => {
  const cases: Array<[string, RegExp]> = [
    ["10.0.0.1", /private/],
    ["10.255.255.255", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.254", /private/],
    ["192.168.1.20", /private/],
    ["127.0.0.1", /loopback/],
    ["127.45.3.2", /loopback/],
    ["::1", /loopback/],
    ["[::1]", /loopback/],
    ["fc00::1", /unique local/],
    ["fd12:3456:789a::1", /unique local/],
    ["169.254.169.254", /link-local/],
    ["fe80::1", /link-local/],
    ["100.64.0.1", /carrier-grade/],
    ["100.127.255.255", /carrier-grade/],
    ["0.0.0.0", /unspecified/],
    ["::", /unspecified/],
    ["224.0.0.251", /multicast/],
    ["255.255.255.255", /broadcast/],
    // The same addresses in disguise: IPv4-mapped IPv6, and NAT64 around a loopback address.
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:10.1.2.3", /private/],
    ["64:ff9b::7f00:1", /loopback/],
    ["not-an-address", /not an IP address/],
  ];
  for (const [address, words] of cases) assert.match(nonPublicRange(address) ?? "public", words, address);
});

test("public addresses pass, including those just outside the private ranges", () => {
  for (const address of [
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.255",
    "100.128.0.0",
    "172.15.255.255",
    "172.32.0.1",
    "192.169.0.1",
    "11.0.0.1",
    "2606:4700:4700::1111",
    "64:ff9b::808:808",
  ]) {
    assert.equal(nonPublicRange(address), null, address);
  }
});
