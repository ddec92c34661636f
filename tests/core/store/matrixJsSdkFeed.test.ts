import { describe, expect, it, vi } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import {
  connectMatrixJsSdk,
  type MatrixJsSdkEventLike,
  type MatrixJsSdkEventSource,
  type MatrixJsSdkRoomLike,
} from "../../../src/core/store/matrixJsSdkFeed";
import { AFTER_CAPTURE, BOB, dm, knock, lookalikeDm, namedRoom, withOwnInvite } from "./syncFixtures";

type RawEvent = Record<string, unknown>;
type Listener = (...args: never[]) => void;

/** A matrix-js-sdk `MatrixEvent` stand-in over a raw event from a capture. */
function sdkEvent(raw: RawEvent): MatrixJsSdkEventLike {
  return {
    getType: () => raw["type"] as string,
    getStateKey: () => raw["state_key"] as string | undefined,
    getSender: () => raw["sender"] as string | undefined,
    getContent: () => (raw["content"] ?? {}) as object,
    getTs: () => (raw["origin_server_ts"] as number | undefined) ?? 0,
    getId: () => raw["event_id"] as string | undefined,
    getUnsigned: () => (raw["unsigned"] ?? {}) as object,
  };
}

/** A `Room` stand-in whose state is the stripped state of a capture, as the SDK holds it. */
function sdkRoom(roomId: string, membership: string, events: ReadonlyArray<RawEvent> = []) {
  const byType = new Map<string, Map<string, MatrixJsSdkEventLike>>();
  for (const raw of events) {
    const type = raw["type"] as string;
    const byStateKey = byType.get(type) ?? new Map<string, MatrixJsSdkEventLike>();
    byStateKey.set(raw["state_key"] as string, sdkEvent(raw));
    byType.set(type, byStateKey);
  }
  const room = { roomId, membership, getMyMembership: () => room.membership, currentState: { events: byType } };
  return room;
}

function invitedRoom(fixture: { roomId: string; entry: { invite_state: { events: RawEvent[] } } }) {
  return sdkRoom(fixture.roomId, "invite", fixture.entry.invite_state.events);
}

/** A `MatrixClient` stand-in: rooms, account data and an event emitter. */
class FakeSdkClient implements MatrixJsSdkEventSource {
  readonly rooms = new Map<string, MatrixJsSdkRoomLike>();
  readonly accountData = new Map<string, object>();
  readonly listeners = new Map<string, Set<Listener>>();

  constructor(rooms: MatrixJsSdkRoomLike[] = []) {
    for (const room of rooms) this.rooms.set(room.roomId, room);
  }
  getRooms() {
    return [...this.rooms.values()];
  }
  getRoom(roomId: string) {
    return this.rooms.get(roomId);
  }
  getAccountData(type: string) {
    const content = this.accountData.get(type);
    return content ? { getContent: () => content } : undefined;
  }
  on(event: string, listener: Listener) {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
  }
  removeListener(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...values: unknown[]) => void)(...args);
  }
  listenerCount() {
    return [...this.listeners.values()].reduce((total, set) => total + set.size, 0);
  }
}

