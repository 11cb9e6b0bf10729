import { IngestError } from "../core/errors.ts";

/**
 * An address that could not be fetched: its message names the address asked for and what went
 * wrong ("https://x/feed: could not fetch: no answer within 15 s"). An IngestError, since what
 * cannot be fetched cannot be ingested.
 */
export class FetchError extends IngestError {
  override name = "FetchError";
  constructor(url: string, reason: string, options?: ErrorOptions) {
    super(reason, url, undefined, options);
  }
}

/** A connection refused before it was made: the host is, or resolves to, a non-public address. */
export class RefusedAddressError extends Error {
  override name = "RefusedAddressError";
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(
      host === address
        ? `refused: ${address} is ${range}, and such addresses are fetched only when private addresses are allowed (--allow-private)`
        : `refused: ${host} resolves to ${address}, ${range}, and such addresses are fetched only when private addresses are allowed (--allow-private)`,
    );
  }
}
