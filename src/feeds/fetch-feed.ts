import { decodeText } from "../fetch/decode-text.ts";
import { fetchResource, type FetchRules } from "../fetch/fetch-resource.ts";
import { parseFeed, type Feed } from "./parse-feed.ts";

/** What a feed reader asks for: the feed types first, any XML next. */
const FEED_TYPES = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

/** Fetches and reads a feed under the fetching rules; throws IngestError naming the feed's URL. */
export async function fetchFeed(url: string, rules: FetchRules = {}): Promise<Feed> {
  const fetched = await fetchResource(url, { method: "GET", accept: FEED_TYPES }, rules);
  // Relative links resolve against where the feed was answered from.
  const feed = parseFeed(decodeText(fetched.body, fetched.contentType, url), fetched.finalUrl);
  return feed;
}
