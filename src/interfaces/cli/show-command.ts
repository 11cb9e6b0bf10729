import { getEventDetail, type EventDetail } from "../../app/read-models.ts";
import { Command } from "commander";
import type { Extracted, Span } from "../../core/model.ts";
import { openExistingStore } from "./open-store.ts";

function sentenceAround(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
}

/** The event, field by field, with each source's value and the words it came from. */
export function describeEvent(d: EventDetail): string {
  const e = d.event;
  const out: string[] = [];
  out.push(`event ${e.id}  ${e.type}  (${e.status}, version ${e.version})`);
  out.push(
    `  date:       ${e.date ?? "unknown"}${e.date_end ? ` to ${e.date_end}` : ""}${e.date_precision ? ` (${e.date_precision})` : ""}`,
  );
  const l = e.location;
  out.push(
    `  place:      ${l ? `${l.name}, ${l.admin1 ?? "-"}, ${l.country ?? "?"} (${l.precision}${l.lat !== null ? ` ${l.lat}, ${l.lon}` : ""})` : "unknown"}`,
  );
  out.push(`  actor1:     ${e.actor1 ?? "unknown"}`);
  out.push(`  actor2:     ${e.actor2 ?? "-"}`);
  out.push(`  fatalities: ${e.fatalities ? `${e.fatalities.min ?? "?"} to ${e.fatalities.max ?? "open"}` : "not stated"}`);
  out.push(`  injured:    ${e.injured ?? "not stated"}`);
  // Older stores may hold events derived before sources' disagreements were kept.
  if (e.disagreements?.length) out.push(`  sources disagree on: ${e.disagreements.join(", ")}`);
  const copyOf = new Map(e.sources.flatMap((s) => (s.copy_of ? [[s.article, s.copy_of] as const] : [])));
  if (e.independent_sources !== undefined && e.independent_sources < e.sources.length)
    out.push(`  sources:    ${e.sources.length}, ${e.independent_sources} once near-duplicate articles count once`);
  for (const r of d.reports) {
    const article = d.articles.find((a) => a.id === r.articleId);
    const text = article?.text ?? "";
    out.push("");
    out.push(
      `source ${r.articleId}${article?.outlet ? ` (${article.outlet})` : ""}${article?.published ? `, published ${article.published}` : ""}` +
        (copyOf.get(r.articleId) ? `, a near-duplicate of ${copyOf.get(r.articleId)}` : ""),
    );
    const fields: Array<[string, Extracted<unknown> | null]> = [
      ["type", r.event.type],
      ["date", r.event.date],
      ["place", r.event.location],
      ["actor1", r.event.actor1],
      ["actor2", r.event.actor2],
      ["fatalities", r.event.fatalities],
      ["injured", r.event.injured],
    ];
    for (const [name, f] of fields) {
      if (!f) continue;
      out.push(
        `  ${name.padEnd(10)} ${JSON.stringify(f.value)}  ← "${f.text}" [${f.span.start}-${f.span.end}] by ${f.source}${f.implied ? " (implied)" : ""}`,
      );
    }
    out.push("  evidence:");
    for (const s of r.event.evidence) out.push(`    [${s.start}-${s.end}] ${sentenceAround(text, s)}`);
  }
  if (d.links.length) {
    out.push("");
    out.push("links:");
    for (const k of d.links) out.push(`  ${k.from} ${k.relation} ${k.to}  ← "${k.evidence.text}" (${k.article})`);
  }
  if (d.claims.length) {
    out.push("");
    out.push("claims in its sources:");
    for (const c of d.claims)
      out.push(
        `  ${c.articleId}: ${c.quantity} ${c.qualifier ?? ""} ${JSON.stringify(c.value)}${c.claimant ? ` (by ${c.claimant})` : ""} ← "${c.text}"`,
      );
  }
  return out.join("\n");
}

/** `sitrep show EVENT_ID`. */
export function showCommand(): Command {
  return new Command("show")
    .description("show one event, every field with the sentence(s) it came from")
    .argument("<event-id>", "the event's id, as `sitrep events` lists it")
    .option("--db <path>", "SQLite database file")
    .option("--json", "print JSON")
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const store = openExistingStore(opts.db);
      try {
        const detail = await getEventDetail(store, id);
        if (!detail) {
          console.error(`error: no event with id "${id}" in ${store.location}`);
          process.exitCode = 1;
          return;
        }
        console.log(
          opts.json
            ? JSON.stringify(detail, (k, v) => (k === "text" && typeof v === "string" && v.length > 500 ? undefined : v), 2)
            : describeEvent(detail),
        );
      } finally {
        await store.close();
      }
    });
}
