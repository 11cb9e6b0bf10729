import type { z } from "@hono/zod-openapi";
import { CLAIMED_FIELDS, type Extracted, type Span } from "../../core/model.ts";
import { exportEvent } from "../../export/export-json.ts";
import type { EventDetail as StoredEventDetail } from "../../app/read-models.ts";
import type { StoredReport } from "../../storage/store.ts";
import type { EventDetail, Report, ReportField } from "./response-schemas.ts";

function evidenceOf(text: string, span: Span): { start: number; end: number; text: string } {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** A field as one source read it, in the export's evidence shape (the rule named `rule`, as in the event's claims). */
function fieldView(f: Extracted<unknown> | null): z.infer<typeof ReportField> {
  if (!f) return null;
  return {
    value: f.value,
    evidence: { start: f.span.start, end: f.span.end, text: f.text },
    rule: f.source,
    ...(f.implied ? { implied: true } : {}),
  };
}

/** One source's report: each field with its words, and the sentences that tell of the incident. */
function reportView(r: StoredReport, articleText: string): z.infer<typeof Report> {
  const e = r.event;
  const fields = Object.fromEntries(CLAIMED_FIELDS.map((k) => [k, fieldView(e[k])])) as z.infer<typeof Report>["fields"];
  return {
    id: r.id,
    article: r.articleId,
    trigger: e.trigger,
    ...(e.weekday ? { weekday: e.weekday } : {}),
    ...(e.operation ? { operation: e.operation } : {}),
    fields,
    evidence: e.evidence.map((s) => evidenceOf(articleText, s)),
  };
}

/** The event as exported, with each source's report, the links that touch it and the numeric claims of its articles. */
export function eventDetailView(d: StoredEventDetail): z.infer<typeof EventDetail> {
  const texts = new Map(d.articles.map((a) => [a.id, a.text]));
  return {
    event: exportEvent(d.event),
    reports: d.reports.map((r) => reportView(r, texts.get(r.articleId) ?? "")),
    links: d.links.map((l) => ({ from: l.from, to: l.to, relation: l.relation, article: l.article, evidence: l.evidence })),
    claims: d.claims.map(({ articleId, ...c }) => ({ article: articleId, ...c })),
    reviews: d.reviews.map(({ anchor: _anchor, ...r }) => r),
  };
}
