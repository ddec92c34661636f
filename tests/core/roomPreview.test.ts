/**
 * `parseRoomPreview`: Synapse's real `GET /room_summary` answers (captured while invited),
 * MSC3266's unstable field names, and what a hostile server may send instead.
 */
import { describe, expect, it } from "vitest";
import { parseRoomPreview } from "../../src/core";
import type { RoomPreview } from "../../src/core";
import dmUnnamed from "../fixtures/invite-dm-unnamed.json";
import namedRoomFull from "../fixtures/invite-named-room-full.json";
import namedRoomV12 from "../fixtures/invite-named-room-v12.json";
import publicAliasOnly from "../fixtures/invite-public-room-alias-only.json";
import space from "../fixtures/invite-space.json";

const EMPTY: RoomPreview = { allowedRoomIds: [], isSpace: false, isEncrypted: false };
/** The full capture's answer, as a plain record to vary. */
const full: Record<string, unknown> = namedRoomFull.room_summary_while_invited.body;

function withField(key: string, value: unknown): Record<string, unknown> {
  return { ...full, [key]: value };
}

describe("parseRoomPreview on Synapse's answers", () => {
  it("reads every field of a named, encrypted room", () => {
    expect(parseRoomPreview(full)).toEqual({
      roomId: namedRoomFull.room_id,
      name: "Design Review",
      topic: "Weekly review of UI designs. Bring screenshots.",
      canonicalAlias: "#design-review:localhost",
      avatarUrl: "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK",
      joinedMemberCount: 1,
      joinRule: "invite",
      allowedRoomIds: [],
      isSpace: false,
      roomVersion: "11",
      encryption: "m.megolm.v1.aes-sha2",
      isEncrypted: true,
      membership: "invite",
      guestCanJoin: true,
      worldReadable: false,
    });
  });

  it("keeps the room version a string, as the core's summaries do", () => {
    expect(parseRoomPreview(namedRoomV12.room_summary_while_invited.body)).toMatchObject({ roomId: namedRoomV12.room_id, roomVersion: "12" });
    expect(parseRoomPreview(withField("room_version", "org.example.v1")).roomVersion).toBe("org.example.v1");
  });

  it("reads a space, a public room with only an alias, and an unnamed DM", () => {
    expect(parseRoomPreview(space.room_summary_while_invited.body)).toMatchObject({ roomType: "m.space", isSpace: true, name: "Engineering" });
    const lobby = parseRoomPreview(publicAliasOnly.room_summary_while_invited.body);
    expect(lobby).toMatchObject({ joinRule: "public", canonicalAlias: "#lobby:localhost", isEncrypted: false });
    expect(lobby.name).toBeUndefined();
    const dm = parseRoomPreview(dmUnnamed.room_summary_while_invited.body);
    expect(dm).toMatchObject({ roomId: dmUnnamed.room_id, membership: "invite", joinedMemberCount: 1 });
    expect(dm).not.toHaveProperty("name");
  });

  it("reads a restricted room's allowed rooms, each valid room ID once", () => {
    const preview = parseRoomPreview({ ...full, join_rule: "knock_restricted", allowed_room_ids: ["!a:x.org", "not a room", "!a:x.org", 7, "!b"] });
    expect(preview).toMatchObject({ joinRule: "knock_restricted", allowedRoomIds: ["!a:x.org", "!b"] });
  });
});

describe("parseRoomPreview on MSC3266's unstable answers", () => {
  const unstable = { room_id: "!r:x.org", num_joined_members: 3, guest_can_join: false, world_readable: false };

  it("reads the prefixed room version and encryption", () => {
    expect(parseRoomPreview({ ...unstable, "im.nheko.summary.room_version": "10", "im.nheko.summary.encryption": "m.megolm.v1.aes-sha2" })).toMatchObject({
      roomVersion: "10",
      encryption: "m.megolm.v1.aes-sha2",
      isEncrypted: true,
    });
    expect(parseRoomPreview({ ...unstable, "im.nheko.summary.version": "9" }).roomVersion).toBe("9");
  });

  it("prefers the stable fields when both are sent", () => {
    const preview = parseRoomPreview({ ...unstable, room_version: "11", "im.nheko.summary.room_version": "10", encryption: "m.megolm.v1.aes-sha2", "im.nheko.summary.encryption": "other" });
    expect(preview).toMatchObject({ roomVersion: "11", encryption: "m.megolm.v1.aes-sha2" });
  });
});

