/** An article as handed to the pipeline: its text, and what is known about where it came from. */
export interface ArticleInput {
  /** A caller-chosen identifier (the manifest id); defaults to the content hash. */
  id?: string;
  url?: string | null;
  outlet?: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published?: string | null;
  title?: string | null;
  /** The article's text: plain text, or HTML when `format` is "html". */
  body: string;
  format?: "text" | "html";
  /** Where it was read from (a file path or URL), for messages. */
  origin?: string;
}

/** An article as stored: `text` is the text every span points into. */
export interface Article {
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  /** The HTML the text was taken from, when the input was HTML. */
  html: string | null;
  contentHash: string;
  ingestedAt: string;
  /**
   * For an article without a publication date: the day another source dates one of its incidents
   * to, against which its relative dates were resolved. Null until such a day is known.
   */
  referenceDate?: string | null;
  /**
   * The language the text looks written in, ISO 639-3 ("eng", "fra"), null when too short to
   * tell. Sitrep reads English only; ingest warns of the rest.
   */
  language?: string | null;
}
