import { useId, useState } from "react";
import type { ComponentPropsWithRef } from "react";
import { readTimelineEvent } from "../../core/timelineEvent";
import type { RoomMember } from "../../core/types";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enMembership } from "../../i18n/english";
import { MembershipEventText } from "../MembershipEventText/MembershipEventText";
import type { GetMemberName } from "../MembershipEventText/memberNames";
import { Button } from "../shared/Button";
import { summarizeMembershipLines } from "./summarizeMembershipLines";
import "./MembershipEventSummary.css";

/** Props of {@link MembershipEventSummary}. */
export interface MembershipEventSummaryProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** A run of consecutive membership events (`m.room.member`, `m.room.third_party_invite`), as received. */
  events: readonly unknown[];
  /** Looks up members' display names for users the events do not name. */
  getMemberName?: GetMemberName;
  /** The room's members, so colliding names carry their user ID. */
  members?: readonly RoomMember[];
  /** Names per group before "and N others" (default 2). */
  maxNames?: number;
  /** Also count events that change nothing and malformed ones. */
  showHidden?: boolean;
  /** Longest reason shown in the expanded lines (default 256). */
  maxReasonLength?: number;
  /** Whether the individual lines show at first (uncontrolled). */
  defaultExpanded?: boolean;
  /** Whether the individual lines show (controlled); pair with `onExpandedChange`. */
  expanded?: boolean;
  /** Called when the disclosure button is pressed. */
  onExpandedChange?: (expanded: boolean) => void;
}

/**
 * Collapses a run of membership events into one line ("Alice, Bob and 3 others joined;
 * Carol left") with a disclosure button (`aria-expanded`) that reveals the individual
 * lines. A run with a single visible event shows just that line; an empty run renders
 * nothing. `data-state` is `collapsed` or `expanded`.
 */
export function MembershipEventSummary({
  events,
  getMemberName,
  members,
  maxNames,
  showHidden = false,
  maxReasonLength,
  defaultExpanded = false,
  expanded: controlledExpanded,
  onExpandedChange,
  className,
  ...rest
}: MembershipEventSummaryProps) {
  const i18n = useI18n(enMembership, enCommon);
  const listId = useId();
  const [uncontrolledExpanded, setUncontrolledExpanded] = useState(defaultExpanded);
  const expanded = controlledExpanded ?? uncontrolledExpanded;
  const visible = events
    .map((event) => ({ event, line: readTimelineEvent(event) }))
    .filter(({ line }) => showHidden || (line.kind !== "invalid" && line.kind !== "no_change"));
  if (visible.length === 0) return null;
  const classes = className ? `mmui-membership-event-summary ${className}` : "mmui-membership-event-summary";
  const lineProps = { getMemberName, members, maxReasonLength, showHidden };

  if (visible.length === 1) {
    return (
      <div {...rest} className={classes} data-state="single">
        <MembershipEventText {...lineProps} event={visible[0]?.event} />
      </div>
    );
  }

  function toggle() {
    const next = !expanded;
    if (controlledExpanded === undefined) setUncontrolledExpanded(next);
    onExpandedChange?.(next);
  }

  return (
    <div {...rest} className={classes} data-state={expanded ? "expanded" : "collapsed"}>
      <p className="mmui-membership-event-summary__line">
        <span className="mmui-membership-event-summary__text">
          {summarizeMembershipLines(
            visible.map(({ line }) => line),
            i18n,
            { getMemberName, members, maxNames },
          )}
        </span>{" "}
        <Button
          variant="link"
          className="mmui-membership-event-summary__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={toggle}
        >
          {expanded ? i18n.t("membership.summary.collapse") : i18n.plural("membership.summary.expand", visible.length)}
        </Button>
      </p>
      <ul id={listId} className="mmui-membership-event-summary__list" hidden={!expanded}>
        {visible.map(({ event }, index) => (
          <li key={index}>
            <MembershipEventText {...lineProps} event={event} />
          </li>
        ))}
      </ul>
    </div>
  );
}
