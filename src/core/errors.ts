/** Base of every error Sitrep throws on purpose; always says which input it concerns. */
export class SitrepError extends Error {
  override name = "SitrepError";
}

/** An article or manifest line that cannot be ingested. */
export class IngestError extends SitrepError {
  override name = "IngestError";
  constructor(
    message: string,
    readonly input: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(`${input}${line === undefined ? "" : `:${line}`}: ${message}`, options);
  }
}

/** A store that cannot be opened, migrated or written. */
export class StorageError extends SitrepError {
  override name = "StorageError";
}

/** Bad command-line usage that is not caught by the argument parser. */
export class UsageError extends SitrepError {
  override name = "UsageError";
}

/** A review that cannot be applied: no such event, or a request that contradicts the event. */
export class ReviewError extends SitrepError {
  override name = "ReviewError";
  constructor(
    message: string,
    /** "missing": no such event; "invalid": the request does not fit the event. */
    readonly reason: "missing" | "invalid",
  ) {
    super(message);
  }
}
