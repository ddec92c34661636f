/**
 * Which words a member action uses, from the action and the target's membership: removing
 * an invited member is a "Withdraw invite", inviting a knocking one accepts their request.
 */
import type { Membership } from "../../core/types";
import type { MemberAction } from "../../core/flows/memberAction";

/** The wording of one action button and its dialog. */
export type MemberActionWording = "invite" | "accept_knock" | "kick" | "disinvite" | "deny_knock" | "ban" | "unban";

/** The wording for `action` on a target whose membership is `membership`. */
export function wordingOf(action: MemberAction, membership: Membership | "invalid"): MemberActionWording {
  switch (action) {
    case "invite":
      return membership === "knock" ? "accept_knock" : "invite";
    case "kick":
      if (membership === "invite") return "disinvite";
      if (membership === "knock") return "deny_knock";
      return "kick";
    case "ban":
      return "ban";
    case "unban":
      return "unban";
    default:
      return action satisfies never;
  }
}

/**
 * The look of a wording's button in the member panel: accepting a request is the main action,
 * removing or banning someone is outlined in red, anything else is secondary. Solid red is kept
 * for the confirm button in the dialog.
 */
export function buttonVariantOf(wording: MemberActionWording): "primary" | "secondary" | "danger-outline" {
  switch (wording) {
    case "accept_knock":
      return "primary";
    case "kick":
    case "ban":
      return "danger-outline";
    case "invite":
    case "disinvite":
    case "deny_knock":
    case "unban":
      return "secondary";
    default:
      return wording satisfies never;
  }
}

/** Whether the wording takes something away from the target (its dialog warns and its button is red). */
export function isDestructive(wording: MemberActionWording): wording is "kick" | "disinvite" | "deny_knock" | "ban" {
  return wording === "kick" || wording === "disinvite" || wording === "deny_knock" || wording === "ban";
}
