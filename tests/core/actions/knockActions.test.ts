import { describe, expect, it } from "vitest";
import { createKnockActions } from "../../../src/core/actions/knockActions";
import knockPending from "../../fixtures/knock-pending.json";
import { createRecordingClient } from "../../support/recordingClient";

const ROOM_ID = knockPending.room_id;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function observe() {
  const client = createRecordingClient();
  const actions = createKnockActions(client);
  actions.subscribe(() => undefined);
  return { client, actions, state: () => actions.getSnapshot().state };
}

describe("knock actions: what may start when", () => {
  it("ignores a cancel while knocking and a knock while one is sent", async () => {
    const { client, actions, state } = observe();
    client.respondOnce("knockRoom", "hold");
    actions.knock({ roomIdOrAlias: ROOM_ID });
    actions.cancel({ roomId: ROOM_ID });
    expect(client.methodsCalled()).toEqual(["knockRoom"]);

    client.callsTo("knockRoom")[0]?.resolve({ roomId: ROOM_ID });
    await settle();
    expect(state()).toEqual({ status: "knocked", roomId: ROOM_ID });
    actions.knock({ roomIdOrAlias: ROOM_ID });
    expect(client.methodsCalled()).toEqual(["knockRoom"]);
  });

  it("drops the answer of an older call, but remembers the room it knocked on", async () => {
    const { client, actions, state } = observe();
    client.respond("knockRoom", "hold");
    actions.knock({ roomIdOrAlias: "#old:localhost" });
    actions.reset();
    actions.knock({ roomIdOrAlias: "#new:localhost" });
    client.callsTo("knockRoom")[1]?.resolve({ roomId: ROOM_ID });
    await settle();
    expect(state()).toEqual({ status: "knocked", roomId: ROOM_ID });

    client.callsTo("knockRoom")[0]?.resolve({ roomId: "!old:localhost" });
    await settle();

    expect(state()).toEqual({ status: "knocked", roomId: ROOM_ID });
  });

  it("withdraws by the room of the last knock when no room is named", async () => {
    const { client, actions, state } = observe();
    actions.knock({ roomIdOrAlias: "#alias:localhost" });
    await settle();
    const knocked = state();
    expect(knocked.status).toBe("knocked");

    actions.cancel();
    await settle();

    expect(client.callsTo("leaveRoom")[0]?.args[0]).toBe("!joined:localhost");
    expect(state()).toEqual({ status: "cancelled", roomId: "!joined:localhost" });
  });
});
