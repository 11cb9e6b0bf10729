import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { actorNetwork } from "./actor-network.ts";

describe("an actor's network", () => {
  const centre = { id: "act_1", name: "Northern Brigade", aliases: ["the brigade"] };

  it("joins relations and event counterparts around the actor, one undirected edge counting the events between two actors", () => {
    const net = actorNetwork(
      centre,
      [{ from: "Ali Musa", to: "Northern Brigade", relation: "commander_of", fromId: "act_2", toId: "act_1" }],
      [
        { actor1: "Northern Brigade", actor2: "Civilians (Mali)" },
        { actor1: "Civilians (Mali)", actor2: "The Brigade" },
        { actor1: "Someone else", actor2: "Another" },
      ],
      (name) => (name === "Civilians (Mali)" ? "act_9" : null),
    );
    assert.deepEqual(
      net.nodes.map((n) => [n.name, n.id, n.centre]),
      [
        ["Northern Brigade", "act_1", true],
        ["Ali Musa", "act_2", false],
        ["Civilians (Mali)", "act_9", false],
      ],
    );
    assert.deepEqual(net.edges, [
      { from: "act_2", to: "act_1", kind: "commander_of", weight: 1 },
      { from: "act_1", to: "act_9", kind: "in_events", weight: 2 },
    ]);
  });
});
