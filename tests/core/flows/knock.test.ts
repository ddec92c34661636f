import { describe, expect, it } from "vitest";
import errorsFixture from "../../fixtures/errors.json";
import { MatrixApiError, MembershipActionError } from "../../../src/core/client/errors";
import { cancelKnock, knock } from "../../../src/core/flows/knock";
import { createRecordingClient } from "../../support/recordingClient";

describe("knock", () => {
  it("knocks on an alias with the reason and valid via servers, and returns the room ID", async () => {
    const client = createRecordingClient({ answers: { knockRoom: { value: { roomId: "!knocked:localhost" } } } });

    const result = await knock(client, {
      roomIdOrAlias: "#club:localhost",
      via: ["localhost", "localhost", "bad server"],
      reason: "Friend of Alice",
    });

    expect(result).toEqual({ roomId: "!knocked:localhost" });
    const call = client.callsTo("knockRoom")[0];
    expect(call?.args[0]).toBe("#club:localhost");
    expect(call?.options).toMatchObject({ via: ["localhost"], reason: "Friend of Alice" });
  });

  it("maps an unknown alias to room_not_found on the knock action", async () => {
    const client = createRecordingClient({
      answers: { knockRoom: { error: new MatrixApiError(errorsFixture.responses.join_unknown_alias) } },
    });

    const error = await knock(client, { roomIdOrAlias: "#nope:localhost" }).catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(MembershipActionError);
    expect(error).toMatchObject({ action: "knock", code: "room_not_found" });
  });

  it("passes the abort signal and rejects with the AbortError", async () => {
    const client = createRecordingClient({ answers: { knockRoom: "hold" } });
    const controller = new AbortController();

    const pending = knock(client, { roomIdOrAlias: "!room:localhost", signal: controller.signal });
    expect((await client.waitForCall("knockRoom")).signal).toBe(controller.signal);
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("refuses something that is neither a room ID nor an alias", async () => {
    const client = createRecordingClient();

    await expect(knock(client, { roomIdOrAlias: "club" })).rejects.toThrow(TypeError);
    expect(client.calls).toHaveLength(0);
  });
});

describe("cancelKnock", () => {
  it("withdraws the knock by leaving, with the reason", async () => {
    const client = createRecordingClient();

    await cancelKnock(client, { roomId: "!room:localhost", reason: "Changed my mind" });

    expect(client.methodsCalled()).toEqual(["leaveRoom"]);
    expect(client.callsTo("leaveRoom")[0]?.options.reason).toBe("Changed my mind");
  });

  it("reports a failure on the cancel_knock action", async () => {
    const client = createRecordingClient({ answers: { leaveRoom: { error: new MatrixApiError({ status: 500, body: {} }) } } });

    await expect(cancelKnock(client, { roomId: "!room:localhost" })).rejects.toMatchObject({
      action: "cancel_knock",
      code: "server_error",
    });
  });
});
