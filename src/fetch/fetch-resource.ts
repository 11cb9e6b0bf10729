/**
 * Every fetch Sitrep makes (article pages, feeds, watchlist webhooks) goes through here, under one
 * set of rules: a deadline for the whole exchange, a size cap, Sitrep's own User-Agent, redirects
 * followed by hand a few hops at most, and no connection to a non-public address (private,
 * loopback, link-local...) unless private addresses are allowed. node:http rather than fetch(),
 * because only node:http lets the address check run at connection time (see guarded-lookup.ts).
 */

import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { FetchError, RefusedAddressError } from "./fetch-error.ts";
import { lookupRefusing } from "./guarded-lookup.ts";
import { nonPublicRange } from "./public-address.ts";
import { readBody } from "./read-body.ts";
import { USER_AGENT } from "./user-agent.ts";

/** How a fetch is bounded. Every field has a default fit for a news page. */
export interface FetchRules {
  /** Deadline for the whole exchange, redirects and body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Allow private, loopback, link-local and other non-public addresses (tests, an intranet). Default false. */
  allowPrivate?: boolean;
  /**
   * Names why an address is not public, or null when it is: `nonPublicRange` unless replaced.
   * Tests replace it to make one loopback address pass for public (they have no other server).
   */
  judgeAddress?: (address: string) => string | null;
}

export const DEFAULT_FETCH_RULES: Required<FetchRules> = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  judgeAddress: nonPublicRange,
};

/** What is asked: a GET with the types accepted, or a POST of a JSON body (which never follows a redirect). */
export type FetchRequest = { method: "GET"; accept: string } | { method: "POST"; json: string };

export interface FetchedResource {
  /** The address answered from, after redirects. */
  finalUrl: string;
  /** The Content-Type, lower case; "" when the server sent none. */
  contentType: string;
  body: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The address as a URL, if it is an http or https one; `what` names it in the error ("" or "redirected to X: "). */
function webAddress(address: string, url: string, what = ""): URL {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    throw new FetchError(url, `${what}not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchError(url, `${what}only http and https addresses can be fetched`);
  }
  return parsed;
}

/** Sends one request, answering with the response head; the address rules are checked on connecting. */
function send(target: URL, request: FetchRequest, rules: Required<FetchRules>, signal: AbortSignal): Promise<IncomingMessage> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  // An address written as digits is connected to without a lookup: check it here.
  if (!rules.allowPrivate && isIP(host)) {
    const range = rules.judgeAddress(host);
    if (range) return Promise.reject(new RefusedAddressError(host, host, range));
  }
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (request.method === "GET") headers["accept"] = request.accept;
  else {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(request.json));
  }
  return new Promise((resolve, reject) => {
    const req = (target.protocol === "https:" ? https : http).request(target, {
      method: request.method,
      headers,
      signal,
      // One connection per request: nothing lingers in a pool after the fetch, checked or not.
      agent: false,
      lookup: rules.allowPrivate ? undefined : lookupRefusing(rules.judgeAddress),
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end(request.method === "POST" ? request.json : undefined);
  });
}

/** The reason an exchange failed, as words for the error. */
function reasonOf(error: unknown, signal: AbortSignal, timeoutMs: number, verb: string): string {
  if (signal.aborted) return `${verb}: no answer within ${timeoutMs / 1000} s`;
  if (error instanceof RefusedAddressError) return error.message;
  const e = error as NodeJS.ErrnoException & { hostname?: string };
  if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") return `${verb}: cannot resolve the host name${e.hostname ? ` ${e.hostname}` : ""}`;
  return `${verb}: ${e.code ?? e.message}`;
}

/**
 * Fetches `url` under the rules; throws a FetchError naming `url` (and the redirect that failed,
 * if one did) when it cannot be had: refused address, time-out, too large, an answer other than 2xx.
 */
export async function fetchResource(url: string, request: FetchRequest, given: FetchRules = {}): Promise<FetchedResource> {
  const rules: Required<FetchRules> = { ...DEFAULT_FETCH_RULES, ...given };
  let target = webAddress(url, url);
  const verb = request.method === "GET" ? "could not fetch" : "could not post";
  const signal = AbortSignal.timeout(rules.timeoutMs);
  /** Words placing the failure: nothing for the address asked for, "redirected to X: " after a redirect. */
  const at = () => (target.href === new URL(url).href ? "" : `redirected to ${target.href}: `);
  for (let hop = 0; ; hop++) {
    let response: IncomingMessage;
    try {
      response = await send(target, request, rules, signal);
    } catch (error) {
      throw new FetchError(url, `${at()}${reasonOf(error, signal, rules.timeoutMs, verb)}`, { cause: error });
    }
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status) && request.method === "GET") {
      response.resume();
      const location = response.headers.location;
      if (!location) throw new FetchError(url, `${at()}the server answered ${status} without saying where to`);
      if (hop >= rules.maxRedirects) throw new FetchError(url, `more than ${rules.maxRedirects} redirects`);
      // Each hop is checked like the first: the next request runs the address rules again.
      target = webAddress(new URL(location, target).href, url, `redirected to ${location}: `);
      continue;
    }
    if (status < 200 || status > 299) {
      response.resume();
      throw new FetchError(url, `${at()}${verb}: the server answered ${status}`);
    }
    try {
      const body = await readBody(response, rules.maxBytes, url);
      return { finalUrl: target.href, contentType: String(response.headers["content-type"] ?? "").toLowerCase(), body };
    } catch (error) {
      if (error instanceof FetchError && !signal.aborted) throw error;
      throw new FetchError(url, `${at()}${reasonOf(error, signal, rules.timeoutMs, verb)}`, { cause: error });
    }
  }
}
