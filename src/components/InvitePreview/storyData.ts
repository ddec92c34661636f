/**
 * Invite summaries for the stories, built from the real Synapse captures (and from hostile
 * stripped state) exactly as the invite store builds them: through `summarizeInvite`.
 */
import { summarizeInvite, summarizeRoomState } from "../../core/summary";
import type { RoomSummary } from "../../core/types";
import accepted from "../../../tests/fixtures/accept-named-room-full.json";
import afterKnock from "../../../tests/fixtures/invite-after-knock.json";
import dmUnnamed from "../../../tests/fixtures/invite-dm-unnamed.json";
import dmV12 from "../../../tests/fixtures/invite-dm-v12.json";
import impersonation from "../../../tests/fixtures/invite-impersonation.json";
import inviterLeft from "../../../tests/fixtures/invite-inviter-left.json";
import lookalikeDm from "../../../tests/fixtures/invite-lookalike-dm.json";
import namedRoomFull from "../../../tests/fixtures/invite-named-room-full.json";
import namedRoomV12 from "../../../tests/fixtures/invite-named-room-v12.json";
import publicAliasOnly from "../../../tests/fixtures/invite-public-room-alias-only.json";
import space from "../../../tests/fixtures/invite-space.json";
import topicRich from "../../../tests/fixtures/invite-topic-rich.json";
import unnamedGroup from "../../../tests/fixtures/invite-unnamed-group.json";

/** The invitee of every capture. */
export const STORY_USER_ID = "@bob:localhost";

interface Capture {
  room_id: string;
  user_id: string;
  sync_invite_entry: { invite_state: unknown };
}

/** The summary the invite store would hold for a capture. */
export function summaryOf(capture: Capture): RoomSummary {
  return summarizeInvite(capture.sync_invite_entry.invite_state, { userId: capture.user_id, roomId: capture.room_id });
}

/** Every invite capture, by story name. */
export const captures = {
  namedRoomFull,
  namedRoomV12,
  dmUnnamed,
  dmV12,
  space,
  publicAliasOnly,
  unnamedGroup,
  inviterLeft,
  topicRich,
  impersonation,
  lookalikeDm,
  afterKnock,
} as const;

/** The live state right after accepting the "Design Review" invite, as Synapse returned it. */
export const liveStateAfterAccept = accepted.live_state as unknown[];

/** The live summary after accepting "Design Review". */
export const liveSummaryAfterAccept: RoomSummary = summarizeRoomState(liveStateAfterAccept, {
  userId: STORY_USER_ID,
  roomId: accepted.room_id,
});

/** Stripped state of an invite from `sender` to bob, with extra state events. */
export function hostileSummary(sender: string, extra: unknown[], inviteContent: Record<string, unknown> = {}): RoomSummary {
  const events = [
    { type: "m.room.create", state_key: "", sender, content: { room_version: "11" } },
    ...extra,
    { type: "m.room.member", state_key: STORY_USER_ID, sender, content: { membership: "invite", ...inviteContent } },
  ];
  return summarizeInvite({ events }, { userId: STORY_USER_ID, roomId: "!hostile:evil.example" });
}

/** The visible status message of a preview (the live region repeats its words; this is the one on screen). */
export function statusMessage(canvasElement: HTMLElement): HTMLElement {
  const element = canvasElement.querySelector<HTMLElement>(".mmui-invite-preview__status-message");
  if (!element) throw new Error("no status message");
  return element;
}
