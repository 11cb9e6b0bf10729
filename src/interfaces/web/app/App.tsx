/** The application: a header, and the page the address names. */

import { useState } from "preact/hooks";
import { TokenBox } from "./components/TokenBox.tsx";
import { onLinkClick, useLocation } from "./navigation.ts";
import { hrefOf, parseRoute, parseViewState } from "./view-state.ts";
import { ActorsView } from "./views/ActorsView.tsx";
import { ActorView } from "./views/ActorView.tsx";
import { EventsView } from "./views/EventsView.tsx";
import { EventView } from "./views/EventView.tsx";

export function App() {
  const { pathname, search } = useLocation();
  const [tokenGeneration, setTokenGeneration] = useState(0);
  const route = parseRoute(pathname);
  const state = parseViewState(search);
  return (
    <div class="app" onClick={onLinkClick}>
      <header class="top">
        <a class="brand" href={hrefOf({ page: "events" }, state)}>
          Sitrep
        </a>
        <nav>
          <a href={hrefOf({ page: "events" }, state)} class={route.page === "events" || route.page === "event" ? "active" : ""}>
            Events
          </a>
          <a href={hrefOf({ page: "actors" }, state)} class={route.page.startsWith("actor") ? "active" : ""}>
            Actors
          </a>
          <a href="/api/openapi.json">API</a>
        </nav>
        <TokenBox onChange={() => setTokenGeneration((g) => g + 1)} />
      </header>
      <div key={tokenGeneration}>
        {route.page === "events" && <EventsView state={state} />}
        {route.page === "event" && <EventView id={route.id} state={state} />}
        {route.page === "actors" && <ActorsView state={state} />}
        {route.page === "actor" && <ActorView id={route.id} state={state} />}
        {route.page === "missing" && (
          <main>
            <p>Nothing at {route.path}.</p>
          </main>
        )}
      </div>
    </div>
  );
}
