/** The overview: filters, timeline, map and list of the events that match. */

import { useCallback, useMemo, useState } from "preact/hooks";
import { EVENT_CAP, listEvents } from "../api.ts";
import { EventMap } from "../components/EventMap.tsx";
import { EventTable } from "../components/EventTable.tsx";
import { FilterBar } from "../components/FilterBar.tsx";
import { Timeline } from "../components/Timeline.tsx";
import { navigate } from "../navigation.ts";
import { useAsync } from "../use-async.ts";
import { formatViewState, hrefOf, inDateRange, withFilters, type ViewState } from "../view-state.ts";
import { ErrorNote } from "./ErrorNote.tsx";

/** The export of what the view shows: the same filters, those the export takes. */
function exportHref(state: ViewState, format: string): string {
  const params = new URLSearchParams({ format });
  for (const key of ["since", "until", "country", "type", "actor", "bbox", "q"] as const) if (state[key]) params.set(key, state[key]!);
  return `/api/export?${params}`;
}

export function EventsView({ state }: { state: ViewState }) {
  const [selected, setSelected] = useState<string | null>(null);
  // The timeline shows every day the other filters leave, so the dates are applied here, not by the server.
  const { since: _since, until: _until, at: _at, ...undated } = state;
  const key = formatViewState(undated);
  const loaded = useAsync(() => listEvents(state, { dates: false }), [key]);
  const all = loaded.data?.events ?? [];
  const shown = useMemo(() => all.filter((e) => inDateRange(e, state)), [all, state.since, state.until]);
  const countries = useMemo(() => [...new Set(all.flatMap((e) => (e.location?.country ? [e.location.country] : [])))], [all]);

  const change = useCallback((patch: ViewState) => navigate(hrefOf({ page: "events" }, withFilters(state, patch))), [state]);
  // Moving the map rewrites the address in place: panning is not a step to go back through.
  const onView = useCallback((at: string) => navigate(hrefOf({ page: "events" }, withFilters(state, { at })), { replace: true }), [state]);
  const onRange = useCallback((since: string | null, until: string | null) => change({ since: since ?? "", until: until ?? "" }), [change]);

  return (
    <main class="events-view">
      <FilterBar state={state} countries={countries} onChange={change} />
      {loaded.error && <ErrorNote error={loaded.error} />}
      <section class="summary" aria-live="polite">
        {loaded.loading && !loaded.data ? (
          "Loading events…"
        ) : (
          <>
            <strong data-testid="event-count">{shown.length}</strong> event{shown.length === 1 ? "" : "s"}
            {shown.length !== all.length && <span class="muted"> of {all.length} before the date filter</span>}
            {loaded.data?.truncated && <span class="warning"> — only the first {EVENT_CAP} are loaded; narrow the filters</span>}
            <span class="exports">
              Export:{" "}
              {(["csv", "geojson", "jsonl", "json"] as const).map((format) => (
                <a key={format} href={exportHref(state, format)} download data-format={format}>
                  {format === "csv"
                    ? "CSV (ACLED columns)"
                    : format === "geojson"
                      ? "GeoJSON"
                      : format === "jsonl"
                        ? "JSON Lines"
                        : "Sitrep JSON"}
                </a>
              ))}
            </span>
          </>
        )}
      </section>
      <Timeline events={all} since={state.since} until={state.until} onRange={onRange} />
      <div class="overview">
        <EventMap
          events={shown}
          state={state}
          selected={selected}
          onSelect={setSelected}
          onArea={(bbox) => change({ bbox: bbox ?? "" })}
          onView={onView}
        />
        <div class="list-pane">
          <EventTable events={shown} state={state} selected={selected} onSelect={setSelected} />
        </div>
      </div>
    </main>
  );
}
