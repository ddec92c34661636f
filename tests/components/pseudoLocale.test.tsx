/**
 * Hard-coded text finder over every component the library exports: each is rendered in
 * the `qps-ploc` pseudo-locale, where every catalog message comes out accented
 * ("[Àççéþţ ~~]"). Any plain ASCII word left on screen (or in a labelling attribute)
 * outside the network-text markers was written without the catalog. Network text (names,
 * topics, user IDs) is excluded by `findUnlocalizedText`'s own rules.
 */
import { act, render, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { RoomAvatar, UserAvatar } from "../../src/components/Avatar/index";
import { DeclineInviteDialog } from "../../src/components/DeclineInviteDialog/index";
import { InviteList, InviteListItem } from "../../src/components/InviteList/index";
import type { InviteActionState } from "../../src/core/actions/inviteActionTypes";
import { InvitePreview, InvitePreviewView } from "../../src/components/InvitePreview/index";
import { assessInvite } from "../../src/core/inviteAssessment";
import { InviteSafetySettings } from "../../src/components/InviteSafetySettings/index";
import { InviteUserForm } from "../../src/components/InviteUserForm/index";
import { KnockPreview } from "../../src/components/KnockPreview/index";
import { MemberActions } from "../../src/components/MemberActions/index";
import { MemberActionDialog } from "../../src/components/MemberActions/MemberActionDialog";
import type { MemberActionWording } from "../../src/components/MemberActions/index";
import { MembershipEventSummary } from "../../src/components/MembershipEventSummary/index";
import { MembershipEventText } from "../../src/components/MembershipEventText/index";
import { MembershipNotice } from "../../src/components/MembershipNotice/index";
import { PowerLevelBadge } from "../../src/components/PowerLevelBadge/index";
import { I18nProvider } from "../../src/i18n/I18nProvider";
import { findUnlocalizedText } from "../../src/i18n/findUnlocalizedText";
import { loadLocale } from "../../src/i18n/loadLocale";
import dm from "../fixtures/invite-dm-unnamed.json";
import dmV12 from "../fixtures/invite-dm-v12.json";
import lookalike from "../fixtures/invite-lookalike-dm.json";
import namedRoom from "../fixtures/invite-named-room-full.json";
import publicRoom from "../fixtures/invite-public-room-alias-only.json";
import space from "../fixtures/invite-space.json";
import unnamedGroup from "../fixtures/invite-unnamed-group.json";
import transitions from "../fixtures/membership-transitions.json";
import { installFakeLayout } from "./InviteList/layout";
import { entryFromCapture } from "./InvitePreview/fixtures";
import { knockRoomSummary, pendingKnockSummary } from "./KnockPreview/summaries";
import * as leaveEntries from "./MembershipNotice/leaveEntries";
import { liveState } from "./MemberActions/roomStates";
import { createRecordingClient } from "../support/recordingClient";

installFakeLayout();

const noop = () => undefined;
const CAPTURES = { dm, dmV12, lookalike, namedRoom, publicRoom, space, unnamedGroup };
const ENTRIES = Object.values(CAPTURES).map((capture) => entryFromCapture(capture));
const BOB = "@bob:localhost";
const ALICE = "@alice:localhost";

// Loaded once, so the provider renders the pseudo-locale (with its accented Intl output) at once.
beforeAll(async () => {
  await loadLocale("qps-ploc");
});

/** Renders `ui` in the pseudo-locale and returns the hard-coded text found in it. */
function unlocalizedIn(ui: ReactElement) {
  const { container } = render(
    <I18nProvider locale="qps-ploc">
      {ui}
    </I18nProvider>,
  );
  return { container, found: () => findUnlocalizedText(container).map(({ text, source }) => `${source}: ${text}`) };
}

function memberState() {
  return liveState({
    roomVersion: "12",
    creator: ALICE,
    users: { "@mod:localhost": 50 },
    joinRule: "knock",
    members: {
      [ALICE]: { membership: "join", displayname: "Alice Liddell" },
      "@mod:localhost": { membership: "join" },
      [BOB]: { membership: "join", displayname: "Bob" },
      "@knocker:localhost": { membership: "knock" },
      "@banned:localhost": { membership: "ban" },
    },
  });
}

describe("every component writes its words through the catalog (qps-ploc)", () => {
  it.each(Object.entries(CAPTURES))("InvitePreviewView for the %s capture", (_name, capture) => {
    const { found } = unlocalizedIn(
      <InvitePreviewView
        summary={entryFromCapture(capture).summary}
        onAccept={noop}
        onDecline={noop}
        renderDeclineDialog={() => null}
      />,
    );
    expect(found()).toEqual([]);
  });

  it("InvitePreviewView with its trust signals open and live facts", async () => {
    const summary = entryFromCapture(lookalike).summary;
    const wave = Array.from({ length: 6 }, (_, index) => entryFromCapture(lookalike, `!wave${index}:localhost`));
    const context = { knownDisplayNames: new Map([[ALICE, "Alice Liddell"]]), pendingInvites: wave, sharedRoomIds: [], freshness: { changes: ["renamed" as const] } };
    const freshness = { available: true, changes: ["room_empty" as const, "renamed" as const, "avatar_changed" as const, "topic_changed" as const, "join_rule_changed" as const], joinedMemberCount: 3 };
    const { container, found } = unlocalizedIn(
      <InvitePreviewView summary={summary} assessment={assessInvite(summary, context)} freshnessCheck={{ status: "done", freshness }} renderDeclineDialog={() => null} />,
    );
    const why = container.querySelector<HTMLButtonElement>(".mmui-invite-preview__why-toggle");
    if (!why) throw new Error("no disclosure");
    await act(async () => why.click());
    expect(container.querySelectorAll(".mmui-invite-preview__why li").length).toBeGreaterThanOrEqual(4);
    expect(found()).toEqual([]);
  });

  it("InvitePreview connected to a client", () => {
    const client = createRecordingClient();
    const [entry] = ENTRIES;
    if (!entry) throw new Error("no entry");
    const { found } = unlocalizedIn(<InvitePreview client={client} invite={entry} userId={BOB} mediaPolicy={{ showAvatars: true }} />);
    expect(found()).toEqual([]);
  });

  it("InviteList with every kind of invite, and empty", () => {
    const client = createRecordingClient();
    const { container, found } = unlocalizedIn(
      <InviteList client={client} invites={ENTRIES} userId={BOB} knownUserIds={new Set([ALICE])} />,
    );
    expect(container.querySelectorAll(".mmui-invite-list-item").length).toBeGreaterThan(0);
    expect(found()).toEqual([]);
    const empty = unlocalizedIn(<InviteList client={client} invites={[]} userId={BOB} />);
    expect(empty.found()).toEqual([]);
  });

  const ROW_STATES: [string, InviteActionState | undefined][] = [
    ["idle", undefined],
    ["accepting", { status: "accepting", pendingAction: "accept" }],
    ["declining", { status: "declining", pendingAction: "decline" }],
    ["accepted", { status: "accepted", liveSummary: ENTRIES[0]!.summary }],
    ["declined", { status: "declined", outcome: { failedSteps: [] } }],
    ["rate limited", { status: "error", error: { action: "accept", code: "rate_limited", retryAfterMs: 9000 } }],
    ["revoked", { status: "error", error: { action: "decline", code: "invite_revoked" } }],
  ];
  it.each(ROW_STATES)("InviteListItem (%s)", (_name, state) => {
    for (const entry of ENTRIES) {
      const { found } = unlocalizedIn(
        <InviteListItem
          entry={entry}
          {...(state ? { state } : {})}
          onAccept={noop}
          onDecline={noop}
          onOpen={noop}
        />,
      );
      expect(found()).toEqual([]);
    }
  });

  it("DeclineInviteDialog", () => {
    const { found } = unlocalizedIn(
      <DeclineInviteDialog open inviterId={ALICE} inviterName="Alice Liddell" onConfirm={noop} onCancel={noop} />,
    );
    expect(found()).toEqual([]);
  });

  it("RoomAvatar and UserAvatar", () => {
    const { found } = unlocalizedIn(
      <>
        <RoomAvatar roomId={namedRoom.room_id} name="Design Review" />
        <UserAvatar userId={ALICE} name="Alice Liddell" avatarUrl="javascript:alert(1)" />
      </>,
    );
    expect(found()).toEqual([]);
  });

  it("InviteSafetySettings once its settings have loaded", async () => {
    const client = createRecordingClient();
    const { container, found } = unlocalizedIn(<InviteSafetySettings client={client} />);
    await waitFor(() => expect(container.querySelectorAll('[aria-disabled="true"]')).toHaveLength(0));
    expect(found()).toEqual([]);
  });

  it("MemberActions for a moderator looking at each kind of member", () => {
    const client = createRecordingClient();
    const roomState = { roomId: "!room:localhost", events: memberState() };
    for (const targetId of [BOB, "@knocker:localhost", "@banned:localhost", "@stranger:localhost"]) {
      const { found } = unlocalizedIn(
        <MemberActions client={client} roomState={roomState} actorId={ALICE} targetId={targetId} targetName="Someone" />,
      );
      expect(found(), targetId).toEqual([]);
    }
  });

  it.each(["invite", "accept_knock", "kick", "disinvite", "deny_knock", "ban", "unban"] as MemberActionWording[])(
    "MemberActionDialog (%s)",
    (wording) => {
      const { found } = unlocalizedIn(
        <MemberActionDialog wording={wording} name={<bdi>Bob</bdi>} onConfirm={noop} onCancel={noop} />,
      );
      expect(found()).toEqual([]);
    },
  );

  it("PowerLevelBadge for a creator, a moderator and a member", () => {
    const state = memberState();
    for (const userId of [ALICE, "@mod:localhost", BOB]) {
      const { found } = unlocalizedIn(<PowerLevelBadge stateEvents={state} userId={userId} showDefault />);
      expect(found(), userId).toEqual([]);
    }
  });

  it("MembershipEventText for every event of the real transitions capture", () => {
    for (const event of transitions.timeline) {
      const { found } = unlocalizedIn(<MembershipEventText event={event} showHidden />);
      expect(found(), JSON.stringify(event.content)).toEqual([]);
    }
  });

  it("MembershipEventSummary over the whole timeline, collapsed and expanded", () => {
    for (const expanded of [false, true]) {
      const { found } = unlocalizedIn(
        <MembershipEventSummary events={transitions.timeline} expanded={expanded} onExpandedChange={noop} showHidden />,
      );
      expect(found()).toEqual([]);
    }
  });
});

describe("components that load from the server speak the catalog (qps-ploc)", () => {
  it.each([
    ["loading and asking to join", knockRoomSummary, undefined],
    ["a pending knock", pendingKnockSummary, { status: "pending", reason: "Please let me in" }],
    ["an accepted knock", knockRoomSummary, { status: "accepted" }],
    ["a declined knock", knockRoomSummary, { status: "declined", reason: "No" }],
  ] as const)("KnockPreview: %s", async (_state, summary, outcome) => {
    const client = createRecordingClient({ answers: { getRoomSummary: { value: summary } } });
    const { container, found } = unlocalizedIn(
      <KnockPreview client={client} roomIdOrAlias="#knock:localhost" {...(outcome ? { outcome } : {})} />,
    );
    expect(found()).toEqual([]);
    await waitFor(() => expect(client.callsTo("getRoomSummary")).toHaveLength(1));
    await waitFor(() => expect(container.querySelector("[data-state=loading]")).toBeNull());
    expect(found()).toEqual([]);
  });

  it("KnockPreview when the room cannot be found", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { error: new Error("offline") } } });
    const { container, found } = unlocalizedIn(<KnockPreview client={client} roomIdOrAlias="#knock:localhost" />);
    await waitFor(() => expect(container.querySelector("[data-state=loading]")).toBeNull());
    expect(found()).toEqual([]);
  });

  it("InviteUserForm for an actor who may invite and one who may not", () => {
    const client = createRecordingClient();
    const events = memberState();
    for (const actorId of [ALICE, "@stranger:localhost"]) {
      const { found } = unlocalizedIn(<InviteUserForm client={client} roomState={{ roomId: "!room:localhost", events }} actorId={actorId} />);
      expect(found(), actorId).toEqual([]);
    }
  });

  it("MembershipNotice for every kind of leave the captures hold", () => {
    const client = createRecordingClient();
    const entries = {
      kicked: leaveEntries.kickedFromPrivateRoom,
      kickedPublic: leaveEntries.kickedFromPublicRoom,
      banned: leaveEntries.banned,
      left: leaveEntries.leftPublicRoom,
      withdrawn: leaveEntries.inviteWithdrawn,
      knockDeclined: leaveEntries.knockDeclined,
      declined: leaveEntries.declinedInvite,
    };
    for (const [kind, leaveEntry] of Object.entries(entries)) {
      const { found } = unlocalizedIn(
        <MembershipNotice client={client} roomId={leaveEntries.leftRoomId} userId={BOB} leaveEntry={leaveEntry} />,
      );
      expect(found(), kind).toEqual([]);
    }
  });
});

describe("the finder itself", () => {
  it("reports a string written outside the catalog", () => {
    const { found } = unlocalizedIn(
      <div>
        <InvitePreviewView summary={entryFromCapture(namedRoom).summary} onAccept={noop} onDecline={noop} />
        <button type="button" aria-label="Close">
          x
        </button>
      </div>,
    );
    expect(found()).toEqual(["text: x", "aria-label: Close"]);
  });
});