/** Lets the feed's batched flush (a microtask) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function newStore(): InviteStore {
  return createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
}

function visibleRoomIds(store: InviteStore): string[] {
  return store.getSnapshot().map((entry) => entry.roomId);
}

describe("connectMatrixJsSdk", () => {
  it("lists the invites and knocks the SDK already holds, and nothing else", () => {
    const store = newStore();
    store.applySync({ rooms: { invite: { "!stale:localhost": {} } } });
    const client = new FakeSdkClient([
      invitedRoom(namedRoom),
      sdkRoom(knock.roomId, "knock", knock.entry.knock_state.events),
      sdkRoom("!joined:localhost", "join"),
      sdkRoom("!left:localhost", "leave"),
    ]);
    connectMatrixJsSdk(store, client);

    expect(visibleRoomIds(store)).toEqual([knock.roomId, namedRoom.roomId]);
    const named = store.getEntry(namedRoom.roomId);
    expect(named?.summary.name).toEqual({ kind: "named", name: "Design Review" });
    expect(named?.summary.inviter?.userId).toBe("@alice:localhost");
    expect(named?.summary.reason).toBe("Join us for the review");
    expect(store.getEntry(knock.roomId)?.kind).toBe("knock");
  });

  it("adds a new invite, and drops it when the user joins, in one update per burst", async () => {
    const store = newStore();
    const client = new FakeSdkClient();
    connectMatrixJsSdk(store, client);
    const listener = vi.fn();
    store.subscribe(listener);

    const named = invitedRoom(namedRoom);
    const direct = invitedRoom(dm);
    client.rooms.set(named.roomId, named);
    client.rooms.set(direct.roomId, direct);
    client.emit("Room", named);
    client.emit("Room", direct);
    client.emit("Room.myMembership", named, "invite");
    await settle();
    expect(visibleRoomIds(store)).toEqual([dm.roomId, namedRoom.roomId]);
    expect(listener).toHaveBeenCalledTimes(1);

    named.membership = "join";
    client.emit("Room.myMembership", named, "join", "invite");
    await settle();
    expect(visibleRoomIds(store)).toEqual([dm.roomId]);
  });

  it("turns an accepted knock into an invite and drops a forgotten room", async () => {
    const store = newStore();
    const knocked = sdkRoom(knock.roomId, "knock", knock.entry.knock_state.events);
    const client = new FakeSdkClient([knocked, invitedRoom(dm)]);
    connectMatrixJsSdk(store, client);

    const accepted = sdkRoom(knock.roomId, "invite", withOwnInvite(dm.entry, {}).invite_state.events);
    client.rooms.set(knock.roomId, accepted);
    client.emit("Room.myMembership", accepted, "invite", "knock");
    client.rooms.delete(dm.roomId);
    client.emit("deleteRoom", dm.roomId);
    await settle();
    expect(visibleRoomIds(store)).toEqual([knock.roomId]);
    expect(store.getEntry(knock.roomId)?.kind).toBe("invite");
  });

  it("follows m.ignored_user_list from account data, and ignores unrelated account data", async () => {
    const store = newStore();
    const client = new FakeSdkClient([invitedRoom(namedRoom), invitedRoom(lookalikeDm)]);
    client.accountData.set("m.ignored_user_list", { ignored_users: { "@mallory:localhost": {} } });
    connectMatrixJsSdk(store, client);
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);

    const listener = vi.fn();
    store.subscribe(listener);
    client.emit("accountData", sdkEvent({ type: "m.direct", content: {} }));
    await settle();
    expect(listener).not.toHaveBeenCalled();

    client.emit("accountData", sdkEvent({ type: "m.ignored_user_list", content: { ignored_users: {} } }));
    await settle();
    expect(visibleRoomIds(store)).toEqual([lookalikeDm.roomId, namedRoom.roomId]);
  });

  it("treats the SDK's timestamp 0 as unknown, so the invite sorts by receipt time", () => {
    const store = newStore();
    const undated = withOwnInvite(dm.entry, {}).invite_state.events.map(({ origin_server_ts: _dropped, ...event }) => event);
    connectMatrixJsSdk(store, new FakeSdkClient([sdkRoom(dm.roomId, "invite", undated)]));
    expect(store.getEntry(dm.roomId)?.summary.invitedAt).toBeUndefined();
    expect(store.getEntry(dm.roomId)?.sortTime).toBe(AFTER_CAPTURE);
  });

  it("maps the SDK's sync states onto the store's sync status", () => {
    const store = newStore();
    const client = new FakeSdkClient();
    connectMatrixJsSdk(store, client);
    expect(store.getSyncStatus()).toEqual({ state: "idle" });

    client.emit("sync", "PREPARED", null);
    expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: true });
    const failure = new Error("connection lost");
    client.emit("sync", "RECONNECTING", "SYNCING", { error: failure });
    client.emit("sync", "ERROR", "RECONNECTING", { error: failure });
    expect(store.getSyncStatus()).toEqual({ state: "error", error: failure, attempt: 2 });
    client.emit("sync", "SYNCING", "ERROR");
    expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: true });
    client.emit("sync", "RECONNECTING", "SYNCING", {});
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1 });
    client.emit("sync", "STOPPED", "RECONNECTING");
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });

  it("removes every listener on disconnect and drops a burst still queued", async () => {
    const store = newStore();
    const client = new FakeSdkClient();
    const disconnect = connectMatrixJsSdk(store, client);
    expect(client.listenerCount()).toBeGreaterThan(0);

    const late = invitedRoom(namedRoom);
    client.rooms.set(late.roomId, late);
    client.emit("Room", late);
    disconnect();
    disconnect();
    await settle();
    expect(client.listenerCount()).toBe(0);
    expect(store.getSnapshot()).toEqual([]);
  });

  it("never throws on a broken SDK object and keeps the rooms it could read", async () => {
    const store = newStore();
    const boom = (): never => {
      throw new Error("boom");
    };
    const brokenMembership = { roomId: "!broken:localhost", getMyMembership: boom, currentState: { events: new Map() } };
    const brokenState = { roomId: "!state:localhost", getMyMembership: () => "invite", currentState: { events: "not a map" } };
    const brokenEvent = sdkRoom("!event:localhost", "invite");
    brokenEvent.currentState.events.set("m.room.name", new Map([["", { ...sdkEvent({}), getType: boom }]]));
    const noId = Object.defineProperty({ getMyMembership: () => "invite", currentState: { events: new Map() } }, "roomId", { get: boom });
    const client = new FakeSdkClient([invitedRoom(namedRoom)]);
    const rooms = [...client.getRooms(), brokenMembership, brokenState, brokenEvent, noId] as unknown as MatrixJsSdkRoomLike[];
    client.getRooms = () => rooms;

    expect(() => connectMatrixJsSdk(store, client)).not.toThrow();
    expect(store.getEntry(namedRoom.roomId)).toBeDefined();
    expect(store.getEntry("!broken:localhost")).toBeUndefined();
    expect(store.getEntry("!event:localhost")?.summary.name).toEqual({ kind: "empty" });

    expect(() => client.emit("Room", noId)).not.toThrow();
    expect(() => client.emit("deleteRoom", 42)).not.toThrow();
    expect(() => client.emit("accountData", { getType: boom })).not.toThrow();
    await settle();
    expect(store.getEntry(namedRoom.roomId)).toBeDefined();

    const throwingClient = new FakeSdkClient();
    throwingClient.getRooms = () => {
      throw new Error("not ready");
    };
    expect(() => connectMatrixJsSdk(newStore(), throwingClient)).not.toThrow();
  });
});
