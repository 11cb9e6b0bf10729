/** The country shapes the map is drawn on, fetched once from the server: projected when the view was built (map-reference.ts). */

import type { ProjectedBasemap } from "./map-reference.ts";

let loading: Promise<ProjectedBasemap> | undefined;

export function loadBasemap(): Promise<ProjectedBasemap> {
  loading ??= fetch("/basemap.json")
    .then((res) => {
      if (!res.ok) throw new Error(`basemap: ${res.status} ${res.statusText}`);
      return res.json() as Promise<ProjectedBasemap>;
    })
    .catch((error: unknown) => {
      // A failure is not kept: the next call (a retry) fetches again.
      loading = undefined;
      throw error;
    });
  return loading;
}
