/**
 * What the inbox hides for each trust level (`assessInvite`'s `level`): the host decides,
 * within three switches (avatars, the invite message, the whole invite behind a fold), and
 * the defaults are conservative. The one place the components read it from.
 */
import type { InviteTrustLevel } from "./inviteAssessment";

/**
 * How an invite at one trust level is shown:
 * - `avatars`: `show` the room's and the sender's pictures, or `hide` them (initials instead;
 *   nothing is fetched, so a sender learns nothing from the request);
 * - `message`: the invite's message (`reason`) shown (`show`), behind "Show message"
 *   (`collapse`), or left out (`hide`);
 * - `invite`: the invite shown in its group (`show`), or in a collapsed group with its count
 *   (`fold`: "Probably spam").
 */
export interface InviteTreatment {
  /** Whether avatars are shown. */
  avatars: "show" | "hide";
  /** Whether the invite message is shown, collapsed or left out. */
  message: "show" | "collapse" | "hide";
  /** Whether the invite is shown or folded away with the others of its level. */
  invite: "show" | "fold";
}

/** The host's choices, per level and per switch; anything left out (or not one of the values) keeps the default. */
export type InviteGradingOptions = { readonly [Level in InviteTrustLevel]?: Partial<InviteTreatment> };

/**
 * The defaults: `known` shows everything; `unknown` hides avatars and collapses the message;
 * `suspicious` also folds the invite into the collapsed "Probably spam" group.
 */
const DEFAULT_GRADING: { readonly [Level in InviteTrustLevel]: Readonly<InviteTreatment> } = {
  known: { avatars: "show", message: "show", invite: "show" },
  unknown: { avatars: "hide", message: "collapse", invite: "show" },
  suspicious: { avatars: "hide", message: "collapse", invite: "fold" },
};

const AVATARS: readonly InviteTreatment["avatars"][] = ["show", "hide"];
const MESSAGES: readonly InviteTreatment["message"][] = ["show", "collapse", "hide"];
const INVITES: readonly InviteTreatment["invite"][] = ["show", "fold"];

/**
 * How to show an invite at `level`: the host's `grading` for that level over the defaults
 * (`unknown`: avatars hidden, message collapsed; `suspicious`: also folded). A level that is
 * not one of the three is treated as `suspicious`, the most careful. Pure; never throws,
 * whatever `grading` holds (unreadable or unknown values keep the default).
 */
export function getInviteTreatment(level: InviteTrustLevel, grading?: InviteGradingOptions): InviteTreatment {
  const safeLevel: InviteTrustLevel = level === "known" || level === "unknown" ? level : "suspicious";
  const defaults = DEFAULT_GRADING[safeLevel];
  let chosen: unknown;
  try {
    chosen = typeof grading === "object" && grading !== null ? grading[safeLevel] : undefined;
  } catch {
    chosen = undefined;
  }
  return {
    avatars: pick(chosen, "avatars", AVATARS, defaults.avatars),
    message: pick(chosen, "message", MESSAGES, defaults.message),
    invite: pick(chosen, "invite", INVITES, defaults.invite),
  };
}

/** The host's value for one switch when it is one of `allowed`, else the default. */
function pick<Value extends string>(chosen: unknown, key: keyof InviteTreatment, allowed: readonly Value[], fallback: Value): Value {
  try {
    const value: unknown = typeof chosen === "object" && chosen !== null ? (chosen as Record<string, unknown>)[key] : undefined;
    return allowed.find((candidate) => candidate === value) ?? fallback;
  } catch {
    return fallback;
  }
}
