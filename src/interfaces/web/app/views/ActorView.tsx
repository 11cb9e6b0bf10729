/** One actor: who it is, its relations with their evidence, its events, and its network. */

import { useMemo } from "preact/hooks";
import { getActor, getEvent, listActors } from "../api.ts";
import { ActorGraph } from "../components/ActorGraph.tsx";
import { actorNetwork } from "../components/actor-network.ts";
import { EventTable } from "../components/EventTable.tsx";
import { useAsync } from "../use-async.ts";
import { hrefOf, type ViewState } from "../view-state.ts";
import { ErrorNote } from "./ErrorNote.tsx";

/** Enough for the page; an actor in more events is better explored with the actor filter. */
const EVENT_LIMIT = 100;

export function ActorView({ id, state }: { id: string; state: ViewState }) {
  const loaded = useAsync(() => getActor(id), [id]);
  const detail = loaded.data;
  const events = useAsync(
    () => Promise.all((detail?.events ?? []).slice(0, EVENT_LIMIT).map((e) => getEvent(e).then((d) => d.event))),
    [detail],
  );
  const registry = useAsync(() => listActors(), []);
  const network = useMemo(() => {
    if (!detail) return null;
    const byName = new Map<string, string>();
    for (const a of registry.data?.actors ?? []) for (const n of [a.name, ...a.aliases]) byName.set(n.toLowerCase(), a.id);
    return actorNetwork(detail.actor, detail.relations, events.data ?? [], (name) => byName.get(name.toLowerCase()) ?? null);
  }, [detail, events.data, registry.data]);

  if (loaded.error)
    return (
      <main class="actor-view">
        <ErrorNote error={loaded.error} />
      </main>
    );
  if (!detail || !network) return <main class="actor-view">Loading actor…</main>;
  const a = detail.actor;
  return (
    <main class="actor-view" data-testid="actor-view">
      <p>
        <a href={hrefOf({ page: "actors" }, state)}>← all actors</a>
      </p>
      <h1 data-testid="actor-name">{a.name}</h1>
      <p class="muted">
        {a.kind.replace(/_/g, " ")}
        {a.country ? ` · ${a.country}` : ""} · named {a.sightings} time{a.sightings === 1 ? "" : "s"} in {a.articles.length} article
        {a.articles.length === 1 ? "" : "s"}
        {a.aliases.length > 0 && ` · also written ${a.aliases.join(", ")}`}
      </p>
      <section>
        <h2>Network</h2>
        <ActorGraph nodes={network.nodes} edges={network.edges} state={state} />
      </section>
      {detail.relations.length > 0 && (
        <section>
          <h2>Relations</h2>
          <ul class="relations">
            {detail.relations.map((r, i) => (
              <li key={i}>
                {r.from} <strong>{r.relation.replace(/_/g, " ")}</strong> {r.to}
                <div class="muted">
                  “{r.evidence.text}” — article {r.article}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>Events</h2>
        {events.error && <ErrorNote error={events.error} />}
        <EventTable events={events.data ?? []} state={state} selected={null} />
        {detail.events.length > EVENT_LIMIT && (
          <p class="muted">
            Showing {EVENT_LIMIT} of {detail.events.length}.
          </p>
        )}
      </section>
    </main>
  );
}
