/**
 * Correcting the machine: confirm the event, edit a field, merge it with another event, or split
 * reports off it. Each is signed by the token's owner on the server and listed in the history.
 */

import { useState } from "preact/hooks";
import { review, savedToken, type ReviewRequest } from "../api.ts";
import type { ApiEventDetail } from "../api-types.ts";
import { EVENT_FAMILIES, typeLabel } from "../event-style.ts";
import { FIELD_LABELS } from "../field-values.ts";
import { CLAIMED_FIELDS, PLACE_PRECISIONS, REVIEW_ACTIONS, type ClaimedField } from "../../../../core/model.ts";

type Action = ReviewRequest["action"];

interface Props {
  detail: ApiEventDetail;
  articleTitles: Map<string, string>;
  onDone: (events: string[]) => void;
}

const num = (s: string): number | null => (s.trim() === "" ? null : Number(s));

function ValueEditor({ field, value, onChange }: { field: ClaimedField; value: unknown; onChange: (v: unknown) => void }) {
  if (field === "type") {
    return (
      <select name="value" value={String(value ?? "")} onChange={(e) => onChange(e.currentTarget.value)}>
        {Object.values(EVENT_FAMILIES)
          .flat()
          .map((t) => (
            <option key={t} value={t}>
              {typeLabel(t)}
            </option>
          ))}
      </select>
    );
  }
  if (field === "date") {
    return <input type="date" name="value" value={String(value ?? "")} onChange={(e) => onChange(e.currentTarget.value || null)} />;
  }
  if (field === "fatalities") {
    const r = (value as { min: number | null; max: number | null } | null) ?? { min: null, max: null };
    return (
      <span class="range-editor">
        <input
          type="number"
          min="0"
          name="min"
          aria-label="at least"
          value={r.min ?? ""}
          onInput={(e) => onChange({ ...r, min: num(e.currentTarget.value) })}
        />
        to
        <input
          type="number"
          min="0"
          name="max"
          aria-label="at most"
          value={r.max ?? ""}
          onInput={(e) => onChange({ ...r, max: num(e.currentTarget.value) })}
        />
      </span>
    );
  }
  if (field === "injured") {
    return (
      <input
        type="number"
        min="0"
        name="value"
        value={value === null ? "" : String(value)}
        onInput={(e) => onChange(num(e.currentTarget.value))}
      />
    );
  }
  if (field === "location") {
    const p = (value as Record<string, unknown> | null) ?? {
      name: "",
      admin1: null,
      country: null,
      lat: null,
      lon: null,
      precision: "exact",
    };
    const set = (k: string, v: unknown) => onChange({ ...p, [k]: v });
    return (
      <span class="place-editor">
        <input name="name" placeholder="place" value={String(p["name"] ?? "")} onInput={(e) => set("name", e.currentTarget.value)} />
        <input
          name="country"
          placeholder="ISO2"
          size={3}
          value={String(p["country"] ?? "")}
          onInput={(e) => set("country", e.currentTarget.value.toUpperCase() || null)}
        />
        <input
          name="lat"
          type="number"
          step="any"
          placeholder="lat"
          value={p["lat"] === null ? "" : String(p["lat"])}
          onInput={(e) => set("lat", num(e.currentTarget.value))}
        />
        <input
          name="lon"
          type="number"
          step="any"
          placeholder="lon"
          value={p["lon"] === null ? "" : String(p["lon"])}
          onInput={(e) => set("lon", num(e.currentTarget.value))}
        />
        <select name="precision" value={String(p["precision"] ?? "exact")} onChange={(e) => set("precision", e.currentTarget.value)}>
          {PLACE_PRECISIONS.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </select>
      </span>
    );
  }
  return <input name="value" value={String(value ?? "")} onInput={(e) => onChange(e.currentTarget.value.trim() || null)} />;
}

export function ReviewPanel({ detail, articleTitles, onDone }: Props) {
  const event = detail.event;
  const [action, setAction] = useState<Action>("edit");
  const [field, setField] = useState<ClaimedField>("fatalities");
  const [value, setValue] = useState<unknown>(event.fatalities);
  const [other, setOther] = useState("");
  const [moving, setMoving] = useState<Set<string>>(new Set());
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (!savedToken()) {
    return (
      <p class="muted review-locked">To review this event, paste a write token in the box at the top right (`sitrep token create NAME`).</p>
    );
  }

  const pickField = (f: ClaimedField) => {
    setField(f);
    setValue(event[f]);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const withNote = note.trim() ? { note: note.trim() } : {};
    const request: ReviewRequest =
      action === "confirm"
        ? { action, ...withNote }
        : action === "edit"
          ? { action, field, value, ...withNote }
          : action === "merge"
            ? { action, with: other.trim(), ...withNote }
            : { action, reports: [...moving], ...withNote };
    setBusy(true);
    try {
      const result = await review(event.id, request);
      setStatus({ ok: true, text: action === "edit" ? `${FIELD_LABELS[field]} saved.` : `${action} recorded.` });
      setNote("");
      onDone(result.events);
    } catch (error) {
      setStatus({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="review-panel" onSubmit={submit} data-testid="review-panel">
      <div class="review-actions" role="radiogroup" aria-label="Review action">
        {REVIEW_ACTIONS.map((a) => (
          <label key={a}>
            <input type="radio" name="action" value={a} checked={action === a} onChange={() => setAction(a)} />
            {a}
          </label>
        ))}
      </div>
      {action === "edit" && (
        <div class="review-row">
          <select name="field" value={field} onChange={(e) => pickField(e.currentTarget.value as ClaimedField)} aria-label="field">
            {CLAIMED_FIELDS.map((f) => (
              <option key={f} value={f}>
                {FIELD_LABELS[f]}
              </option>
            ))}
          </select>
          <ValueEditor key={field} field={field} value={value} onChange={setValue} />
        </div>
      )}
      {action === "merge" && (
        <div class="review-row">
          <input
            name="with"
            placeholder="the other event's id, ev_…"
            value={other}
            onInput={(e) => setOther(e.currentTarget.value)}
            size={24}
          />
        </div>
      )}
      {action === "split" && (
        <div class="review-row split-list">
          {detail.reports.map((r) => (
            <label key={r.id}>
              <input
                type="checkbox"
                checked={moving.has(r.id)}
                onChange={(e) => {
                  const next = new Set(moving);
                  if (e.currentTarget.checked) next.add(r.id);
                  else next.delete(r.id);
                  setMoving(next);
                }}
              />
              {articleTitles.get(r.article) ?? r.article} <span class="muted">({r.id})</span>
            </label>
          ))}
          <span class="muted">The ticked reports become an event of their own.</span>
        </div>
      )}
      <div class="review-row">
        <input name="note" placeholder="why (optional)" value={note} onInput={(e) => setNote(e.currentTarget.value)} class="grow" />
        <button type="submit" disabled={busy}>
          {action === "confirm" ? "Confirm event" : action === "edit" ? "Save edit" : action === "merge" ? "Merge" : "Split off"}
        </button>
      </div>
      {status && (
        <p class={status.ok ? "ok" : "error-note"} role="status">
          {status.text}
        </p>
      )}
    </form>
  );
}
