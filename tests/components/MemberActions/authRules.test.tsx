/**
 * The auth-rule table: which buttons MemberActions shows for each actor and target, in
 * room versions 10, 11 and 12. The expectations are written out from the spec's rules
 * (kick/ban need the room's level and a level above the target's; invite needs the invite
 * level and a target who is not joined, invited or banned; v12 creators have infinite
 * power), not computed by the code under test.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MemberActions } from "../../../src/components/MemberActions/MemberActions";
import { createRecordingClient } from "../../support/recordingClient";
import { capturedRoomId, liveState } from "./roomStates";

const USERS = {
  creator: "@alice:localhost",
  admin: "@admin:localhost",
  moderator: "@mod:localhost",
  member: "@member:localhost",
  invited: "@invited:localhost",
  banned: "@banned:localhost",
  knocked: "@knocker:localhost",
  joined: "@joined:localhost",
} as const;
type Role = keyof typeof USERS;

function stateFor(roomVersion: string) {
  return liveState({
    roomVersion,
    creator: USERS.creator,
    users: { [USERS.creator]: 100, [USERS.admin]: 100, [USERS.moderator]: 50 },
    joinRule: "knock",
    members: {
      [USERS.creator]: { membership: "join" },
      [USERS.admin]: { membership: "join" },
      [USERS.moderator]: { membership: "join" },
      [USERS.member]: { membership: "join" },
      [USERS.joined]: { membership: "join" },
      [USERS.invited]: { membership: "invite" },
      [USERS.banned]: { membership: "ban" },
      [USERS.knocked]: { membership: "knock" },
    },
  });
}

const STAFF_ON_ORDINARY = {
  invited: ["Withdraw invite", "Ban"],
  banned: ["Unban"],
  knocked: ["Accept request", "Decline request", "Ban"],
  joined: ["Remove", "Ban"],
};

/** [actor, target, buttons in v10, v11, v12]. */
const TABLE: [Role, Role, string[], string[], string[]][] = [
  ...(["creator", "admin", "moderator"] as const).flatMap((actor) =>
    (["invited", "banned", "knocked", "joined"] as const).map(
      (target) => [actor, target, STAFF_ON_ORDINARY[target], STAFF_ON_ORDINARY[target], STAFF_ON_ORDINARY[target]] as [Role, Role, string[], string[], string[]],
    ),
  ),
  // A member at level 0 may only invite (the invite level is 0): here, accept a knock.
  ["member", "invited", [], [], []],
  ["member", "banned", [], [], []],
  ["member", "knocked", ["Accept request"], ["Accept request"], ["Accept request"]],
  ["member", "joined", [], [], []],
  // Equal levels cannot remove each other (100 vs 100) — until v12 makes the creator infinite.
  ["creator", "admin", [], [], ["Remove", "Ban"]],
  ["admin", "creator", [], [], []],
  ["moderator", "creator", [], [], []],
  ["moderator", "admin", [], [], []],
  ["member", "creator", [], [], []],
  ["admin", "moderator", ["Remove", "Ban"], ["Remove", "Ban"], ["Remove", "Ban"]],
];

const VERSIONS = ["10", "11", "12"] as const;
const rows = TABLE.flatMap(([actor, target, ...perVersion]) =>
  VERSIONS.map((version, index) => [version, actor, target, perVersion[index] ?? []] as const),
);

describe("MemberActions follows the membership auth rules", () => {
  it.each(rows)("room version %s: %s acting on %s sees %j", (version, actor, target, expected) => {
    render(
      <MemberActions
        client={createRecordingClient({ userId: USERS[actor] })}
        roomState={{ roomId: capturedRoomId, events: stateFor(version) }}
        actorId={USERS[actor]}
        targetId={USERS[target]}
      />,
    );
    const group = screen.getByRole("group");
    expect(within(group).queryAllByRole("button").map((button) => button.textContent)).toEqual(expected);
  });

  it("offers a v12 additional creator nothing against the other creator, and the creator nothing against them", () => {
    const state = liveState({
      roomVersion: "12",
      creator: USERS.creator,
      additionalCreators: [USERS.admin],
      members: { [USERS.creator]: { membership: "join" }, [USERS.admin]: { membership: "join" } },
    });
    const client = createRecordingClient();
    const { rerender } = render(
      <MemberActions client={client} roomState={{ roomId: capturedRoomId, events: state }} actorId={USERS.admin} targetId={USERS.creator} />,
    );
    expect(within(screen.getByRole("group")).queryAllByRole("button")).toHaveLength(0);
    rerender(
      <MemberActions client={client} roomState={{ roomId: capturedRoomId, events: state }} actorId={USERS.creator} targetId={USERS.admin} />,
    );
    expect(within(screen.getByRole("group")).queryAllByRole("button")).toHaveLength(0);
  });

  it("offers nothing on broken state", () => {
    render(
      <MemberActions
        client={createRecordingClient()}
        roomState={{ roomId: capturedRoomId, events: [{ type: "m.room.member", state_key: USERS.joined, content: { membership: "join" } }] }}
        actorId={USERS.creator}
        targetId={USERS.joined}
      />,
    );
    expect(within(screen.getByRole("group")).queryAllByRole("button")).toHaveLength(0);
  });
});
