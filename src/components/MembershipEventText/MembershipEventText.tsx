import type { ComponentPropsWithRef } from "react";
import { readTimelineEvent } from "../../core/timelineEvent";
import type { RoomMember } from "../../core/types";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enMembership } from "../../i18n/english";
import { formatMembershipLine } from "./formatMembershipLine";
import type { GetMemberName } from "./memberNames";
import "./MembershipEventText.css";

/** Props of {@link MembershipEventText}. */
export interface MembershipEventTextProps extends Omit<ComponentPropsWithRef<"span">, "children"> {
  /** The timeline event: an `m.room.member` or `m.room.third_party_invite` event, as received (untrusted). */
  event: unknown;
  /**
   * Looks up a member's display name, for users the event does not name (the sender of a
   * kick or an invite). The event's own `displayname` wins for the member it is about.
   */
  getMemberName?: GetMemberName;
  /** The room's members, so a name that collides with another member's is shown with its user ID. */
  members?: readonly RoomMember[];
  /** Also show events that change nothing and malformed ones (hidden by default, like other clients). */
  showHidden?: boolean;
  /** Longest reason shown, in UTF-16 code units (default 256); longer ones end in "…". */
  maxReasonLength?: number;
}

/**
 * One timeline line for a membership event: "Alice invited Bob", "Alice removed Bob: spam",
 * "Bob changed their display name to Robert", "Alice invited bob@example.org". Every
 * `describeMembershipChange` kind has its sentence. Names and reasons are plain network
 * text in `<bdi>`; names colliding with another member's carry the user ID. Events that
 * change nothing, and malformed ones, render nothing unless `showHidden` is set.
 * `data-kind` names the sentence.
 */
export function MembershipEventText({
  event,
  getMemberName,
  members,
  showHidden = false,
  maxReasonLength,
  className,
  ...rest
}: MembershipEventTextProps) {
  const i18n = useI18n(enMembership, enCommon);
  const line = readTimelineEvent(event);
  if (!showHidden && (line.kind === "invalid" || line.kind === "no_change")) return null;
  return (
    <span
      {...rest}
      className={className ? `mmui-membership-event-text ${className}` : "mmui-membership-event-text"}
      data-kind={line.kind}
    >
      {formatMembershipLine(line, i18n, { getMemberName, members, maxReasonLength })}
    </span>
  );
}
