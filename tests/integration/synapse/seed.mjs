// Seeds a harness Synapse with sample users and an invite of every kind for one demo user,
// hostile ones included. Used by `npm run homeserver` (cli.mjs) and end-to-end tests.
// Types: seed.d.mts. Everything goes through the real client-server API.
import { HomeserverError, api } from "./api.mjs";
import { registerUser } from "./harness.mjs";

// A 1×1 PNG (opaque purple), uploaded as a real room and user avatar.
const AVATAR_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mOs+M/wHwAFgAJ/pXEKjgAAAABJRU5ErkJggg==",
  "base64",
);

/** The sample people; `demo` receives the invites. Passwords are fixed so they can be typed. */
const PEOPLE = [
  { key: "demo", displayName: "Demo User" },
  { key: "alice", displayName: "Alice Liddell" },
  { key: "bob", displayName: "Bob" },
  { key: "carol", displayName: "Carol" },
  // Same display name as alice: the lookalike inviter.
  { key: "mallory", displayName: "Alice Liddell" },
];

/** Name sizes tried for the oversized room name, largest first, until the server accepts one. */
const LONG_NAME_SIZES = [1_000_000, 262_144, 65_000, 60_000, 48_000, 32_000, 16_000];

/**
 * Registers the sample users and creates one invite (or knock target) of every kind for the
 * demo user. Options: `suffix` is appended to every localpart (to seed a shared server more
 * than once), `log` receives progress lines.
 * @param {import("./harness.d.mts").HomeserverConnection} server
 * @param {{ suffix?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<import("./seed.d.mts").SeedResult>}
 */
