import { createClient, type MatrixClient } from "matrix-js-sdk";
import { describe, expect, it } from "vitest";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { fromMatrixJsSdk, type MatrixJsSdkClientLike } from "../../../src/core/client/matrixJsSdk";
import type { MatrixJsSdkEventLike } from "../../../src/core/store/matrixJsSdkFeed";
import { silentLogger } from "../../support/silentLogger";
import { createFakeFetch, hang, reply } from "./fakeFetch";

const ROOM_ID = namedRoom.room_id;
const BOB = namedRoom.user_id;
const EVENTS = namedRoom.sync_invite_entry.invite_state.events;

function httpSetup() {
  const fake = createFakeFetch();
  const client = createMatrixHttpClient({ baseUrl: "https://hs.example", accessToken: "secret-token", userId: BOB, fetch: fake.fetch });
  return { fake, client };
}

describe("createMatrixHttpClient: getInviteState", () => {
  it("sends one GET /sync with timeout 0 and an inline filter limited to the room, and returns its invite_state events", async () => {
    const { fake, client } = httpSetup();
    fake.enqueue(reply(200, { next_batch: "s1", rooms: { invite: { [ROOM_ID]: namedRoom.sync_invite_entry } } }));

    const events = await client.getInviteState(ROOM_ID);

    expect(events).toEqual(EVENTS);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request?.method).toBe("GET");
    expect(request?.url.pathname).toBe("/_matrix/client/v3/sync");
    expect(request?.url.searchParams.get("timeout")).toBe("0");
    expect(request?.url.searchParams.has("since")).toBe(false);
    expect(JSON.parse(request?.url.searchParams.get("filter") ?? "null")).toEqual({
      room: {
        rooms: [ROOM_ID],
        timeline: { limit: 0 },
        state: { types: [] },
        ephemeral: { not_types: ["*"] },
        account_data: { not_types: ["*"] },
      },
      presence: { not_types: ["*"] },
      account_data: { not_types: ["*"] },
    });
  });

  it("answers undefined when the room is not an invite, or the answer is malformed", async () => {
    const { fake, client } = httpSetup();
    fake.enqueue(
      reply(200, { next_batch: "s1", rooms: { join: { [ROOM_ID]: {} } } }),
      reply(200, { rooms: { invite: { [ROOM_ID]: { invite_state: { events: "nope" } } } } }),
      reply(200, { rooms: { invite: { "!other:localhost": namedRoom.sync_invite_entry } } }),
    );

    expect(await client.getInviteState(ROOM_ID)).toBeUndefined();
    expect(await client.getInviteState(ROOM_ID)).toBeUndefined();
    expect(await client.getInviteState(ROOM_ID)).toBeUndefined();
  });

  it("refuses a room ID that is not one, such as __proto__, before sending anything", async () => {
    const { fake, client } = httpSetup();

    await expect(client.getInviteState("__proto__")).rejects.toThrow(new TypeError('getInviteState: roomId "__proto__" is not a valid room ID'));
    expect(fake.requests).toHaveLength(0);
  });

  it("passes the signal on and rejects with the AbortError", async () => {
    const { fake, client } = httpSetup();
    fake.enqueue(hang());
    const controller = new AbortController();

    const pending = client.getInviteState(ROOM_ID, { signal: controller.signal });
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});

/** A structural SDK event. */
function sdkEvent(event: { type: string; state_key: string; sender: string; content: object }): MatrixJsSdkEventLike {
  return {
    getType: () => event.type,
    getStateKey: () => event.state_key,
    getSender: () => event.sender,
    getContent: () => event.content,
    getTs: () => 0,
    getId: () => undefined,
  };
}

/** A structural SDK client whose store holds `rooms` (room ID → the user's membership and member events by user ID). */
function sdkLike(
  rooms: Record<string, { membership: string; members: Record<string, MatrixJsSdkEventLike> }>,
  userId: string | null = BOB,
): MatrixJsSdkClientLike {
  return {
    getUserId: () => userId,
    http: { authedRequest: () => Promise.reject(new Error("no request expected")) },
    forget: () => Promise.resolve(),
    getRoom: (roomId) => {
      const room = rooms[roomId];
      if (!room) return null;
      const events = new Map([["m.room.member", new Map(Object.entries(room.members))]]);
      return { roomId, getMyMembership: () => room.membership, currentState: { events } };
    },
  };
}

describe("fromMatrixJsSdk: getInviteState", () => {
  const invite = { type: "m.room.member", state_key: BOB, sender: "@alice:localhost", content: { membership: "invite", displayname: "bob" } };

  it("returns the user's invite member event from the SDK's room, without a request", async () => {
    const client = fromMatrixJsSdk(sdkLike({ [ROOM_ID]: { membership: "invite", members: { [BOB]: sdkEvent(invite) } } }));

    expect(await client.getInviteState?.(ROOM_ID)).toEqual([invite]);
  });

  it("answers undefined for an unknown room, a joined room, no user, or an SDK that throws", async () => {
    const joined = { ...invite, content: { membership: "join" } };
    const throwing: MatrixJsSdkEventLike = { ...sdkEvent(invite), getContent: () => { throw new Error("boom"); } };
    const answer = (rooms: Parameters<typeof sdkLike>[0], userId: string | null = BOB) => fromMatrixJsSdk(sdkLike(rooms, userId)).getInviteState?.(ROOM_ID);

    expect(await answer({})).toBeUndefined();
    expect(await answer({ [ROOM_ID]: { membership: "join", members: { [BOB]: sdkEvent(joined) } } })).toBeUndefined();
    expect(await answer({ [ROOM_ID]: { membership: "invite", members: { [BOB]: sdkEvent(joined) } } })).toBeUndefined();
    expect(await answer({ [ROOM_ID]: { membership: "invite", members: {} } })).toBeUndefined();
    expect(await answer({ [ROOM_ID]: { membership: "invite", members: { [BOB]: sdkEvent(invite) } } }, null)).toBeUndefined();
    expect(await answer({ [ROOM_ID]: { membership: "invite", members: { [BOB]: throwing } } })).toBeUndefined();
  });

  it("is offered by a real MatrixClient, which answers undefined before its store holds the room", async () => {
    const fake = createFakeFetch();
    const sdk: MatrixClient = createClient({ baseUrl: "https://hs.example", accessToken: "t", userId: BOB, fetchFn: fake.fetch, logger: silentLogger });
    const client = fromMatrixJsSdk(sdk);

    expect(typeof client.getInviteState).toBe("function");
    expect(await client.getInviteState?.(ROOM_ID)).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });

  it("rejects with the AbortError when the signal has already aborted", async () => {
    const client = fromMatrixJsSdk(sdkLike({ [ROOM_ID]: { membership: "invite", members: { [BOB]: sdkEvent(invite) } } }));
    const controller = new AbortController();
    controller.abort();

    await expect(client.getInviteState?.(ROOM_ID, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
