import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import transitions from "../../fixtures/membership-transitions.json";
import { MembershipEventText } from "../../../src/components/MembershipEventText/MembershipEventText";
import type { MembershipEventTextProps } from "../../../src/components/MembershipEventText/MembershipEventText";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { ALICE, BOB, MALLORY, memberEvent, thirdPartyInviteEvent } from "./events";

beforeAll(async () => {
  await loadLocale("pl");
});

const names: Record<string, string> = { [ALICE]: "Alice" };
const getMemberName = (userId: string) => names[userId];

function renderLine(props: MembershipEventTextProps, locale = "en") {
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale={locale}>{children}</I18nProvider>;
  return render(<MembershipEventText getMemberName={getMemberName} {...props} />, { wrapper });
}

function lineText(props: MembershipEventTextProps, locale = "en"): string | null {
  const { container } = renderLine(props, locale);
  return container.textContent === "" ? null : container.textContent;
}

const bobJoined = { displayname: "Bob", membership: "join" };
const bobInvited = { displayname: "Bob", membership: "invite" };
const bobKnocking = { displayname: "Bob", membership: "knock" };

/** [data-kind, event, English, Polish] for every sentence, every describeMembershipChange kind included. */
const cases: [string, unknown, string, string][] = [
  ["joined", memberEvent(BOB, BOB, bobJoined, bobInvited), "Bob joined", "Bob dołącza do pokoju"],
  [
    "invited",
    memberEvent(ALICE, BOB, { ...bobInvited, reason: "hi" }),
    "Alice invited Bob: “hi”",
    "Alice zaprasza do pokoju: Bob. Powód: „hi”",
  ],
  [
    "invite_rejected",
    memberEvent(BOB, BOB, { membership: "leave", reason: "busy" }, bobInvited),
    "Bob declined the invite: “busy”",
    "Bob odrzuca zaproszenie. Powód: „busy”",
  ],
  [
    "invite_revoked",
    memberEvent(ALICE, BOB, { membership: "leave", reason: "oops" }, bobInvited),
    "Alice withdrew Bob's invite: “oops”",
    "Alice wycofuje zaproszenie dla Bob. Powód: „oops”",
  ],
  ["left", memberEvent(BOB, BOB, { membership: "leave" }, bobJoined), "Bob left", "Bob opuszcza pokój"],
  [
    "kicked",
    memberEvent(ALICE, BOB, { membership: "leave", reason: "spam" }, bobJoined),
    "Alice removed Bob: “spam”",
    "Alice usuwa z pokoju: Bob. Powód: „spam”",
  ],
  [
    "banned",
    memberEvent(ALICE, BOB, { membership: "ban", reason: "more spam" }, bobJoined),
    "Alice banned Bob: “more spam”",
    "Alice banuje w pokoju: Bob. Powód: „more spam”",
  ],
  [
    "unbanned",
    memberEvent(ALICE, BOB, { membership: "leave" }, { membership: "ban" }),
    "Alice unbanned @bob:localhost",
    "Alice zdejmuje bana w pokoju: @bob:localhost",
  ],
  [
    "knocked",
    memberEvent(BOB, BOB, { ...bobKnocking, reason: "let me in" }),
    "Bob asked to join: “let me in”",
    "Bob prosi o dołączenie. Powód: „let me in”",
  ],
  [
    "knock_retracted",
    memberEvent(BOB, BOB, { membership: "leave" }, bobKnocking),
    "Bob cancelled their request to join",
    "Bob wycofuje prośbę o dołączenie",
  ],
  [
    "knock_denied",
    memberEvent(ALICE, BOB, { membership: "leave", reason: "not now" }, bobKnocking),
    "Alice declined Bob's request to join: “not now”",
    "Alice odrzuca prośbę o dołączenie od Bob. Powód: „not now”",
  ],
  [
    "knock_accepted",
    memberEvent(ALICE, BOB, bobInvited, bobKnocking),
    "Alice accepted Bob's request to join",
    "Alice przyjmuje prośbę o dołączenie od Bob",
  ],
  [
    "display_name_changed",
    memberEvent(BOB, BOB, { displayname: "Robert", membership: "join" }, bobJoined),
    "Bob changed their display name to Robert",
    "Bob zmienia nazwę wyświetlaną na Robert",
  ],
  [
    "display_name_set",
    memberEvent(BOB, BOB, bobJoined, { membership: "join" }),
    "@bob:localhost set their display name to Bob",
    "@bob:localhost ustawia nazwę wyświetlaną: Bob",
  ],
  [
    "display_name_removed",
    memberEvent(BOB, BOB, { membership: "join" }, bobJoined),
    "Bob removed their display name",
    "Bob usuwa swoją nazwę wyświetlaną",
  ],
  [
    "avatar_changed",
    memberEvent(BOB, BOB, { ...bobJoined, avatar_url: "mxc://localhost/new" }, { ...bobJoined, avatar_url: "mxc://localhost/old" }),
    "Bob changed their profile picture",
    "Bob zmienia zdjęcie profilowe",
  ],
  [
    "avatar_set",
    memberEvent(BOB, BOB, { ...bobJoined, avatar_url: "mxc://localhost/new" }, bobJoined),
    "Bob set a profile picture",
    "Bob ustawia zdjęcie profilowe",
  ],
  [
    "avatar_removed",
    memberEvent(BOB, BOB, bobJoined, { ...bobJoined, avatar_url: "mxc://localhost/old" }),
    "Bob removed their profile picture",
    "Bob usuwa zdjęcie profilowe",
  ],
  [
    "profile_changed",
    memberEvent(BOB, BOB, { displayname: "Robert", membership: "join", avatar_url: "mxc://localhost/new" }, bobJoined),
    "Bob changed their name and profile picture",
    "Bob zmienia nazwę i zdjęcie profilowe",
  ],
  [
    "third_party_accepted",
    memberEvent(ALICE, BOB, {
      ...bobInvited,
      third_party_invite: { display_name: "bob@example.org", signed: { mxid: BOB, token: "abc", signatures: {} } },
    }),
    "Bob accepted the invite for bob@example.org",
    "Bob przyjmuje zaproszenie wysłane na adres bob@example.org",
  ],
  [
    "third_party_sent",
    thirdPartyInviteEvent(ALICE, "abc", { display_name: "bob@example.org", key_validity_url: "https://id.example/", public_key: "k" }),
    "Alice invited bob@example.org",
    "Alice wysyła zaproszenie na adres bob@example.org",
  ],
  [
    "third_party_revoked",
    thirdPartyInviteEvent(ALICE, "abc", {}, { display_name: "bob@example.org" }),
    "Alice withdrew the invite for bob@example.org",
    "Alice wycofuje zaproszenie wysłane na adres bob@example.org",
  ],
  [
    "third_party_revoked_unknown",
    thirdPartyInviteEvent(ALICE, "abc", {}),
    "Alice withdrew an invite sent by email",
    "Alice wycofuje zaproszenie wysłane e-mailem",
  ],
];

