/** Every actor the store knows, searchable by name. */

import { useState } from "preact/hooks";
import { listActors } from "../api.ts";
import { useAsync } from "../use-async.ts";
import { hrefOf, type ViewState } from "../view-state.ts";
import { ErrorNote } from "./ErrorNote.tsx";

export function ActorsView({ state }: { state: ViewState }) {
  const [q, setQ] = useState("");
  const loaded = useAsync(() => listActors(q.trim() || undefined), [q]);
  return (
    <main class="actors-view">
      <h1>Actors</h1>
      <label class="search">
        Name <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder="any part of a name" />
      </label>
      {loaded.error && <ErrorNote error={loaded.error} />}
      <table class="event-table" data-testid="actor-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Kind</th>
            <th>Country</th>
            <th class="num">Mentions</th>
            <th class="num">Articles</th>
          </tr>
        </thead>
        <tbody>
          {(loaded.data?.actors ?? []).map((a) => (
            <tr key={a.id}>
              <td>
                <a href={hrefOf({ page: "actor", id: a.id }, state)}>{a.name}</a>
                {a.aliases.length > 0 && <span class="muted"> ({a.aliases.join(", ")})</span>}
              </td>
              <td>{a.kind.replace(/_/g, " ")}</td>
              <td>{a.country ?? "—"}</td>
              <td class="num">{a.sightings}</td>
              <td class="num">{a.articles.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
