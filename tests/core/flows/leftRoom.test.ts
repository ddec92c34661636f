import { describe, expect, it } from "vitest";
import { MatrixApiError } from "../../../src/core/client/errors";
import { forgetRoom, rejoinRoom } from "../../../src/core/flows/leftRoom";
import { createRecordingClient } from "../../support/recordingClient";

const ROOM = "!left:localhost";

describe("rejoinRoom", () => {
  it("joins through the valid servers given, once each", async () => {
    const client = createRecordingClient();
    await rejoinRoom(client, { roomId: ROOM, via: ["localhost", "not a server!", "localhost", "other.example"] });
    expect(client.callsTo("joinRoom")[0]?.args).toEqual([ROOM, { via: ["localhost", "other.example"] }]);
  });

  it("reports a refusal as a join failure with its code", async () => {
    const client = createRecordingClient({ answers: { joinRoom: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) } } });
    await expect(rejoinRoom(client, { roomId: ROOM })).rejects.toMatchObject({ action: "join", code: "forbidden" });
  });

  it("refuses an invalid room ID without sending anything", async () => {
    const client = createRecordingClient();
    await expect(rejoinRoom(client, { roomId: "#alias:localhost" })).rejects.toBeInstanceOf(TypeError);
    expect(client.calls).toHaveLength(0);
  });
});

describe("forgetRoom", () => {
  it("forgets the room, and reports a failure as a forget failure", async () => {
    const client = createRecordingClient();
    await forgetRoom(client, { roomId: ROOM });
    expect(client.methodsCalled()).toEqual(["forgetRoom"]);
    client.respond("forgetRoom", { error: new MatrixApiError({ status: 500 }) });
    await expect(forgetRoom(client, { roomId: ROOM })).rejects.toMatchObject({ action: "forget", code: "server_error" });
  });
});
