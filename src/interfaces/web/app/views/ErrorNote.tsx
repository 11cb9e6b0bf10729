import { ApiError } from "../api.ts";

/** What went wrong, in words a reader can act on: the server gone, a filter refused, a failure of the server's own. */
export function describeFailure(error: Error): string {
  if (!(error instanceof ApiError)) return `The server could not be reached (${error.message}). Check that it is running, then try again.`;
  const { status, message } = error;
  if (status === 401 || status === 403) return `This server needs a token: paste one in the box at the top right. ${message}`;
  if (status === 404) return `Not found: ${message}`;
  if (status === 400) return `The server did not accept these filters: ${message}`;
  if (status >= 500) return `The server failed to answer (error ${status}): ${message}`;
  return message;
}

interface Props {
  error: Error;
  /** Asks again; offered when given. */
  onRetry?: () => void;
  /** Drops the view's filters; offered when given (a refused filter is mended so). */
  onClearFilters?: () => void;
}

/** An API failure in words, with a way out: try again, or (for refused filters) clear them. */
export function ErrorNote({ error, onRetry, onClearFilters }: Props) {
  return (
    <div class="error-note" role="alert" data-testid="error-note">
      <span>{describeFailure(error)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {onClearFilters && (
        <button type="button" onClick={onClearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