export async function seedHomeserver(server, options = {}) {
  const suffix = options.suffix ?? "";
  const log = options.log ?? (() => {});
  const users = {};
  for (const person of PEOPLE) {
    const username = `${person.key}${suffix}`;
    const registered = await registerUser(server, {
      username,
      password: `${person.key}-password`,
      displayName: person.displayName,
    });
    users[person.key] = { ...registered, displayName: person.displayName, api: api(server.baseUrl, registered.accessToken) };
  }
  const { demo, alice, bob, carol, mallory } = users;
  const avatarUrl = await alice.api.upload(AVATAR_PNG, "image/png", "avatar.png");
  await alice.api.setAvatarUrl(avatarUrl);
  const alias = (localpart) => `#${localpart}${suffix}:${server.serverName}`;

  /** @type {import("./seed.d.mts").SeededRoom[]} */
  const rooms = [];
  // `invite`: send the invite after creating; `invitedAtCreation`: createRoom already invited
  // the demo user (how DMs get `is_direct` on the invite).
  async function add(kind, description, create, { inviter, reason, aliasLocalpart, invite = true, invitedAtCreation = false } = {}) {
    const roomId = await create();
    if (invite) await inviter.api.invite(roomId, demo.userId, reason);
    const text = typeof description === "function" ? description() : description;
    const room = { kind, description: text, roomId, invited: invite || invitedAtCreation };
    if (aliasLocalpart) room.alias = alias(aliasLocalpart);
    rooms.push(room);
    log(`${room.invited ? "invite" : "room  "}  ${kind.padEnd(18)} ${text}`);
    return roomId;
  }

  await add(
    "named-room",
    "Named room with topic, avatar, alias and an invite reason",
    () =>
      alice.api.createRoom({
        name: "Book Club",
        topic: "We read one book a month. This month: Through the Looking-Glass.",
        room_alias_name: `book-club${suffix}`,
        preset: "private_chat",
        initial_state: [{ type: "m.room.avatar", state_key: "", content: { url: avatarUrl } }],
      }),
    { inviter: alice, reason: "Come and read with us!", aliasLocalpart: "book-club" },
  );
  await add(
    "direct-message",
    "Direct message (is_direct, no room name)",
    () => alice.api.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [demo.userId] }),
    { invite: false, invitedAtCreation: true },
  );
  await add(
    "space",
    "A space (m.room.create type m.space)",
    () =>
      carol.api.createRoom({
        name: "Wonderland",
        topic: "A space for everything Wonderland",
        creation_content: { type: "m.space" },
        preset: "private_chat",
      }),
    { inviter: carol },
  );
  await add(
    "room-version-12",
    "Room version 12 (room ID without a server part)",
    () => alice.api.createRoom({ name: "Version Twelve", room_version: "12", preset: "private_chat" }),
    { inviter: alice },
  );
  await add(
    "encrypted",
    "Encrypted room (m.room.encryption)",
    () =>
      bob.api.createRoom({
        name: "Secret Plans",
        preset: "private_chat",
        initial_state: [{ type: "m.room.encryption", state_key: "", content: { algorithm: "m.megolm.v1.aes-sha2" } }],
      }),
    { inviter: bob },
  );
  await add(
    "public-alias-only",
    "Public room with an alias but no name",
    () => bob.api.createRoom({ preset: "public_chat", room_alias_name: `lobby${suffix}` }),
    { inviter: bob, aliasLocalpart: "lobby" },
  );
  await add(
    "unnamed-group",
    "No name or alias: named after its members",
    async () => {
      const roomId = await carol.api.createRoom({ preset: "private_chat", invite: [bob.userId] });
      await bob.api.join(roomId);
      return roomId;
    },
    { inviter: carol },
  );
  await add(
    "inviter-left",
    "The inviter left after inviting",
    async () => {
      const roomId = await bob.api.createRoom({ name: "Abandoned Room", preset: "private_chat", invite: [carol.userId] });
      await carol.api.join(roomId);
      return roomId;
    },
    { inviter: bob },
  );
  await bob.api.leave(rooms.at(-1).roomId);

  const knockable = (name, localpart, owner) =>
    owner.api.createRoom({
      name,
      topic: "Knock to ask for an invite",
      room_alias_name: `${localpart}${suffix}`,
      preset: "private_chat",
      initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
    });
  await add("knockable", `Knock-able room: knock on ${alias("knock-knock")}`, () => knockable("Knock Knock", "knock-knock", carol), {
    aliasLocalpart: "knock-knock",
    invite: false,
  });
  await add(
    "knock-pending",
    "The demo user knocked; nobody answered yet",
    async () => {
      const roomId = await knockable("Waiting Room", "waiting-room", carol);
      await demo.api.knock(roomId, { reason: "Hello, may I join?" });
      return roomId;
    },
    { aliasLocalpart: "waiting-room", invite: false },
  );
  await add(
    "knock-accepted",
    "The demo user knocked and was let in (an invite)",
    async () => {
      const roomId = await knockable("Members Only", "members-only", carol);
      await demo.api.knock(roomId, { reason: "Alice sent me" });
      return roomId;
    },
    { inviter: carol, reason: "Welcome!", aliasLocalpart: "members-only" },
  );

  // Hostile invites.
  await add(
    "lookalike-inviter",
    "DM from @mallory, whose display name is also “Alice Liddell”",
    () => mallory.api.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [demo.userId] }),
    { invite: false, invitedAtCreation: true },
  );
  await add(
    "bidi-override",
    "Room name with a right-to-left override (U+202E)",
    () => mallory.api.createRoom({ name: "Invoice \u202Efdp.exe\u202C", topic: "\u202Eesrever ni txet\u202C", preset: "private_chat" }),
    { inviter: mallory, reason: "Please open the \u202Etxt.exe\u202C" },
  );
  await add(
    "javascript-avatar",
    "Room avatar `javascript:` URL and HTML in the name",
    () =>
      mallory.api.createRoom({
        name: '<img src=x onerror="alert(1)"> Free gift',
        topic: "<script>alert(document.domain)</script>",
        preset: "private_chat",
        initial_state: [{ type: "m.room.avatar", state_key: "", content: { url: "javascript:alert(document.domain)" } }],
      }),
    { inviter: mallory },
  );
  await add(
    "impersonation",
    "A room pretending to be official",
    () => mallory.api.createRoom({ name: "Server Notices ✔ Official Security Team", topic: "Verify your account now", preset: "private_chat" }),
    { inviter: mallory, reason: "Your account will be deleted in 24 hours" },
  );
  let longNameLength = 0;
  await add(
    "long-name",
    () => `A name as long as the server allows (1 MB tried, ${longNameLength.toLocaleString("en")} characters accepted)`,
    async () => {
      const roomId = await mallory.api.createRoom({ preset: "private_chat" });
      for (const size of LONG_NAME_SIZES) {
        const name = "Very long room name ".repeat(Math.ceil(size / 20)).slice(0, size);
        try {
          await mallory.api.sendState(roomId, "m.room.name", "", { name });
          longNameLength = size;
          break;
        } catch (error) {
          if (!(error instanceof HomeserverError) || error.status >= 500) throw error;
        }
      }
      return roomId;
    },
    { inviter: mallory, reason: "x".repeat(2_000) },
  );

  return { users, rooms, demoUserId: demo.userId };
}
