/**
 * The network around one actor: the actors it is related to (membership, command, affiliation)
 * and those it met in events (either side acting). Pure, tested under Node.
 */

export interface NetworkNode {
  key: string;
  name: string;
  /** The registry id, when the name resolved to a registered actor (then the node links to it). */
  id: string | null;
  centre: boolean;
}

export interface NetworkEdge {
  from: string;
  to: string;
  /** A relation (member_of, …), directed; or "in_events" for events between the two, either side acting. */
  kind: string;
  /** How many events or statements support the edge. */
  weight: number;
}

interface Relation {
  from: string;
  to: string;
  relation: string;
  fromId: string | null;
  toId: string | null;
}

interface EventSides {
  actor1: string | null;
  actor2: string | null;
}

const keyOf = (name: string, id: string | null) => id ?? `name:${name.toLowerCase()}`;

export function actorNetwork(
  centre: { id: string; name: string; aliases: readonly string[] },
  relations: readonly Relation[],
  events: readonly EventSides[],
  resolveId: (name: string) => string | null = () => null,
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode>([[centre.id, { key: centre.id, name: centre.name, id: centre.id, centre: true }]]);
  const edges = new Map<string, NetworkEdge>();
  const ownNames = new Set([centre.name, ...centre.aliases].map((n) => n.toLowerCase()));
  const isCentre = (name: string, id: string | null) => id === centre.id || (id === null && ownNames.has(name.toLowerCase()));
  const node = (name: string, id: string | null): string => {
    if (isCentre(name, id)) return centre.id;
    const resolved = id ?? resolveId(name);
    const key = keyOf(name, resolved);
    if (!nodes.has(key)) nodes.set(key, { key, name, id: resolved, centre: false });
    return key;
  };
  const edge = (from: string, to: string, kind: string) => {
    if (from === to) return;
    const k = `${from}|${to}|${kind}`;
    const e = edges.get(k);
    if (e) e.weight += 1;
    else edges.set(k, { from, to, kind, weight: 1 });
  };
  for (const r of relations) edge(node(r.from, r.fromId), node(r.to, r.toId), r.relation);
  for (const e of events) {
    if (!e.actor1 || !e.actor2) continue;
    // Only events the actor took part in: the others would add strangers to its network.
    if (!isCentre(e.actor1, null) && !isCentre(e.actor2, null)) continue;
    // Who acted on whom changes from event to event; one undirected edge counts them all.
    const [a, b] = [node(e.actor1, null), node(e.actor2, null)].sort();
    edge(a!, b!, "in_events");
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
