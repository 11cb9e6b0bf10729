/**
 * The overview: filters, timeline, map and list of the events that match. Every filter goes to
 * the server: the count and the timeline are its counts, the list is its pages (a cursor each),
 * the map asks for the area it shows. Nothing here holds more than a page of events.
 */

import { useCallback, useEffect, useState } from "preact/hooks";
import { getSummary, listEventPage } from "../api.ts";
import { EventMap } from "../components/EventMap.tsx";
import { EventTable } from "../components/EventTable.tsx";
import { FilterBar } from "../components/FilterBar.tsx";
import { Timeline } from "../components/Timeline.tsx";
import { choosePeriod } from "../components/timeline-periods.ts";
import { navigate } from "../navigation.ts";
import { useAsync } from "../use-async.ts";
import { ApiError } from "../api.ts";
import { ANALYST_FILTER_KEYS, FILTER_KEYS, formatViewState, hrefOf, withFilters, type ViewState } from "../view-state.ts";
import { ErrorNote } from "./ErrorNote.tsx";

/** Events in one page of the list. */
export const PAGE_SIZE = 100;

/** The export of what the view shows: the same filters, those the export takes. */
function exportHref(state: ViewState, format: string): string {
  const params = new URLSearchParams({ format });
  for (const key of ["since", "until", "country", "type", "actor", ...ANALYST_FILTER_KEYS, "bbox", "q"] as const)
    if (state[key]) params.set(key, state[key]!);
  return `/api/export?${params}`;
}

/** The timeline's counts: over the period the other filters leave, by days, weeks, months or years as its length asks. */
async function timelineCounts(state: ViewState) {
  const months = await getSummary(state, { dates: false, period: "month" });
  const first = months.periods[0]?.start;
  const last = months.periods.at(-1)?.start;
  if (!first || !last) return { period: "day" as const, counts: [] };
  // The last month's last day bounds the span well enough to choose bars by.
  const period = choosePeriod(first, `${last.slice(0, 8)}28`);
  if (period === "month") return { period, counts: months.periods };
  return { period, counts: (await getSummary(state, { dates: false, period })).periods };
}

export function EventsView({ state }: { state: ViewState }) {
  const [selected, setSelected] = useState<string | null>(null);
  const { at: _at, ...filters } = state;
  const key = formatViewState(filters);
  const { since: _since, until: _until, ...undated } = filters;
  const undatedKey = formatViewState(undated);

  // The count, and where the events lie (per 2° cell) for the map to fit itself to: one question.
  // Asked first, then the list's page: the server answers in turn, and these two make the view
  // ready; the timeline, over every date, takes longest.
  const summary = useAsync(() => getSummary(state, { cell: 2 }), [key]);
  // The cursors of the pages shown so far: the last is the page on screen (null: the first page).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  useEffect(() => setCursors([null]), [key]);
  const cursor = cursors.at(-1) ?? null;
  const page = useAsync(() => listEventPage(state, cursor, PAGE_SIZE), [key, cursor]);
  const timeline = useAsync(() => timelineCounts(state), [undatedKey]);
  const events = page.data?.events ?? [];
  // The countries to choose from: those with events under the other filters, with their counts.
  const { country: _country, ...otherThanCountry } = filters;
  const countryKey = formatViewState(otherThanCountry);
  const countryCounts = useAsync(() => getSummary(otherThanCountry, { byCountry: true }), [countryKey]);
  const countries = countryCounts.data?.countries ?? [];

  const change = useCallback((patch: ViewState) => navigate(hrefOf({ page: "events" }, withFilters(state, patch))), [state]);
  // Moving the map rewrites the address in place: panning is not a step to go back through.
  const onView = useCallback((at: string) => navigate(hrefOf({ page: "events" }, withFilters(state, { at })), { replace: true }), [state]);
  const onRange = useCallback((since: string | null, until: string | null) => change({ since: since ?? "", until: until ?? "" }), [change]);
  // Every filter off (whichever the bar offers), where the map looks kept.
  const anyFilter = Object.keys(filters).length > 0;
  const clearFilters = useCallback(
    () => change(Object.fromEntries(FILTER_KEYS.filter((k) => k !== "at").map((k) => [k, ""])) as ViewState),
    [change],
  );

  // One note for whatever failed, with one way to ask it all again; refused filters can be cleared.
  const failed = [summary, timeline, page, countryCounts].filter((a) => a.error);
  const failure = failed[0]?.error;
  const retry = () => failed.forEach((a) => a.reload());
  const refused = failed.some((a) => a.error instanceof ApiError && a.error.status === 400);

  const total = summary.data?.total;
  const firstShown = (cursors.length - 1) * PAGE_SIZE + 1;
  return (
    <main class="events-view">
      <h1 class="visually-hidden">Events</h1>
      <FilterBar state={state} countries={countries} onChange={change} />
      {failure && <ErrorNote error={failure} onRetry={retry} {...(refused && anyFilter ? { onClearFilters: clearFilters } : {})} />}
      <section class="summary" aria-live="polite">
        {total === undefined ? (
          summary.error ? (
            "Events could not be counted."
          ) : (
            "Counting events…"
          )
        ) : (
          <>
            <strong data-testid="event-count">{total}</strong> event{total === 1 ? "" : "s"}
            {summary.loading && <span class="muted"> (updating…)</span>}
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
      <Timeline
        counts={timeline.data?.counts ?? []}
        period={timeline.data?.period ?? "day"}
        since={state.since}
        until={state.until}
        onRange={onRange}
        note={
          timeline.error
            ? "The timeline could not be loaded."
            : !timeline.data
              ? "Loading the timeline…"
              : timeline.data.counts.length === 0
                ? "No dated events to chart."
                : undefined
        }
      />
      <div class="overview">
        <EventMap
          state={state}
          extent={summary.data}
          extentError={summary.error}
          onRetry={retry}
          {...(anyFilter ? { onClearFilters: clearFilters } : {})}
          selected={selected}
          onSelect={setSelected}
          onArea={(bbox) => change({ bbox: bbox ?? "" })}
          onView={onView}
        />
        <section class="list-pane" aria-label="Events list">
          <nav class="pager" aria-label="Pages of the list">
            {/* While a page loads the rows are the last page's: the range waits for its own. */}
            <span data-testid="page-range">
              {page.loading
                ? "Loading events…"
                : page.error
                  ? "The list could not be loaded"
                  : `${events.length > 0 ? `${firstShown}–${firstShown + events.length - 1}` : "0"}${total !== undefined ? ` of ${total}` : ""}, oldest first`}
            </span>
            <button type="button" disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
              Previous page
            </button>
            <button
              type="button"
              data-testid="next-page"
              disabled={!page.data?.next_cursor}
              onClick={() => page.data?.next_cursor && setCursors((c) => [...c, page.data!.next_cursor])}
            >
              Next page
            </button>
          </nav>
          {page.loading && !page.data ? (
            <p class="muted" role="status">
              Loading events…
            </p>
          ) : page.error ? (
            <p class="empty">The list could not be loaded: see the note above.</p>
          ) : (
            <EventTable
              events={events}
              state={state}
              selected={selected}
              onSelect={setSelected}
              {...(anyFilter ? { onClearFilters: clearFilters } : {})}
            />
          )}
        </section>
      </div>
    </main>
  );
}
