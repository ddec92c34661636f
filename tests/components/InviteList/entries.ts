/**
 * Invite entries for the InviteList stories and tests, built through the real pipeline
 * (invite store fed a `/sync` response) from the Synapse captures in `tests/fixtures/`.
 * Lives with the tests so the package never ships it.
 */
import { createInviteStore, type InviteEntry, type InviteStore } from "../../../src/core/store/inviteStore";
import dmUnnamed from "../../fixtures/invite-dm-unnamed.json";
import dmV12 from "../../fixtures/invite-dm-v12.json";
import impersonation from "../../fixtures/invite-impersonation.json";
import inviterLeft from "../../fixtures/invite-inviter-left.json";
import lookalikeDm from "../../fixtures/invite-lookalike-dm.json";
import namedRoomFull from "../../fixtures/invite-named-room-full.json";
import namedRoomV12 from "../../fixtures/invite-named-room-v12.json";
import publicAliasOnly from "../../fixtures/invite-public-room-alias-only.json";
import space from "../../fixtures/invite-space.json";
import topicRich from "../../fixtures/invite-topic-rich.json";
import unnamedGroup from "../../fixtures/invite-unnamed-group.json";
import knockPending from "../../fixtures/knock-pending.json";

/** The invitee of every capture. */
export const FIXTURE_USER_ID = "@bob:localhost";

const INVITE_CAPTURES = [
  namedRoomFull,
  dmUnnamed,
  dmV12,
  namedRoomV12,
  space,
  publicAliasOnly,
  unnamedGroup,
  inviterLeft,
  topicRich,
  impersonation,
  lookalikeDm,
];

/** Every invite capture plus the pending knock, as the store lists them (newest first). */
export function fixtureEntries(): readonly InviteEntry[] {
  return fixtureStore().getSnapshot();
}

/**
 * The invite store {@link fixtureEntries} lists, fed one `/sync` of every capture; with
 * `ignoredUserIds`, the same sync carries `m.ignored_user_list` (their invites are hidden).
 */
export function fixtureStore(options: { ignoredUserIds?: readonly string[] } = {}): InviteStore {
  const store = createInviteStore({ userId: FIXTURE_USER_ID, now: () => 1_800_000_000_000 });
  const invite: Record<string, unknown> = {};
  for (const capture of INVITE_CAPTURES) invite[capture.room_id] = capture.sync_invite_entry;
  const ignored = Object.fromEntries((options.ignoredUserIds ?? []).map((userId) => [userId, {}]));
  store.applySync({
    rooms: { invite, knock: { [knockPending.room_id]: knockPending.sync_knock_entry } },
    ...(options.ignoredUserIds ? { account_data: { events: [{ type: "m.ignored_user_list", content: { ignored_users: ignored } }] } } : {}),
  });
  return store;
}

/**
 * `count` invites cloned from the captures (spam-wave shape): each gets its own room ID,
 * name and position, and shares the capture's sender. `roomsOnly` puts them all in Rooms. Cheap: no parsing per entry, so
 * 10,000 of them are built in milliseconds.
 */
export function generatedEntries(
  count: number,
  options: { prefix?: string; directEvery?: number; roomsOnly?: boolean } = {},
): InviteEntry[] {
  const templates = fixtureEntries().filter((entry) => entry.kind === "invite");
  const prefix = options.prefix ?? "Spam offer";
  const entries: InviteEntry[] = [];
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length] as InviteEntry;
    const isDirect = options.directEvery !== undefined && index % options.directEvery === 0;
    const roomId = `!generated${index}:spam.example`;
    entries.push(
      Object.freeze({
        ...template,
        roomId,
        sequence: index,
        sortTime: template.sortTime - index,
        summary: {
          ...template.summary,
          roomId,
          isDirect: !options.roomsOnly && (isDirect || (template.summary.isDirect && !template.summary.isSpace)),
          isSpace: !options.roomsOnly && template.summary.isSpace,
          name: { kind: "named" as const, name: `${prefix} #${index + 1}` },
        },
      }),
    );
  }
  return entries;
}

