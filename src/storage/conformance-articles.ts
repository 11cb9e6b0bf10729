/** The dispatches the store conformance suite stores: one ambush told three ways, and a strike. */

import type { ArticleInput } from "../core/article.ts";

export const ambushWire: ArticleInput = {
  id: "wire",
  published: "2025-04-10",
  body: "Gunmen ambushed an army convoy near Maiduguri on Wednesday, killing six soldiers, military sources said.",
};
export const ambushDaily: ArticleInput = {
  id: "daily",
  published: "2025-04-11",
  body: "Six soldiers were killed when insurgents attacked a military convoy outside Maiduguri on Wednesday, officials said.",
};
export const ambushUndated: ArticleInput = {
  id: "blog",
  published: null,
  body: [
    "Insurgents ambushed a convoy of soldiers near Maiduguri on Wednesday, killing six, residents said.",
    "On Tuesday, gunmen attacked a police post in Damboa, killing two officers.",
  ].join(" "),
};
export const strike: ArticleInput = {
  id: "strike",
  published: "2025-04-12",
  body: "A drone strike hit a car near Idlib on Friday, killing two men, a monitoring group said.",
};
