import { describe, expect, it } from "vitest";
import { readSetting, writeSetting } from "../../src/core/accountData";
import { directRooms } from "../../src/core/accountDataSettings";
import { createAccountDataClient } from "../support/accountDataClient";

const ALICE = "@alice:localhost";
const CAROL = "@carol:remote.example";
const ROOM = "!dm:localhost";
const OTHER_ROOM = "!older:localhost";
const DIRECT_TYPE = "m.direct";

describe("directRooms.write", () => {
  it("creates the entry when there is no m.direct content yet", () => {
    expect(directRooms.write(undefined, { userId: ALICE, add: ROOM })).toEqual({ [ALICE]: [ROOM] });
  });

  it("appends to the user's list and keeps every other user's rooms", () => {
    const existing = { [ALICE]: [OTHER_ROOM], [CAROL]: ["!c:remote.example"] };
    expect(directRooms.write(existing, { userId: ALICE, add: ROOM })).toEqual({ [ALICE]: [OTHER_ROOM, ROOM], [CAROL]: ["!c:remote.example"] });
  });

  it("does not list a room twice and removes duplicates already there", () => {
    const existing = { [ALICE]: [ROOM, OTHER_ROOM, ROOM, OTHER_ROOM] };
    expect(directRooms.write(existing, { userId: ALICE, add: ROOM })).toEqual({ [ALICE]: [ROOM, OTHER_ROOM] });
  });

  it("does not modify the content it was given", () => {
    const existing = { [ALICE]: [OTHER_ROOM] };
    directRooms.write(existing, { userId: ALICE, add: ROOM });
    expect(existing).toEqual({ [ALICE]: [OTHER_ROOM] });
  });

  it.each([null, [], [[ALICE, ROOM]], "m.direct", 42, true])("replaces malformed top-level content %j with a well-formed map", (existing) => {
    expect(directRooms.write(existing, { userId: ALICE, add: ROOM })).toEqual({ [ALICE]: [ROOM] });
  });

  it("drops entries whose value is not a list and non-string room IDs inside lists", () => {
    const existing = {
      [CAROL]: null,
      "@dave:localhost": { "0": "!x:localhost" },
      "@erin:localhost": "!y:localhost",
      [ALICE]: [null, 7, { room: OTHER_ROOM }, ["!nested:localhost"], OTHER_ROOM, true],
    };
    expect(directRooms.write(existing, { userId: ALICE, add: ROOM })).toEqual({ [ALICE]: [OTHER_ROOM, ROOM] });
  });

  it("repairs the user's own malformed entry instead of failing", () => {
    expect(directRooms.write({ [ALICE]: "!not-a-list:localhost" }, { userId: ALICE, add: ROOM })).toEqual({ [ALICE]: [ROOM] });
  });

  it("keeps a __proto__ key as plain data without touching any prototype", () => {
    const existing = JSON.parse(`{"__proto__": ["!evil:localhost"], "constructor": ["!c:localhost"], "${ALICE}": []}`) as unknown;
    const content = directRooms.write(existing, { userId: ALICE, add: ROOM });
    expect(Object.getPrototypeOf(content)).toBeNull();
    expect(Object.keys(content).sort()).toEqual([ALICE, "__proto__", "constructor"].sort());
    expect(Object.getOwnPropertyDescriptor(content, "__proto__")?.value).toEqual(["!evil:localhost"]);
    expect(Object.prototype).not.toHaveProperty("0");
    expect(JSON.stringify(content)).toContain('"__proto__":["!evil:localhost"]');
  });

  it("handles a huge list, keeping every distinct room once", () => {
    const rooms = Array.from({ length: 100_000 }, (_, index) => `!r${index % 50_000}:localhost`);
    const content = directRooms.write({ [ALICE]: rooms }, { userId: ALICE, add: ROOM });
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
    expect(directRooms.write(existing, { userId: ALICE, add: ROOM })).toEqual({ [CAROL]: ["!c:remote.example"], [ALICE]: [ROOM] });
  });
});