/** The user whose name the lookalike captures borrow, as the host knows her. */
export const KNOWN_ALICE = { userId: "@alice:localhost", displayName: "Alice Liddell" } as const;

/**
 * The lookalike DM capture (from `@mallory:localhost`) under the display names issue 12
 * lists: the capture's own "Alice Liddell", a Cyrillic "А", a ratio colon that makes the name
 * pass for Alice's user ID, the name padded with 230 Braille blanks, and Alice's user ID
 * followed by enough words to reach the 256-character cap.
 * Each gets its own room ID; everything else is the capture's.
 */
export function lookalikeEntries(): readonly InviteEntry[] {
  const names = [
    ["capture", "Alice Liddell"],
    ["cyrillic", "\u0410lice Liddell"],
    ["colon", "@alice\u2236localhost"],
    ["braille", `Alice Liddell${"\u2800".repeat(230)}`],
    ["long", `@alice:localhost${" (Alice Liddell, support team)".repeat(9)}`],
  ] as const;
  const store = createInviteStore({ userId: FIXTURE_USER_ID, now: () => 1_800_000_000_000 });
  const invite: Record<string, unknown> = {};
  for (const [key, displayname] of names) {
    const entry = structuredClone(lookalikeDm.sync_invite_entry);
    const events = entry.invite_state.events.map((event) =>
      event.type === "m.room.member" && event.state_key === "@mallory:localhost" ? { ...event, content: { ...event.content, displayname } } : event,
    );
    invite[`!lookalike-${key}:localhost`] = { ...entry, invite_state: { ...entry.invite_state, events } };
  }
  store.applySync({ rooms: { invite } });
  return store.getSnapshot();
}

/** The trust context of {@link trustEntries}: Alice is a contact, known by her display name. */
export const TRUST_CONTEXT = {
  knownUserIds: new Set([KNOWN_ALICE.userId]),
  knownDisplayNames: new Map([[KNOWN_ALICE.userId, KNOWN_ALICE.displayName]]),
} as const;

/**
 * An inbox with every trust level, from the captures: Alice's invites spread an hour apart
 * (known), three rooms from Carol, a stranger (unknown), the lookalike DM from Mallory and a
 * wave of six invites within a minute from `@promo:spam.example` (probably spam), and the
 * pending knock. Newest first, as the store lists them.
 */
export function trustEntries(): readonly InviteEntry[] {
  const HOUR = 3_600_000;
  const base = fixtureEntries();
  const templates = base.filter((entry) => entry.kind === "invite" && !entry.summary.isDirect && entry.summary.inviter?.userId === KNOWN_ALICE.userId);
  const template = templates[0] as InviteEntry;
  const start = template.sortTime;
  const result: InviteEntry[] = [];
  base.forEach((entry, index) => {
    if (entry.kind === "invite" && entry.summary.inviter?.userId === KNOWN_ALICE.userId) result.push({ ...entry, sortTime: start - (index + 12) * HOUR });
    else result.push(entry);
  });
  const from = (sender: string, displayName: string, name: string, index: number, time: number): InviteEntry => {
    const roomId = `!${sender.slice(1, sender.indexOf(":"))}${index}${sender.slice(sender.indexOf(":"))}`;
    return Object.freeze({
      ...template,
      roomId,
      sequence: 1_000 + result.length,
      sortTime: time,
      summary: { ...template.summary, roomId, isDirect: false, isSpace: false, inviter: { userId: sender, displayName }, name: { kind: "named" as const, name } },
    });
  };
  for (let index = 0; index < 3; index++) result.push(from("@carol:example.org", "Carol", `Book club ${index + 1}`, index, start - (index + 2) * HOUR));
  for (let index = 0; index < 6; index++) result.push(from("@promo:spam.example", "Crypto Deals", `Free crypto #${index + 1}`, index, start - index * 5_000));
  return result.sort((left, right) => right.sortTime - left.sortTime);
}
