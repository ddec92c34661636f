import { describe, expect, it } from "vitest";
import { addDirectRoom, DIRECT_TYPE, withDirectRoom } from "../../src/core/accountData";
import { createAccountDataClient } from "../support/accountDataClient";

const ALICE = "@alice:localhost";
const CAROL = "@carol:remote.example";
const ROOM = "!dm:localhost";
const OTHER_ROOM = "!older:localhost";


describe("withDirectRoom", () => {
  it("creates the entry when there is no m.direct content yet", () => {
    expect(withDirectRoom(undefined, ALICE, ROOM)).toEqual({ [ALICE]: [ROOM] });
  });

  it("appends to the user's list and keeps every other user's rooms", () => {
    const existing = { [ALICE]: [OTHER_ROOM], [CAROL]: ["!c:remote.example"] };
    expect(withDirectRoom(existing, ALICE, ROOM)).toEqual({ [ALICE]: [OTHER_ROOM, ROOM], [CAROL]: ["!c:remote.example"] });
  });

  it("does not list a room twice and removes duplicates already there", () => {
    const existing = { [ALICE]: [ROOM, OTHER_ROOM, ROOM, OTHER_ROOM] };
    expect(withDirectRoom(existing, ALICE, ROOM)).toEqual({ [ALICE]: [ROOM, OTHER_ROOM] });
  });

  it("does not modify the content it was given", () => {
    const existing = { [ALICE]: [OTHER_ROOM] };
    withDirectRoom(existing, ALICE, ROOM);
    expect(existing).toEqual({ [ALICE]: [OTHER_ROOM] });
  });

  it.each([null, [], [[ALICE, ROOM]], "m.direct", 42, true])("replaces malformed top-level content %j with a well-formed map", (existing) => {
    expect(withDirectRoom(existing, ALICE, ROOM)).toEqual({ [ALICE]: [ROOM] });
  });

  it("drops entries whose value is not a list and non-string room IDs inside lists", () => {
    const existing = {
      [CAROL]: null,
      "@dave:localhost": { "0": "!x:localhost" },
      "@erin:localhost": "!y:localhost",
      [ALICE]: [null, 7, { room: OTHER_ROOM }, ["!nested:localhost"], OTHER_ROOM, true],
    };
    expect(withDirectRoom(existing, ALICE, ROOM)).toEqual({ [ALICE]: [OTHER_ROOM, ROOM] });
  });

  it("repairs the user's own malformed entry instead of failing", () => {
    expect(withDirectRoom({ [ALICE]: "!not-a-list:localhost" }, ALICE, ROOM)).toEqual({ [ALICE]: [ROOM] });
  });

  it("keeps a __proto__ key as plain data without touching any prototype", () => {
    const existing = JSON.parse(`{"__proto__": ["!evil:localhost"], "constructor": ["!c:localhost"], "${ALICE}": []}`) as unknown;
    const content = withDirectRoom(existing, ALICE, ROOM);
    expect(Object.getPrototypeOf(content)).toBeNull();
    expect(Object.keys(content).sort()).toEqual([ALICE, "__proto__", "constructor"].sort());
    expect(Object.getOwnPropertyDescriptor(content, "__proto__")?.value).toEqual(["!evil:localhost"]);
    expect(Object.prototype).not.toHaveProperty("0");
    expect(JSON.stringify(content)).toContain('"__proto__":["!evil:localhost"]');
  });

  it("handles a huge list quickly, keeping every distinct room once", () => {
    const rooms = Array.from({ length: 100_000 }, (_, index) => `!r${index % 50_000}:localhost`);
    const started = performance.now();
    const content = withDirectRoom({ [ALICE]: rooms }, ALICE, ROOM);
    expect(performance.now() - started).toBeLessThan(1_000);
    const list = content[ALICE] as string[];
    expect(list).toHaveLength(50_001);
    expect(list.at(-1)).toBe(ROOM);
  });

  it("keeps what it read when a getter throws", () => {
    const existing = { [CAROL]: ["!c:remote.example"] } as Record<string, unknown>;
    Object.defineProperty(existing, "@zed:localhost", {
      enumerable: true,
      get() {
        throw new Error("hostile");
      },
    });
    expect(withDirectRoom(existing, ALICE, ROOM)).toEqual({ [CAROL]: ["!c:remote.example"], [ALICE]: [ROOM] });
  });
});

describe("addDirectRoom", () => {
  it("writes m.direct with the room under the other user, keeping existing entries", async () => {
    const { client, data, calls } = createAccountDataClient({ [DIRECT_TYPE]: { [CAROL]: ["!c:remote.example"] } });
    await expect(addDirectRoom(client, ALICE, ROOM)).resolves.toBe(true);
    expect(calls).toEqual([`get ${DIRECT_TYPE}`, `set ${DIRECT_TYPE}`]);
    expect(data.get(DIRECT_TYPE)).toEqual({ [CAROL]: ["!c:remote.example"], [ALICE]: [ROOM] });
  });

  it("does not write when the room is listed already", async () => {
    const { client, calls } = createAccountDataClient({ [DIRECT_TYPE]: { [ALICE]: [ROOM] } });
    await expect(addDirectRoom(client, ALICE, ROOM)).resolves.toBe(false);
    expect(calls).toEqual([`get ${DIRECT_TYPE}`]);
  });

  it("runs concurrent calls one after the other so neither entry is lost", async () => {
    const { client, data } = createAccountDataClient();
    await Promise.all([addDirectRoom(client, ALICE, ROOM), addDirectRoom(client, CAROL, OTHER_ROOM)]);
    expect(data.get(DIRECT_TYPE)).toEqual({ [ALICE]: [ROOM], [CAROL]: [OTHER_ROOM] });
  });

  it.each([
    ["user ID", "alice", ROOM],
    ["user ID", "__proto__", ROOM],
    ["room ID", ALICE, "#alias:localhost"],
    ["room ID", ALICE, 42 as unknown as string],
  ])("rejects an invalid %s without any request", async (_kind, userId, roomId) => {
    const { client, calls } = createAccountDataClient();
    await expect(addDirectRoom(client, userId, roomId)).rejects.toBeInstanceOf(TypeError);
    expect(calls).toEqual([]);
  });

  it("passes a read failure on, without writing", async () => {
    const { client, calls } = createAccountDataClient();
    client.getAccountData = () => Promise.reject(new Error("offline"));
    await expect(addDirectRoom(client, ALICE, ROOM)).rejects.toThrow("offline");
    expect(calls).toEqual([]);
  });
});
