import { describe, expect, it } from "vitest";
import { summarizeInvite } from "../../src/core/summary";
import { homeserver } from "./synapse/context";
import { seedHomeserver } from "./synapse/seed.mjs";

describe("the homeserver seed (npm run homeserver)", () => {
  it("gives the demo user an invite of every kind and a pending knock, hostile ones included", async () => {
    const suffix = `-${Date.now().toString(36)}`;
    const seeded = await seedHomeserver(homeserver(), { suffix });
    const sync = await seeded.users.demo.api.sync();
    const invites: Record<string, { invite_state: unknown }> = sync.rooms?.invite ?? {};
    const byKind = Object.fromEntries(seeded.rooms.map((room) => [room.kind, room]));
    const summaryOf = (kind: string) =>
      summarizeInvite(invites[byKind[kind]?.roomId ?? ""]?.invite_state, { userId: seeded.demoUserId, roomId: byKind[kind]?.roomId });

    expect(seeded.demoUserId).toBe(`@demo${suffix}:localhost`);
    expect(Object.keys(invites).sort()).toEqual(seeded.rooms.filter((room) => room.invited).map((room) => room.roomId).sort());
    expect(Object.keys(sync.rooms?.knock ?? {})).toEqual([byKind["knock-pending"]?.roomId]);
    expect(summaryOf("direct-message")).toMatchObject({ isDirect: true });
    expect(summaryOf("space")).toMatchObject({ isSpace: true });
    expect(summaryOf("encrypted")).toMatchObject({ isEncrypted: true });
    expect(summaryOf("room-version-12")).toMatchObject({ roomVersion: "12" });
    expect(byKind["room-version-12"]?.roomId).not.toContain(":");
    expect(summaryOf("javascript-avatar").avatarUrl).toBeUndefined();
    expect(summaryOf("lookalike-inviter").inviter).toMatchObject({ userId: seeded.users.mallory.userId, displayName: "Alice Liddell" });
    const longName = summaryOf("long-name").name;
    expect(longName.kind).toBe("named");
    expect(byKind["long-name"]?.description).toMatch(/\d+ characters accepted/);
  });
});
