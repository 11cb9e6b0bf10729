/** The filters of the view, written to the address on every change (text on Enter or leaving the box). */

import { useEffect, useState } from "preact/hooks";
import { countryName } from "../event-names.ts";
import { EVENT_FAMILIES, EVENT_TYPE_LABELS, typeLabel } from "../event-style.ts";
import type { FilterKey, ViewState } from "../view-state.ts";

interface Props {
  state: ViewState;
  /** The countries with events under the other filters, by code, with how many. */
  countries: ReadonlyArray<{ country: string; count: number }>;
  onChange: (patch: ViewState) => void;
}

function TextFilter({
  name,
  label,
  value,
  placeholder,
  onChange,
  count,
}: {
  name: FilterKey;
  label: string;
  value: string | undefined;
  placeholder: string;
  onChange: Props["onChange"];
  /** A whole number from this up (deaths, sources), rather than text. */
  count?: number;
}) {
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => setDraft(value ?? ""), [value]);
  const commit = () => draft.trim() !== (value ?? "") && onChange({ [name]: draft });
  return (
    <label>
      {label}
      <input
        {...(count === undefined ? { type: "search" } : { type: "number", class: "count", min: count, step: 1 })}
        name={name}
        value={draft}
        placeholder={placeholder}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => e.key === "Enter" && commit()}
        onBlur={commit}
      />
    </label>
  );
}

/** The actor kinds to choose from, as the API's `actor_kind` takes them, in words analysts use. */
const ACTOR_KIND_OPTIONS: ReadonlyArray<[value: string, label: string]> = [
  ["state", "State forces"],
  ["armed_group", "Armed groups (rebels, militias)"],
  ["civilians", "Civilians"],
  ["protesters", "Protesters, rioters"],
  ["person", "Named persons"],
  ["organisation", "Organisations"],
  ["other", "Other"],
];

/** Countries by name, each with its code and count; the chosen one kept even when it has no events. */
function countryOptions(countries: Props["countries"], chosen: string | undefined): Array<{ code: string; label: string }> {
  const rows = countries.map((c) => ({ code: c.country, count: c.count as number | null }));
  if (chosen && !rows.some((r) => r.code === chosen.toUpperCase())) rows.push({ code: chosen.toUpperCase(), count: null });
  return rows
    .map((r) => {
      const name = countryName(r.code);
      return { code: r.code, name, label: `${name} (${r.code})${r.count === null ? "" : ` — ${r.count.toLocaleString("en")}`}` };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
    .map(({ code, label }) => ({ code, label }));
}

export function FilterBar({ state, countries, onChange }: Props) {
  // Where the map looks is no filter.
  const anyFilter = Object.keys(state).some((k) => k !== "at");
  return (
    <form class="filter-bar" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
      <label>
        From
        <input
          type="date"
          name="since"
          value={state.since ?? ""}
          max={state.until}
          onChange={(e) => onChange({ since: e.currentTarget.value })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          name="until"
          value={state.until ?? ""}
          min={state.since}
          onChange={(e) => onChange({ until: e.currentTarget.value })}
        />
      </label>
      <label>
        Country
        <select name="country" value={state.country?.toUpperCase() ?? ""} onChange={(e) => onChange({ country: e.currentTarget.value })}>
          <option value="">any</option>
          {countryOptions(countries, state.country).map(({ code, label }) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Type
        <select name="type" value={state.type ?? ""} onChange={(e) => onChange({ type: e.currentTarget.value })}>
          <option value="">any</option>
          {Object.entries(EVENT_FAMILIES).map(([family, types]) => (
            <optgroup key={family} label={EVENT_TYPE_LABELS[family as keyof typeof EVENT_TYPE_LABELS]}>
              {types.map((t) => (
                <option key={t} value={t}>
                  {typeLabel(t)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <TextFilter name="admin1" label="Province" value={state.admin1} placeholder="e.g. Borno, Yobe" onChange={onChange} />
      <TextFilter name="actor" label="Actor" value={state.actor} placeholder="e.g. army" onChange={onChange} />
      <label>
        Actor kind
        <select name="actor_kind" value={state.actor_kind ?? ""} onChange={(e) => onChange({ actor_kind: e.currentTarget.value })}>
          <option value="">any</option>
          {/* A kind typed into the address that is not in the list is still shown as chosen. */}
          {state.actor_kind && !ACTOR_KIND_OPTIONS.some(([v]) => v === state.actor_kind) && (
            <option value={state.actor_kind}>{state.actor_kind}</option>
          )}
          {ACTOR_KIND_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <TextFilter name="min_fatalities" label="Deaths ≥" value={state.min_fatalities} placeholder="0" count={0} onChange={onChange} />
      <TextFilter name="min_sources" label="Sources ≥" value={state.min_sources} placeholder="1" count={1} onChange={onChange} />
      <label>
        Review
        <select name="reviewed" value={state.reviewed ?? ""} onChange={(e) => onChange({ reviewed: e.currentTarget.value })}>
          <option value="">any</option>
          <option value="true">reviewed</option>
          <option value="false">not reviewed</option>
        </select>
      </label>
      <TextFilter name="q" label="Text" value={state.q} placeholder="words in the evidence" onChange={onChange} />
      {anyFilter && (
        <button
          type="button"
          class="link-button"
          onClick={() =>
            onChange({
              since: "",
              until: "",
              country: "",
              type: "",
              actor: "",
              admin1: "",
              min_fatalities: "",
              actor_kind: "",
              min_sources: "",
              reviewed: "",
              q: "",
              bbox: "",
            })
          }
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