describe("MembershipEventText: one sentence per kind", () => {
  it.each(cases)("writes %s in English", (kind, event, english) => {
    const { container } = renderLine({ event });
    expect(container.firstElementChild).toHaveAttribute("data-kind", kind);
    expect(container.textContent).toBe(english);
  });

  it.each(cases)("writes %s in Polish", (kind, event, _english, polish) => {
    const { container } = renderLine({ event }, "pl");
    expect(container.firstElementChild).toHaveAttribute("data-kind", kind);
    expect(container.textContent).toBe(polish);
  });

  it("covers every describeMembershipChange kind that has a sentence", () => {
    const kinds = new Set(cases.map(([kind]) => kind));
    for (const kind of [
      "joined", "invited", "invite_rejected", "invite_revoked", "left", "kicked", "banned", "unbanned", "knocked",
      "knock_retracted", "knock_denied", "knock_accepted", "display_name_changed", "avatar_changed", "profile_changed",
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});

describe("MembershipEventText: events that change nothing or cannot be read", () => {
  const repeatInvite = memberEvent(ALICE, BOB, bobInvited, bobInvited);
  const hostile = [
    null,
    "m.room.member",
    { type: "m.room.member", sender: "not a user", state_key: BOB, content: { membership: "join" } },
    memberEvent(BOB, BOB, { membership: "dance" }),
    memberEvent(BOB, BOB, { membership: "join" }, { membership: 7 } as Record<string, unknown>),
    thirdPartyInviteEvent(ALICE, "", { display_name: "x" }),
    { type: "m.room.message", sender: BOB, state_key: BOB, content: { body: "hi" } },
  ];

  it("renders nothing for a repeat invite that changes nothing", () => {
    expect(lineText({ event: repeatInvite })).toBeNull();
  });

  it("describes a repeat invite when asked to show hidden events", () => {
    const { container } = renderLine({ event: repeatInvite, showHidden: true });
    expect(container.firstElementChild).toHaveAttribute("data-kind", "no_change");
    expect(container.textContent).toBe("Bob sent a membership event that changes nothing");
  });

  it("describes it in Polish too", () => {
    expect(lineText({ event: repeatInvite, showHidden: true }, "pl")).toBe(
      "Bob wysyła zdarzenie członkostwa, które niczego nie zmienia",
    );
  });

  it.each(hostile.map((event, index) => [index, event]))("renders nothing for malformed event #%i", (_index, event) => {
    expect(lineText({ event })).toBeNull();
  });

  it.each(hostile.map((event, index) => [index, event]))("says malformed event #%i cannot be read when asked", (_index, event) => {
    expect(lineText({ event, showHidden: true })).toBe("A membership event that could not be read");
    expect(lineText({ event, showHidden: true }, "pl")).toBe("Nie można odczytać zdarzenia członkostwa");
  });
});

describe("MembershipEventText: names", () => {
  it("names the sender by user ID when nobody knows their name", () => {
    expect(lineText({ event: memberEvent(MALLORY, BOB, { membership: "ban" }, bobJoined) })).toBe("@mallory:localhost banned Bob");
  });

  it("prefers the event's own display name for the member it is about", () => {
    names[BOB] = "Someone Else";
    try {
      expect(lineText({ event: memberEvent(ALICE, BOB, bobInvited) })).toBe("Alice invited Bob");
    } finally {
      delete names[BOB];
    }
  });

  it("asks getMemberName for a member the event does not name", () => {
    const lookup = (userId: string) => (userId === BOB ? "Bobby" : "Alice");
    expect(lineText({ event: memberEvent(ALICE, BOB, { membership: "ban" }), getMemberName: lookup })).toBe(
      "Alice banned Bobby",
    );
  });

  it("falls back to the members list when there is no lookup", () => {
    expect(
      lineText({ event: memberEvent(ALICE, BOB, { membership: "ban" }), getMemberName: undefined, members: [{ userId: ALICE, displayName: "Alice L." }] }),
    ).toBe("Alice L. banned @bob:localhost");
  });

  it("shows the user ID beside a display name another member also uses", () => {
    const event = memberEvent(MALLORY, BOB, { displayname: "Bob", membership: "invite" });
    const members = [
      { userId: ALICE, displayName: "Alice Liddell" },
      { userId: MALLORY, displayName: "Alice Liddell" },
    ];
    expect(lineText({ event, getMemberName: undefined, members })).toBe("Alice Liddell (@mallory:localhost) invited Bob");
  });

  it("disambiguates two people in the same sentence who share a name", () => {
    const event = memberEvent(MALLORY, ALICE, { membership: "leave" }, { displayname: "Alice Liddell", membership: "join" });
    expect(lineText({ event, getMemberName: () => "Alice Liddell" })).toBe(
      "Alice Liddell (@mallory:localhost) removed Alice Liddell (@alice:localhost)",
    );
  });

  it("shows the real user ID beside a display name that pretends to be another user ID", () => {
    const event = memberEvent(MALLORY, MALLORY, { displayname: "@alice:localhost", membership: "join" });
    expect(lineText({ event })).toBe("@alice:localhost (@mallory:localhost) joined");
  });

  it("keeps names in <bdi> so a right-to-left name cannot reorder the sentence", () => {
    const { container } = renderLine({ event: memberEvent(BOB, BOB, { displayname: "בוב", membership: "join" }) });
    const bdi = container.querySelector("bdi");
    expect(bdi).toHaveTextContent("בוב");
    expect(bdi).toHaveAttribute("dir", "auto");
  });
});

describe("MembershipEventText: reasons", () => {
  it("renders a reason as plain text, never as HTML", () => {
    const { container } = renderLine({
      event: memberEvent(ALICE, BOB, { membership: "ban", reason: "<img src=x onerror=alert(1)><b>bold</b>" }, bobJoined),
    });
    expect(container.querySelector("img, b")).toBeNull();
    expect(container.textContent).toBe("Alice banned Bob: “<img src=x onerror=alert(1)><b>bold</b>”");
  });

  it("isolates the reason in its own <bdi>", () => {
    const { container } = renderLine({ event: memberEvent(ALICE, BOB, { membership: "ban", reason: "سبام" }, bobJoined) });
    const reason = container.querySelector(".mmui-membership-event-text__reason");
    expect(reason?.tagName).toBe("BDI");
    expect(reason).toHaveTextContent("سبام");
  });

  it("caps a long reason and marks the cut", () => {
    const event = memberEvent(ALICE, BOB, { membership: "ban", reason: "x".repeat(5000) }, bobJoined);
    const { container } = renderLine({ event, maxReasonLength: 40 });
    const reason = container.querySelector(".mmui-membership-event-text__reason")?.textContent ?? "";
    expect(reason).toHaveLength(40);
    expect(reason.endsWith("…")).toBe(true);
  });

  it("strips control and bidi override characters from a reason", () => {
    const event = memberEvent(ALICE, BOB, { membership: "ban", reason: "a\u202Eb\u0007c" }, bobJoined);
    expect(lineText({ event })).toBe("Alice banned Bob: “abc”");
  });
});

describe("MembershipEventText: the real Synapse capture", () => {
  const expected = [
    "Alice Liddell joined",
    "Alice invited Bob: “hi”",
    "Bob declined the invite: “busy”",
    "Alice invited Bob",
    "Alice withdrew Bob's invite: “oops”",
    "Bob asked to join: “let me in”",
    "Bob cancelled their request to join",
    "Bob asked to join",
    "Alice declined Bob's request to join: “not now”",
    "Bob asked to join",
    "Alice accepted Bob's request to join",
    "Bob joined",
    "Bob changed their display name to Robert",
    "Robert set a profile picture",
    "Robert left: “bye”",
    "Alice invited Bob",
    "Bob joined",
    "Alice removed Bob: “spam”",
    // The ban follows a kick: the event names nobody, so the user ID shows.
    "Alice banned @bob:localhost: “more spam”",
    "Alice unbanned @bob:localhost",
    "Alice invited Carol",
    "Carol joined",
    "Alice banned Carol",
  ];

  it("writes the expected line for every event of the capture", () => {
    const lines = transitions.timeline.map((event) => lineText({ event }));
    expect(lines).toEqual(expected);
  });
});

describe("MembershipEventText: element props", () => {
  it("passes className, ref and other attributes through", () => {
    const ref = createRef<HTMLSpanElement>();
    renderLine({ event: memberEvent(BOB, BOB, bobJoined), className: "mine", ref, "data-testid": "line" } as MembershipEventTextProps);
    const line = screen.getByTestId("line");
    expect(line).toHaveClass("mmui-membership-event-text", "mine");
    expect(ref.current).toBe(line);
  });
});
