/** The country shapes the map is drawn on, fetched once from the server (Natural Earth, via world-atlas). */

import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

let loading: Promise<FeatureCollection<Geometry, { name: string }>> | undefined;

export function loadBasemap(): Promise<FeatureCollection<Geometry, { name: string }>> {
  loading ??= fetch("/basemap.json")
    .then((res) => {
      if (!res.ok) throw new Error(`basemap: ${res.status} ${res.statusText}`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
    .catch((error: unknown) => {
      // A failure is not kept: the next call (a retry) fetches again.
      loading = undefined;
      throw error;
    });
  return loading;
}
