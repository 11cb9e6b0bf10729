/**
 * One event with everything behind it: each field with what every source said, the articles with
 * the evidence marked, the events it is linked to, and its review history.
 */

import { useMemo } from "preact/hooks";
import { getArticle, getEvent, listActors } from "../api.ts";
import type { ApiArticle, ApiEventDetail } from "../api-types.ts";
import { HighlightedText, pieceId } from "../components/HighlightedText.tsx";
import { ReviewPanel } from "../components/ReviewPanel.tsx";
import { colourOf, typeLabel } from "../event-style.ts";
import { FIELD_LABELS, formatValue } from "../field-values.ts";
import { anchorOffset, type Mark } from "../highlight-spans.ts";
import { navigate } from "../navigation.ts";
import { useAsync } from "../use-async.ts";
import { hrefOf, type ViewState } from "../view-state.ts";
import { ErrorNote } from "./ErrorNote.tsx";

const FIELDS = ["type", "date", "location", "actor1", "actor2", "fatalities", "injured"] as const;
const RELATION_WORDS: Record<string, [string, string]> = {
  retaliation_for: ["in retaliation for", "answered by"],
  follow_up: ["follows up", "followed up by"],
  same_campaign: ["same campaign as", "same campaign as"],
};

const anchorOf = (article: string) => `art-${article.replace(/[^A-Za-z0-9_-]/g, "_")}`;

type Claim = NonNullable<NonNullable<ApiEventDetail["event"]["claims"]>["type"]>[number];

/** The claims of the event shown in its table, field by field. */
function claimsOf(detail: ApiEventDetail): Array<[string, Claim]> {
  return FIELDS.flatMap((f) => (detail.event.claims?.[f] ?? []).map((c): [string, Claim] => [f, c]));
}

/**
 * The marks of one article: the sentences of each report from it, the words of each field, and
 * the words every claim quotes (an implied value's words too), so that each quote link lands on
 * marked words.
 */
function marksOf(detail: ApiEventDetail, article: string): Mark[] {
  const marks: Mark[] = [];
  for (const r of detail.reports.filter((x) => x.article === article)) {
    for (const s of r.evidence) marks.push({ start: s.start, end: s.end, kind: "sentence" });
    for (const [field, f] of Object.entries(r.fields)) {
      if (f && !f.implied) marks.push({ start: f.evidence.start, end: f.evidence.end, kind: "field", label: field });
    }
  }
  for (const [field, c] of claimsOf(detail)) {
    if (c.article === article)
      marks.push({ start: c.evidence.start, end: c.evidence.end, kind: "field", label: c.implied ? `${field} (implied)` : field });
  }
  return marks;
}

/** The offsets of an article that quote links point at. */
function anchorsOf(detail: ApiEventDetail, article: string): number[] {
  return claimsOf(detail).flatMap(([, c]) => (c.article === article ? [c.evidence.start] : []));
}

/**
 * Whether a field's sources disagree as a reader sees it: the store compares raw values (a date's
 * precision, a place's coordinates), but a warning beside values that read the same only confuses.
 */
function shownDisagreement(field: string, claims: readonly Claim[]): boolean {
  return new Set(claims.map((c) => formatValue(field, c.value))).size > 1;
}

function ActorName({ name, state }: { name: string | null; state: ViewState }) {
  const found = useAsync(() => (name ? listActors(name) : Promise.resolve({ actors: [] })), [name]);
  if (!name) return <>—</>;
  const actor = found.data?.actors.find((a) => a.name === name || a.aliases.includes(name));
  return actor ? <a href={hrefOf({ page: "actor", id: actor.id }, state)}>{name}</a> : <>{name}</>;
}

function LinkedEvent({ id, state }: { id: string; state: ViewState }) {
  const other = useAsync(() => getEvent(id), [id]);
  const e = other.data?.event;
  return (
    <a href={hrefOf({ page: "event", id }, state)}>
      {e ? `${typeLabel(e.type)} — ${e.location?.name ?? "unplaced"}, ${e.date ?? "undated"}` : id}
    </a>
  );
}

