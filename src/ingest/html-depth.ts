/**
 * How deeply a page's elements nest, as an HTML parser builds them (implied closes included). Two
 * costs grow with the square of that depth: htmlparser2 keeps its stack of open elements by
 * shifting an array (1.2 MB of unclosed `<div>` took tens of seconds), and Readability walks each
 * element's ancestors (250 levels took about 2 s, 1,000 levels over 30 s). News pages nest a few
 * dozen levels; a page nested thousands deep is broken or built to stall a reader.
 */

import { Parser } from "htmlparser2";
import { SitrepError } from "../core/errors.ts";

/** Deeper than this, a page is refused: reading it would cost seconds for text no page nests so deep. */
export const MAX_HTML_DEPTH = 16_384;

/** Deeper than this, Readability is not run (its cost grows with depth); the whole page is read as text instead. */
export const MAX_READABLE_DEPTH = 256;

/** HTML nested deeper than `MAX_HTML_DEPTH`. */
export class HtmlTooDeepError extends SitrepError {
  override name = "HtmlTooDeepError";
  constructor(readonly limit: number) {
    super(`HTML nested more than ${limit.toLocaleString("en")} elements deep; not read`);
  }
}

/** Counts open elements from htmlparser2's callbacks; throws HtmlTooDeepError once there are more than `limit`. */
export function depthGuard(limit: number): { onopentag(): void; onclosetag(): void } {
  let depth = 0;
  return {
    onopentag() {
      if (++depth > limit) throw new HtmlTooDeepError(limit);
    },
    onclosetag() {
      depth--;
    },
  };
}

/** True when the elements of `html` nest deeper than `limit`; stops reading there, so it costs at most what that depth costs. */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const guard = depthGuard(limit);
  const parser = new Parser(guard, { lowerCaseTags: true });
  try {
    parser.write(html);
    parser.end();
    return false;
  } catch (error) {
    if (error instanceof HtmlTooDeepError) return true;
    throw error;
  }
}
