/**
 * Writing what was read from an article, for any store: the near-duplicate check, the mentions,
 * claims, quotes, reports (merged into events by the engine), links, references and actor
 * relations; and re-reading an undated article against a reference day. Stores supply the
 * primitive writes (`ArticleWriteRepository`) inside their own transaction.
 */

import type { Article } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import {
  NEAR_DUPLICATE_SIMILARITY,
  articleSignature,
  decodeSignature,
  encodeSignature,
  signatureBands,
  signatureSimilarity,
} from "../merge/article-fingerprint.ts";
import { blockCountryOf, horizonOf, isCoarse, regroup, type StoredReport } from "../merge/merge-engine.ts";
import { storyKeysOf } from "../merge/story-keys.ts";
import type { MergeStats, ReportRow } from "../storage/merge-repository.ts";
import type { ArticleWriteRepository } from "../storage/write-transaction.ts";

/**
 * A copy shares many bands (at the similarity threshold, eight of 32 on average, and two or more
 * 99.9% of the time), while articles written from one outlet's template, or reports repeating a
 * stock sentence, share one now and then. Asking for two, and checking only the articles that share
 * the most, keeps each new article's check small however many look alike.
 */
const MIN_SHARED_BANDS = 2;
const MAX_COPY_CANDIDATES = 25;

/** Records the article's signature and the stored articles it nearly repeats. */
export async function recordNearDuplicates(repo: ArticleWriteRepository, article: Article): Promise<void> {
  const signature = articleSignature(article.text);
  if (signature === null) return;
  const bands = signatureBands(signature);
  const candidates = await repo.articlesSharingBands(bands, MIN_SHARED_BANDS, MAX_COPY_CANDIDATES);
  for (const other of candidates) {
    if (other === article.id) continue;
    const stored = await repo.signatureOf(other);
    if (stored === null) continue;
    const similarity = signatureSimilarity(signature, decodeSignature(stored));
    if (similarity >= NEAR_DUPLICATE_SIMILARITY) await repo.insertCopy(article.id, other, similarity);
  }
  await repo.insertSignature(article.id, encodeSignature(signature), bands);
}

/**
 * Stores what was extracted from a newly stored article and merges its reports into events. What
 * concerns the article alone is written first; the near-duplicate check and the merge, which read
 * what other articles hold, wait for `enterMerge`, so that workers write the rest side by side.
 */
export async function writeNewArticle(
  repo: ArticleWriteRepository,
  article: Article,
  extraction: Extraction,
  stats: MergeStats,
): Promise<{ created: number; updated: number }> {
  return writeReadings(repo, article, extraction, stats, { newArticle: true });
}

/**
 * Stores what was extracted from an (already stored) article and merges its reports into events; a
 * new article is first compared with the others for near-duplicates.
 */
export async function writeReadings(
  repo: ArticleWriteRepository,
  article: Article,
  extraction: Extraction,
  stats: MergeStats,
  { newArticle = false }: { newArticle?: boolean } = {},
): Promise<{ created: number; updated: number }> {
  await writeTextReadings(repo, article, extraction);
  await repo.enterMerge();
  if (newArticle) await recordNearDuplicates(repo, article);
  return mergeReadings(repo, article, extraction, stats);
}

/** The mentions, claims and quotes: what concerns the article alone. */
async function writeTextReadings(repo: ArticleWriteRepository, article: Article, extraction: Extraction): Promise<void> {
  for (const m of extraction.mentions) await repo.insertMention(article.id, m);
  for (const c of extraction.claims) await repo.insertClaim(article.id, JSON.stringify(c));
  for (const qu of extraction.quotes) await repo.insertQuote(article.id, JSON.stringify(qu));
}

/** The reports, merged into events, and what ties them to other reports and actors. */
async function mergeReadings(
  repo: ArticleWriteRepository,
  article: Article,
  extraction: Extraction,
  stats: MergeStats,
): Promise<{ created: number; updated: number }> {
  const rows: ReportRow[] = [];
  const story = storyKeysOf(extraction.events);
  for (const [index, report] of extraction.events.entries()) {
    const stored: StoredReport = { ...report, story };
    const row: ReportRow = { id: `${article.id}#${index}`, event_id: "", article_id: article.id, data: JSON.stringify(stored) };
    await repo.insertReport({
      ...row,
      dateStart: report.date?.value.start ?? null,
      dateEnd: report.date?.value.end ?? null,
      country: blockCountryOf(report),
      coarse: isCoarse(report),
      ...horizonOf(report, article.published ?? article.referenceDate ?? null),
    });
    rows.push(row);
  }
  const outcome = await regroup(repo, rows, article.ingestedAt, stats);
  const created = [...outcome.values()].filter((existed) => !existed).length;
  for (const relation of extraction.actorRelations ?? []) await repo.insertActorRelation(article.id, JSON.stringify(relation));
  for (const ref of extraction.references ?? []) {
    const from = rows[ref.from]?.id;
    if (!from) continue;
    const evidence = { ...ref.evidence, text: article.text.slice(ref.evidence.start, ref.evidence.end) };
    await repo.insertReference(from, ref.relation, ref.victim, article.id, JSON.stringify(evidence));
  }
  for (const link of extraction.links) {
    const from = rows[link.from]?.id;
    const to = rows[link.to]?.id;
    if (!from || !to || from === to) continue;
    const evidence = { ...link.evidence, text: article.text.slice(link.evidence.start, link.evidence.end) };
    await repo.insertLink(from, to, link.relation, article.id, JSON.stringify(evidence));
  }
  return { created, updated: outcome.size - created };
}

/**
 * Replaces an article's readings with a new extraction read against `referenceDate`: its former
 * event-mates are regrouped without it, then its new reports join in.
 */
export async function rewriteReadings(
  repo: ArticleWriteRepository,
  article: Article,
  extraction: Extraction,
  referenceDate: string,
  stats: MergeStats,
): Promise<void> {
  await repo.enterMerge();
  const touched = new Set((await repo.reportsOfArticle(article.id)).map((r) => r.event_id));
  const formerMates: ReportRow[] = [];
  for (const id of touched) formerMates.push(...(await repo.reportsOfEvent(id)).filter((mate) => mate.article_id !== article.id));
  await repo.deleteReadings(article.id);
  const now = new Date().toISOString();
  for (const id of [...touched].sort()) {
    if (formerMates.some((m) => m.event_id === id)) continue;
    await repo.deleteEvent(id);
    await repo.recordChange({ event: id, kind: "withdrawn", at: now });
  }
  await repo.setReferenceDate(article.id, referenceDate);
  await writeReadings(repo, { ...article, referenceDate }, extraction, stats);
  const mates: ReportRow[] = [];
  for (const m of formerMates) {
    const row = await repo.reportById(m.id);
    if (row) mates.push(row);
  }
  if (mates.length > 0) await regroup(repo, mates, now, stats);
}
