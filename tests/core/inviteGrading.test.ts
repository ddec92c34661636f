/**
 * `getInviteTreatment`: what each trust level hides by default, and the host's overrides.
 */
import { describe, expect, it } from "vitest";
import { getInviteTreatment } from "../../src/core";
import type { InviteTrustLevel } from "../../src/core";

describe("getInviteTreatment defaults", () => {
  it("shows everything from known senders", () => {
    expect(getInviteTreatment("known")).toEqual({ avatars: "show", message: "show", invite: "show" });
  });

  it("hides avatars and collapses the message from unknown senders", () => {
    expect(getInviteTreatment("unknown")).toEqual({ avatars: "hide", message: "collapse", invite: "show" });
  });

  it("also folds suspicious invites into the collapsed group", () => {
    expect(getInviteTreatment("suspicious")).toEqual({ avatars: "hide", message: "collapse", invite: "fold" });
  });

  it("treats a level it does not know as suspicious", () => {
    expect(getInviteTreatment("trusted" as InviteTrustLevel)).toEqual(getInviteTreatment("suspicious"));
  });
});

describe("getInviteTreatment with the host's grading", () => {
  it("applies each override to its level only, keeping the other switches", () => {
    const grading = { unknown: { avatars: "show" as const }, suspicious: { message: "hide" as const, invite: "show" as const } };
    expect(getInviteTreatment("unknown", grading)).toEqual({ avatars: "show", message: "collapse", invite: "show" });
    expect(getInviteTreatment("suspicious", grading)).toEqual({ avatars: "hide", message: "hide", invite: "show" });
    expect(getInviteTreatment("known", grading)).toEqual({ avatars: "show", message: "show", invite: "show" });
  });

  it("keeps the default for values that are not allowed", () => {
    expect(getInviteTreatment("unknown", { unknown: { avatars: "blur" as never, message: null as never } })).toEqual(getInviteTreatment("unknown"));
  });
});
