import { describe, expect, it } from "vitest";
import { inviteMediaPolicy, mayLoadAvatars } from "../../src/core/mediaPolicy";
import type { MediaPolicy } from "../../src/core/mediaPolicy";

describe("mayLoadAvatars: no media request unless the user's policy allows it", () => {
  it("loads nothing without a policy", () => {
    expect(mayLoadAvatars(undefined)).toBe(false);
  });

  it("loads avatars only when the policy says showAvatars: true", () => {
    expect(mayLoadAvatars({ showAvatars: true })).toBe(true);
    expect(mayLoadAvatars({ showAvatars: false })).toBe(false);
  });

  it.each([["a truthy string", { showAvatars: "yes" }], ["an empty object", {}], ["null", null], ["a number", 1]])(
    "loads nothing for %s from untyped JavaScript",
    (_kind, policy) => {
      expect(mayLoadAvatars(policy as unknown as MediaPolicy)).toBe(false);
    },
  );

  it("loads nothing when reading the policy throws", () => {
    const hostile = Object.defineProperty({}, "showAvatars", {
      get() {
        throw new Error("boom");
      },
    }) as MediaPolicy;
    expect(mayLoadAvatars(hostile)).toBe(false);
  });
});

describe("inviteMediaPolicy: the user's m.media_preview_config for invites", () => {
  it("follows invite_avatars", () => {
    expect(inviteMediaPolicy({ inviteAvatars: true })).toEqual({ showAvatars: true });
    expect(inviteMediaPolicy({ inviteAvatars: false })).toEqual({ showAvatars: false });
  });

  it("loads nothing while the setting is unknown", () => {
    expect(inviteMediaPolicy(undefined)).toEqual({ showAvatars: false });
  });

  it("gives the same object for the same choice, so a component does not re-render for nothing", () => {
    expect(inviteMediaPolicy({ inviteAvatars: true })).toBe(inviteMediaPolicy({ inviteAvatars: true }));
  });
});
