import { Command, InvalidArgumentError } from "commander";
import type { Doc } from "../../core/document.ts";
import { buildArticle, isIsoDate } from "../../ingest/build-article.ts";
import { readTextFile } from "../../ingest/read-text-file.ts";
import { analyse } from "../../stages/extract.ts";

function oneLine(s: string, max = 160): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

/** A readable account of what the pipeline made of one article. */
export function describeDoc(doc: Doc): string {
  const out: string[] = [];
  const skipped = doc.blocks.filter((b) => b.role !== "body");
  out.push(
    `article ${doc.article.id}: ${doc.text.length} characters, ${doc.sentences.length} sentences, published ${doc.article.published ?? "unknown"}`,
  );
  if (skipped.length) {
    out.push("", "not read as prose:");
    for (const b of skipped)
      out.push(`  ${b.role.padEnd(8)} "${oneLine(doc.text.slice(b.span.start, b.span.end), 90)}" (${b.reason ?? ""})`);
  }
  out.push("", "mentions:");
  for (const m of doc.mentions)
    out.push(`  ${m.kind.padEnd(9)} "${m.text}" [${m.span.start}-${m.span.end}] → ${JSON.stringify(m.normalised)} (${m.source})`);
  out.push("", `events (${doc.events.length}):`);
  doc.events.forEach((e, i) => {
    out.push(`  #${i} ${e.type.value}  (${e.trigger})`);
    const fields = { date: e.date, place: e.location, actor1: e.actor1, actor2: e.actor2, fatalities: e.fatalities, injured: e.injured };
    for (const [k, f] of Object.entries(fields)) {
      if (f)
        out.push(`     ${k.padEnd(10)} ${JSON.stringify(f.value)} ← "${oneLine(f.text, 80)}" (${f.source}${f.implied ? ", implied" : ""})`);
    }
    for (const s of e.evidence) out.push(`     evidence   [${s.start}-${s.end}] ${oneLine(doc.text.slice(s.start, s.end))}`);
  });
  if (doc.links.length) {
    out.push("", "links:");
    for (const l of doc.links)
      out.push(`  #${l.from} ${l.relation} #${l.to} ← "${oneLine(doc.text.slice(l.evidence.start, l.evidence.end), 100)}"`);
  }
  if (doc.claims.length) {
    out.push("", "claims:");
    for (const c of doc.claims)
      out.push(`  ${c.quantity}: ${JSON.stringify(c.value)} ${c.qualifier ?? ""} by ${c.claimant ?? "?"} ← "${oneLine(c.text, 100)}"`);
  }
  if (doc.quotes.length) {
    out.push("", "quotes:");
    for (const q of doc.quotes) out.push(`  ${q.speaker ?? "?"}: "${oneLine(q.text, 100)}"`);
  }
  if (doc.messages.length) {
    out.push("", "notes:");
    for (const m of doc.messages) out.push(`  ${m.stage}/${m.ruleId}: ${m.reason}`);
  }
  return out.join("\n");
}

/** `sitrep extract FILE`: what one article yields, without storing it. */
export function extractCommand(): Command {
  return new Command("extract")
    .description("show what one article yields (mentions, events, evidence) without storing it")
    .argument("<file>", "an article file (text or HTML)")
    .option("--published <date>", "the article's publication date (YYYY-MM-DD)", (v: string) => {
      if (!isIsoDate(v)) throw new InvalidArgumentError(`"${v}" is not a date written YYYY-MM-DD`);
      return v;
    })
    .option("--json", "print JSON")
    .action((file: string, opts: { published?: string; json?: boolean }) => {
      const article = buildArticle({ ...readTextFile(file), published: opts.published ?? null });
      const doc = analyse(article);
      if (opts.json) {
        const { text: _text, ...rest } = doc;
        console.log(JSON.stringify({ ...rest, article: { ...doc.article, text: undefined, html: undefined } }, null, 2));
      } else console.log(describeDoc(doc));
    });
}
