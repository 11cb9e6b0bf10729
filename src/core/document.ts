import type { Article } from "./article.ts";
import type { DocMessage } from "./message.ts";
import type { ArticleEvent, ArticleLink, ArticleReference, Claim, Mention, Quote, StatedActorRelation } from "./model.ts";
import type { Span } from "./span.ts";

/** A stretch of the article (a line or paragraph) and what cleaning made of it. */
export interface Block {
  span: Span;
  /** body: article prose; heading: a line that is not a sentence (section title, inserted headline); chrome: site furniture. */
  role: "body" | "heading" | "title" | "chrome";
  /** Why a block is not body, for `sitrep extract`. */
  reason?: string;
}

/** A sentence of body text. */
export interface Sentence {
  index: number;
  span: Span;
  text: string;
  /** Index of the block (paragraph) it sits in. */
  block: number;
}

/** The document every stage reads and adds to; the text itself is never rewritten. */
export interface Doc {
  article: Article;
  /** Shorthand for `article.text`. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  mentions: Mention[];
  events: ArticleEvent[];
  claims: Claim[];
  quotes: Quote[];
  links: ArticleLink[];
  references: ArticleReference[];
  actorRelations: StatedActorRelation[];
  messages: DocMessage[];
}

/** A fresh document for an article, before any stage has run. */
export function createDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    blocks: [],
    sentences: [],
    mentions: [],
    events: [],
    claims: [],
    quotes: [],
    links: [],
    references: [],
    actorRelations: [],
    messages: [],
  };
}
