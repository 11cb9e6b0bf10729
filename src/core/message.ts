import type { Span } from "./span.ts";

/** A non-fatal finding a stage leaves on the document (vfile-style): what, where, which rule. */
export interface DocMessage {
  reason: string;
  ruleId: string;
  stage: string;
  span?: Span;
}
