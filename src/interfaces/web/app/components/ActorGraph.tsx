/** The actor's network as a graph: laid out once by a force simulation, nodes link to actors' pages. */

import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { useMemo } from "preact/hooks";
import { hrefOf, type ViewState } from "../view-state.ts";
import type { NetworkEdge, NetworkNode } from "./actor-network.ts";

const WIDTH = 640;
const HEIGHT = 380;
const EDGE_COLOURS: Record<string, string> = {
  in_events: "#c0392b",
  member_of: "#2c3e50",
  commander_of: "#8e44ad",
  affiliated_with: "#2980b9",
  connected_to: "#7f8c8d",
};

type Placed = NetworkNode & SimulationNodeDatum;

export function ActorGraph({ nodes, edges, state }: { nodes: NetworkNode[]; edges: NetworkEdge[]; state: ViewState }) {
  const placed = useMemo(() => {
    const ns: Placed[] = nodes.map((n, i) => ({ ...n, x: WIDTH / 2 + Math.cos(i) * 80, y: HEIGHT / 2 + Math.sin(i) * 80 }));
    const links = edges.map((e) => ({ source: e.from, target: e.to }));
    // Run to rest before drawing: a still picture reads better than a moving one, and screenshots are stable.
    forceSimulation(ns)
      .force(
        "link",
        forceLink<Placed, { source: string; target: string }>(links)
          .id((n) => n.key)
          .distance(120),
      )
      .force("charge", forceManyBody().strength(-400))
      .force("collide", forceCollide(40))
      .force("centre", forceCenter(WIDTH / 2, HEIGHT / 2))
      .stop()
      .tick(300);
    for (const n of ns) {
      n.x = Math.max(60, Math.min(WIDTH - 60, n.x!));
      n.y = Math.max(20, Math.min(HEIGHT - 20, n.y!));
    }
    return new Map(ns.map((n) => [n.key, n]));
  }, [nodes, edges]);

  if (nodes.length <= 1) return <p class="muted">No relations or counterparts recorded for this actor yet.</p>;
  return (
    <figure class="actor-graph" data-testid="actor-graph">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label="Network of the actor's relations; each other actor links to its page"
      >
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#888" />
          </marker>
        </defs>
        {edges.map((e, i) => {
          const a = placed.get(e.from)!;
          const b = placed.get(e.to)!;
          return (
            <g key={i} class="graph-edge">
              <line
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke={EDGE_COLOURS[e.kind] ?? "#999"}
                stroke-width={1 + Math.log2(e.weight + 1)}
                {...(e.kind === "in_events" ? {} : { "marker-end": "url(#arrow)" })}
              />
              <text x={(a.x! + b.x!) / 2} y={(a.y! + b.y!) / 2 - 4} text-anchor="middle">
                {e.kind === "in_events" ? `${e.weight} event${e.weight === 1 ? "" : "s"}` : e.kind.replace(/_/g, " ")}
              </text>
            </g>
          );
        })}
        {[...placed.values()].map((n) => {
          const label = (
            <>
              <circle r={n.centre ? 14 : 10} class={n.centre ? "centre" : ""} />
              <text y={n.centre ? 28 : 24} text-anchor="middle">
                {n.name}
              </text>
            </>
          );
          return (
            <g key={n.key} class="graph-node" transform={`translate(${n.x},${n.y})`} data-node={n.name}>
              {n.id && !n.centre ? <a href={hrefOf({ page: "actor", id: n.id }, state)}>{label}</a> : label}
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">
        {Object.entries(EDGE_COLOURS).map(([k, c]) => (
          <span key={k}>
            <i class="swatch" style={{ background: c }} /> {k === "in_events" ? "met in events" : k.replace(/_/g, " ")}{" "}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
