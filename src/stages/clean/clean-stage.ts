import type { Block } from "../../core/document.ts";
import type { Stage } from "../../core/pipeline.ts";
import { classifyLine } from "./classify-line.ts";

/** A date stamp some archives put before the page text: " date 2024-01-03 ...". */
const DATE_STAMP = /^date \d{4}-\d{2}-\d{2}\s*/;
/** A close button or bullet glyph left at the start of a line. */
const LEADING_GLYPH = /^[×•·]\s*/;

/**
 * Splits the article into lines and marks each as body, heading, title or chrome. The text is
 * never changed: chrome is only marked, so later stages skip it and spans stay in the original.
 */
export function cleanStage(): Stage {
  return {
    name: "clean",
    run(doc) {
      const text = doc.text;
      const blocks: Block[] = [];
      let afterAuthorHeader = false;
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf("\n", lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        let start = lineStart;
        let end = lineEnd;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        lineStart = lineEnd + 1;
        if (start >= end) continue;
        for (const prefix of [DATE_STAMP, LEADING_GLYPH]) {
          const m = prefix.exec(text.slice(start, end));
          if (m) {
            blocks.push({ span: { start, end: start + m[0].length }, role: "chrome", reason: "stamp or glyph" });
            start += m[0].length;
          }
        }
        if (start >= end) continue;
        const line = text.slice(start, end);
        const cls = classifyLine(line);
        let role: Block["role"] = cls.role;
        let reason = cls.reason;
        // The name line under a "More from Author" header belongs to the byline box.
        if (afterAuthorHeader && role === "heading" && line.split(/\s+/).length <= 4) {
          role = "chrome";
          reason = "author name";
        }
        afterAuthorHeader = /^more from (the )?author$/i.test(line);
        if (role !== "chrome" && !blocks.some((b) => b.role !== "chrome") && role === "heading") {
          role = "title";
          reason = "first line";
        }
        const block: Block = { span: { start, end }, role };
        if (reason !== undefined) block.reason = reason;
        blocks.push(block);
      }
      doc.blocks = blocks;
    },
  };
}
