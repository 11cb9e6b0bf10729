import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { Sentence } from "../../core/document.ts";
import type { Stage } from "../../core/pipeline.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
/** A letter or a dot of an abbreviation. */
const LETTER_OR_DOT = /[\p{L}.]/u;
/** A single capital letter: an initial. */
const INITIAL = /^\p{Lu}$/u;

const ABBREVIATIONS = new Set(readTsv(lexiconUrl("abbreviations.tsv")).map(([w]) => w!.toLowerCase()));

/** A candidate boundary: terminal punctuation, closing quotes/brackets, then space. */
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+)/g;
/** What may open the next sentence. */
const OPENER = /^\s+["'“‘([]?[A-Z0-9]/;

/** True when the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, blockStart: number): boolean {
  let i = dot;
  while (i > blockStart && LETTER_OR_DOT.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return INITIAL.test(word); // an initial: "John F. Kennedy"
}

/** Splits one block of body text into sentence spans. */
export function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const stop = m.index + m[0].length;
    if (!OPENER.test(slice.slice(stop, stop + 4))) continue;
    if (m[0].startsWith(".") && m[0].length === 1 && isAbbreviation(text, start + m.index, start)) continue;
    out.push({ start: start + sentenceStart, end: start + stop });
    sentenceStart = stop;
    while (sentenceStart < slice.length && /\s/.test(slice[sentenceStart]!)) sentenceStart++;
  }
  if (sentenceStart < slice.length) out.push({ start: start + sentenceStart, end });
  return out;
}

/** Splits every body block into sentences; headings, titles and chrome yield none. */
export function segmentStage(): Stage {
  return {
    name: "segment",
    run(doc) {
      const sentences: Sentence[] = [];
      doc.blocks.forEach((block, blockIndex) => {
        if (block.role !== "body") return;
        for (const span of splitSentences(doc.text, block.span.start, block.span.end)) {
          sentences.push({ index: sentences.length, span, text: doc.text.slice(span.start, span.end), block: blockIndex });
        }
      });
      doc.sentences = sentences;
    },
  };
}
