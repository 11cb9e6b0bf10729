/**
 * Reading an RSS 2.0 or Atom feed (RSS 1.0 too) into the articles it lists. The XML is checked for
 * well-formedness first (fast-xml-parser's validator), so that a broken feed is reported as broken,
 * with the line, rather than half-read by a forgiving parser.
 */

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { IngestError } from "../core/errors.ts";
import { publicationDay } from "../ingest/publication-day.ts";

/** One article a feed lists. */
export interface FeedItem {
  /** The article's address, absolute. */
  url: string;
  title: string | null;
  /** YYYY-MM-DD, from pubDate, published, updated or dc:date. */
  published: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Prefixes dropped: dc:date is read as date, rdf:RDF as RDF; the feeds' own elements have none.
  removeNSPrefix: true,
  // Values stay text: a title "1984" is not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** The text of an element however the parser shaped it: a string, {#text}, or a list of them. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return value.trim() || null;
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return null;
}

/** An Atom entry's link to its page: rel="alternate" (or no rel), HTML preferred. */
function atomLink(links: unknown): string | null {
  const all = (Array.isArray(links) ? links : []) as Node[];
  const alternates = all.filter((l) => l["@_rel"] === undefined || l["@_rel"] === "alternate");
  const chosen = alternates.find((l) => String(l["@_type"] ?? "text/html").includes("html")) ?? alternates[0];
  return typeof chosen?.["@_href"] === "string" ? chosen["@_href"] : null;
}

/** An RSS item's link: <link>, else a guid that is a permalink. */
function rssLink(item: Node): string | null {
  const link = textOf(item["link"]);
  if (link) return link;
  const guid = item["guid"];
  const permalink = guid && typeof guid === "object" ? (guid as Node)["@_isPermaLink"] !== "false" : true;
  return permalink ? textOf(guid) : null;
}

/** The address made absolute against the feed's, if it is an http(s) one. */
function absolute(link: string | null, feedUrl: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, feedUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The items in the order the feed gives them, each address once; items without a web address are left out. */
function itemsFrom(raw: Array<{ link: string | null; title: unknown; date: unknown }>, feedUrl: string): FeedItem[] {
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const r of raw) {
    const url = absolute(r.link, feedUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    // Some feeds put markup in titles (escaped, or in CDATA): a title is text.
    const title = textOf(r.title)?.replace(/<[^>]*>/g, "") ?? null;
    items.push({ url, title, published: publicationDay(textOf(r.date)) });
  }
  return items;
}

/** Reads a feed; throws IngestError naming `feedUrl` when the XML is broken or is not a feed. */
export function parseFeed(xml: string, feedUrl: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new IngestError(`not a well-formed feed: line ${valid.err.line}: ${valid.err.msg}`, feedUrl);
  const doc = parser.parse(xml) as Node;
  const rss = doc["rss"] as Node | undefined;
  if (rss) {
    const channel = (rss["channel"] ?? {}) as Node;
    const items = ((channel["item"] ?? []) as Node[]).map((i) => ({
      link: rssLink(i),
      title: i["title"],
      date: i["pubDate"] ?? i["date"],
    }));
    return { title: textOf(channel["title"]), items: itemsFrom(items, feedUrl) };
  }
  const atom = doc["feed"] as Node | undefined;
  if (atom) {
    const entries = ((atom["entry"] ?? []) as Node[]).map((e) => ({
      link: atomLink(e["link"]),
      title: e["title"],
      date: e["published"] ?? e["updated"],
    }));
    return { title: textOf(atom["title"]), items: itemsFrom(entries, feedUrl) };
  }
  const rdf = doc["RDF"] as Node | undefined;
  if (rdf) {
    const items = ((rdf["item"] ?? []) as Node[]).map((i) => ({ link: textOf(i["link"]), title: i["title"], date: i["date"] }));
    return { title: textOf((rdf["channel"] as Node | undefined)?.["title"]), items: itemsFrom(items, feedUrl) };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "nothing";
  throw new IngestError(`not an RSS or Atom feed (the document is <${root}>)`, feedUrl);
}