describe("parseRoomPreview on hostile answers", () => {
  it("reads anything that is not a JSON object as an empty preview", () => {
    for (const value of [null, undefined, "summary", 42, [], [full], new Date(), Object.create(full) as unknown]) {
      expect(parseRoomPreview(value)).toEqual(EMPTY);
    }
  });

  it("cleans text: no control or bidi characters, and capped lengths", () => {
    const preview = parseRoomPreview({ ...full, name: "Adm\u202Ein\u0000 room", topic: "x".repeat(5000) });
    expect(preview.name).toBe("Admin room");
    expect(preview.topic).toHaveLength(1024);
    expect(preview.topic?.endsWith("…")).toBe(true);
    expect(parseRoomPreview(withField("name", "\u200B\u202E ")).name).toBeUndefined();
  });

  it.each([
    ["room_id", "#alias:x.org", "roomId"],
    ["avatar_url", "https://evil.example/track.png", "avatarUrl"],
    ["avatar_url", "mxc://../../etc", "avatarUrl"],
    ["canonical_alias", "!room:x.org", "canonicalAlias"],
    ["join_rule", "everyone", "joinRule"],
    ["join_rule", "PUBLIC", "joinRule"],
    ["membership", "joined", "membership"],
    ["num_joined_members", -1, "joinedMemberCount"],
    ["num_joined_members", 1.5, "joinedMemberCount"],
    ["num_joined_members", "3", "joinedMemberCount"],
    ["num_joined_members", 2 ** 53, "joinedMemberCount"],
    ["room_version", 11, "roomVersion"],
    ["room_version", "", "roomVersion"],
    ["room_version", "1 1", "roomVersion"],
    ["room_version", "v".repeat(33), "roomVersion"],
    ["guest_can_join", "true", "guestCanJoin"],
    ["world_readable", 1, "worldReadable"],
  ])("drops %s %j", (key, value, field) => {
    expect(parseRoomPreview(withField(key, value))).not.toHaveProperty(field);
  });

  it("never passes off a look-alike room type as a space", () => {
    const preview = parseRoomPreview(withField("room_type", "m.space\u202E"));
    expect(preview).toMatchObject({ isSpace: false });
    expect(preview).not.toHaveProperty("roomType");
  });

  it("still marks a room encrypted when the algorithm is not one it can keep", () => {
    const preview = parseRoomPreview(withField("encryption", "m.megolm\u202E"));
    expect(preview.isEncrypted).toBe(true);
    expect(preview).not.toHaveProperty("encryption");
    expect(parseRoomPreview(withField("encryption", "")).isEncrypted).toBe(false);
  });

  it("reads only the first 256 entries of a huge allowed-rooms list", () => {
    const roomIds = Array.from({ length: 100_000 }, (_, index) => `!room${index}:x.org`);
    expect(parseRoomPreview(withField("allowed_room_ids", roomIds)).allowedRoomIds).toEqual(roomIds.slice(0, 256));
  });

  it("keeps the other fields when one getter throws", () => {
    const hostile = Object.defineProperty({ ...full }, "topic", {
      get: () => {
        throw new Error("getter");
      },
      enumerable: true,
    });
    const preview = parseRoomPreview(hostile);
    expect(preview).toMatchObject({ roomId: namedRoomFull.room_id, name: "Design Review", roomVersion: "11" });
    expect(preview).not.toHaveProperty("topic");
  });

  it("reads own keys only: __proto__ and constructor stay data", () => {
    const preview = parseRoomPreview(JSON.parse('{"room_id":"!r:x.org","__proto__":{"name":"Injected"},"constructor":{"name":"Injected"}}'));
    expect(preview).toEqual({ ...EMPTY, roomId: "!r:x.org" });
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it("returns fresh arrays, never the server's", () => {
    const allowed = ["!a:x.org"];
    const preview = parseRoomPreview(withField("allowed_room_ids", allowed));
    expect(preview.allowedRoomIds).toEqual(allowed);
    expect(preview.allowedRoomIds).not.toBe(allowed);
  });
});
