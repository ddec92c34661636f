import type { ComponentPropsWithRef, ReactNode } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox } from "../../i18n/english";
import { Button } from "../shared/Button";
import { VisuallyHidden } from "../shared/VisuallyHidden";
import type { InviteGroupKind } from "./groupInvites";

/** Props of {@link InviteGroupHeading}. */
export interface InviteGroupHeadingProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** Heading level. */
  level: 2 | 3 | 4;
  /** The group's name, in words. */
  name: string;
  /** How many invites the group shows. */
  count: number;
  /** Which group (exposed as `data-group`, and to find the "Decline all" button again). */
  group: InviteGroupKind;
  /** A note under the heading. */
  note?: string;
  /** Shows "Decline all" when given. */
  onDeclineAll?(): void;
  /** Shown under the heading: the "Decline all" confirmation of this group. */
  panel?: ReactNode;
  /** More controls of the group, after "Decline all" (triage: show/hide, select all, ignore senders). */
  actions?: ReactNode;
  /** Whether the group's rows are folded away (`data-collapsed`); only the heading and its count show. */
  collapsed?: boolean;
}

/** A group heading in the inbox: the name, the count, and the group's "Decline all" button. */
export function InviteGroupHeading({ level, name, count, group, note, onDeclineAll, panel, actions, collapsed, className, ...rest }: InviteGroupHeadingProps) {
  const i18n = useI18n(enInbox);
  const Heading = `h${level}` as const;
  return (
    <div
      {...rest}
      className={className ? `mmui-invite-list__group ${className}` : "mmui-invite-list__group"}
      data-group={group}
      data-collapsed={collapsed || undefined}
    >
      <div className="mmui-invite-list__group-line">
        <Heading className="mmui-invite-list__group-title">
          {name}
          <span className="mmui-invite-list__group-count" aria-hidden="true">
            {i18n.formatNumber(count)}
          </span>
          <VisuallyHidden>{`, ${i18n.plural("inbox.group.count", count)}`}</VisuallyHidden>
        </Heading>
        {onDeclineAll ? (
          <Button
            size="small"
            variant="ghost"
            data-decline-all={group}
            aria-label={i18n.plural("inbox.decline_all_label", count, { group: name })}
            onClick={onDeclineAll}
          >
            {i18n.t("inbox.decline_all")}
          </Button>
        ) : null}
        {actions}
      </div>
      {note ? <p className="mmui-invite-list__group-note">{note}</p> : null}
      {panel}
    </div>
  );
}