export function EventView({ id, state }: { id: string; state: ViewState }) {
  const loaded = useAsync(() => getEvent(id), [id]);
  const detail = loaded.data;
  const articleIds = useMemo(() => [...new Set(detail?.event.sources.map((s) => s.article) ?? [])], [detail]);
  const articles = useAsync(() => Promise.all(articleIds.map((a) => getArticle(a))), [articleIds.join()]);
  const byArticle = useMemo(() => new Map((articles.data ?? []).map((a) => [a.id, a])), [articles.data]);
  const titles = useMemo(() => new Map([...byArticle].map(([k, a]) => [k, a.title ?? a.outlet ?? k])), [byArticle]);

  if (loaded.error)
    return (
      <main class="event-view">
        <ErrorNote error={loaded.error} />
      </main>
    );
  if (!detail) return <main class="event-view">Loading event…</main>;
  const event = detail.event;
  const disagreed = new Set((event.disagreements ?? []).filter((f) => shownDisagreement(f, event.claims?.[f] ?? [])));
  /** Where a quote of an article links to, once its text is here; null while it is not (or the words lie outside it). */
  const quoteHref = (article: string, start: number): string | null => {
    const text = byArticle.get(article)?.text;
    const at = text === undefined ? null : anchorOffset(text, start);
    return at === null ? null : `#${pieceId(anchorOf(article), at)}`;
  };
  const sourceName = (article: string) => {
    const a: ApiArticle | undefined = byArticle.get(article);
    return a ? `${a.outlet ?? `article ${a.id}`}${a.published ? `, ${a.published}` : ""}` : article;
  };

  const afterReview = (events: string[]) => {
    if (events.includes(id)) loaded.reload();
    else if (events[0]) navigate(hrefOf({ page: "event", id: events[0] }, state), { replace: true });
  };

  return (
    <main class="event-view" data-testid="event-view" data-event={event.id}>
      <p>
        <a href={hrefOf({ page: "events" }, state)}>← all events</a>
      </p>
      <h1>
        <i class="swatch big" style={{ background: colourOf(event.type) }} />
        <span data-testid="event-title">
          {typeLabel(event.type)} — {formatValue("location", event.location)}
        </span>
      </h1>
      <p class="muted">
        {event.date ?? "undated"}
        {event.date_end && event.date_end !== event.date ? ` to ${event.date_end}` : ""} · {event.sources.length} source
        {event.sources.length === 1 ? "" : "s"} ({event.independent_sources} independent) ·{" "}
        {event.status === "reviewed" ? <span class="badge">reviewed</span> : "machine-read"} · version {event.version}
        {event.operation ? ` · ${event.operation}` : ""} · <code>{event.id}</code>
      </p>

      <section>
        <h2>Fields and what each source said</h2>
        <table class="field-table" data-testid="field-table">
          <tbody>
            {FIELDS.map((f) => {
              const claims = event.claims?.[f] ?? [];
              const edited = event.machine && f in event.machine;
              return (
                <tr key={f} data-field={f} class={disagreed.has(f) ? "disagreement" : ""}>
                  <th>{FIELD_LABELS[f]}</th>
                  <td class="value" data-testid={`value-${f}`}>
                    {f === "actor1" || f === "actor2" ? <ActorName name={event[f]} state={state} /> : formatValue(f, event[f])}
                    {edited && <div class="muted">machine read: {formatValue(f, event.machine![f])}</div>}
                    {disagreed.has(f) && <div class="warning">sources disagree</div>}
                  </td>
                  <td class="claims">
                    {claims.map((c, i) => {
                      const href = quoteHref(c.article, c.evidence.start);
                      return (
                        <div key={i} class="claim">
                          <span class="claim-value">{formatValue(f, c.value)}</span> <span class="muted">— {sourceName(c.article)}:</span>{" "}
                          {href ? (
                            <a class="quote" href={href} title={`rule: ${c.rule}`}>
                              “{c.evidence.text}”
                            </a>
                          ) : (
                            <span class="quote" title={`rule: ${c.rule}`}>
                              “{c.evidence.text}”
                            </span>
                          )}
                          {c.implied && <span class="muted"> (implied)</span>}
                        </div>
                      );
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section>
        <h2>Review</h2>
        <ReviewPanel
          key={`${event.id}:${event.version}:${detail.reviews.length}`}
          detail={detail}
          articleTitles={titles}
          onDone={afterReview}
        />
        {detail.reviews.length > 0 && (
          <table class="review-history" data-testid="review-history">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>Did</th>
                <th>Before</th>
                <th>Note</th>
              </tr>
            </thead>
            <tbody>
              {detail.reviews.map((r) => (
                <tr key={r.seq}>
                  <td class="nowrap">{r.at.replace("T", " ").slice(0, 19)}</td>
                  <td>{r.by}</td>
                  <td>
                    {r.action}
                    {r.field
                      ? ` ${FIELD_LABELS[r.field] ?? r.field} → ${formatValue(r.field, r.value)}`
                      : r.action === "merge"
                        ? ` with ${String(r.value)}`
                        : ""}
                  </td>
                  <td>{r.field ? formatValue(r.field, (r.before as Record<string, unknown> | null)?.[r.field]) : ""}</td>
                  <td>{r.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {detail.links.length > 0 && (
        <section>
          <h2>Linked events</h2>
          <ul class="links" data-testid="event-links">
            {detail.links.map((l, i) => {
              const outgoing = l.from === event.id;
              const words = RELATION_WORDS[l.relation] ?? [l.relation, l.relation];
              return (
                <li key={i}>
                  {outgoing ? words[0] : words[1]} <LinkedEvent id={outgoing ? l.to : l.from} state={state} />
                  <div class="muted">
                    “{l.evidence.text}” — {sourceName(l.article)}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section>
        <h2>Sources</h2>
        {articles.error && <ErrorNote error={articles.error} />}
        {articleIds.map((a) => {
          const article = byArticle.get(a);
          const copyOf = event.sources.find((s) => s.article === a)?.copy_of;
          return (
            <article key={a} class="source" id={anchorOf(a)} data-testid="source">
              <h3>{article?.title ?? article?.outlet ?? `Article ${a}`}</h3>
              <p class="muted">
                {[article?.outlet, article?.published ?? "publication date unknown", `article ${a}`].filter(Boolean).join(" · ")}
                {article?.url && /^https?:\/\//i.test(article.url) && (
                  <>
                    {" · "}
                    <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                      original
                    </a>
                  </>
                )}
                {copyOf && ` · a copy of ${copyOf}, counted once`}
              </p>
              {article ? (
                <HighlightedText text={article.text} marks={marksOf(detail, a)} idPrefix={anchorOf(a)} anchors={anchorsOf(detail, a)} />
              ) : (
                <p>Loading article…</p>
              )}
            </article>
          );
        })}
      </section>
    </main>
  );
}
