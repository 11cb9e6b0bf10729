import { ApiError } from "../api.ts";

/** An API failure in words: what the server said, and what to do about a missing token. */
export function ErrorNote({ error }: { error: Error }) {
  const status = error instanceof ApiError ? error.status : null;
  return (
    <div class="error-note" role="alert">
      {status === 401 || status === 403 ? "This server needs a token: paste one in the box at the top right. " : ""}
      {status === 404 ? "Not found: " : ""}
      {error.message}
    </div>
  );
}
