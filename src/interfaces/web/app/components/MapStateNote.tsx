/**
 * What the map says over itself when it has no events to draw: that they are loading, that they
 * could not be had (why, with a way to ask again and, for filters the server refused, to clear
 * them), or that none match. A failure is never shown as an empty map.
 */

import { ApiError } from "../api.ts";
import { describeFailure } from "../views/ErrorNote.tsx";

export type MapStatus = "loading" | "failed" | "empty" | "updating" | "ready";

interface Props {
  status: MapStatus;
  failure: Error | undefined;
  /** The failure is the map's own, announced here (not also in the overview's note above). */
  announce: boolean;
  onRetry: () => void;
  onClearFilters: (() => void) | undefined;
}

export function MapStateNote({ status, failure, announce, onRetry, onClearFilters }: Props) {
  if (status === "loading")
    return (
      <div class="map-state" data-testid="map-state" data-state="loading" role="status">
        <span class="spinner" aria-hidden="true" />
        Loading events…
      </div>
    );
  if (status === "failed" && failure)
    return (
      <div class="map-state failed" data-testid="map-state" data-state="failed" {...(announce ? { role: "alert" } : {})}>
        <strong>The events could not be loaded.</strong>
        <span>{describeFailure(failure)}</span>
        <span class="map-state-actions">
          <button type="button" onClick={onRetry}>
            Try again
          </button>
          {onClearFilters && failure instanceof ApiError && failure.status === 400 && (
            <button type="button" onClick={onClearFilters}>
              Clear filters
            </button>
          )}
        </span>
      </div>
    );
  if (status === "empty")
    return (
      <div class="map-state" data-testid="map-state" data-state="empty">
        <strong>{onClearFilters ? "No events match these filters." : "No events yet."}</strong>
        {onClearFilters && (
          <button type="button" onClick={onClearFilters}>
            Clear filters
          </button>
        )}
      </div>
    );
  if (status === "updating") return <div class="map-note muted">Loading the map…</div>;
  return null;
}