describe("writeSetting(directRooms)", () => {
  it("writes m.direct with the room under the other user, keeping existing entries", async () => {
    const { client, data, calls } = createAccountDataClient({ [DIRECT_TYPE]: { [CAROL]: ["!c:remote.example"] } });
    await expect(writeSetting(client, directRooms, { userId: ALICE, add: ROOM })).resolves.toBe(true);
    expect(calls).toEqual([`get ${DIRECT_TYPE}`, `set ${DIRECT_TYPE}`]);
    expect(data.get(DIRECT_TYPE)).toEqual({ [CAROL]: ["!c:remote.example"], [ALICE]: [ROOM] });
  });

  it("does not write when the room is listed already", async () => {
    const { client, calls } = createAccountDataClient({ [DIRECT_TYPE]: { [ALICE]: [ROOM] } });
    await expect(writeSetting(client, directRooms, { userId: ALICE, add: ROOM })).resolves.toBe(false);
    expect(calls).toEqual([`get ${DIRECT_TYPE}`]);
  });

  it("runs concurrent calls one after the other so neither entry is lost", async () => {
    const { client, data } = createAccountDataClient();
    await Promise.all([writeSetting(client, directRooms, { userId: ALICE, add: ROOM }), writeSetting(client, directRooms, { userId: CAROL, add: OTHER_ROOM })]);
    expect(data.get(DIRECT_TYPE)).toEqual({ [ALICE]: [ROOM], [CAROL]: [OTHER_ROOM] });
  });

  it.each([
    ["user ID", "alice", ROOM],
    ["user ID", "__proto__", ROOM],
    ["room ID", ALICE, "#alias:localhost"],
    ["room ID", ALICE, 42 as unknown as string],
  ])("rejects an invalid %s without any request", async (_kind, userId, roomId) => {
    const { client, calls } = createAccountDataClient();
    await expect(writeSetting(client, directRooms, { userId: userId, add: roomId })).rejects.toBeInstanceOf(TypeError);
    expect(calls).toEqual([]);
  });

  it("passes a read failure on, without writing", async () => {
    const { client, calls } = createAccountDataClient();
    client.getAccountData = () => Promise.reject(new Error("offline"));
    await expect(writeSetting(client, directRooms, { userId: ALICE, add: ROOM })).rejects.toThrow("offline");
    expect(calls).toEqual([]);
  });
});

describe("directRooms.parse", () => {
  it("reads the rooms of every valid user ID, each valid room once", async () => {
    const { client } = createAccountDataClient({ [DIRECT_TYPE]: { [ALICE]: [ROOM, ROOM, OTHER_ROOM], [CAROL]: ["!c:remote.example"] } });
    const { value, source } = await readSetting(client, directRooms);
    expect(source).toBe("stable");
    expect([...value]).toEqual([
      [ALICE, [ROOM, OTHER_ROOM]],
      [CAROL, ["!c:remote.example"]],
    ]);
  });

  it("leaves out keys that are not user IDs, values that are not lists and entries that are not room IDs", () => {
    const content = JSON.parse(
      `{"__proto__": ["${ROOM}"], "carol": ["${ROOM}"], "${CAROL}": "${ROOM}", "${ALICE}": [7, "#alias:localhost", "${ROOM}", null]}`,
    ) as unknown;
    expect([...directRooms.parse(content)]).toEqual([[ALICE, [ROOM]]]);
  });

  it.each([undefined, null, [], "m.direct", 42])("gives an empty map for malformed content %j", (content) => {
    expect(directRooms.parse(content).size).toBe(0);
  });

  it("gives an empty map when the user has no m.direct", async () => {
    const { client } = createAccountDataClient();
    const { value, source } = await readSetting(client, directRooms);
    expect(source).toBe("default");
    expect(value.size).toBe(0);
  });
});
