/** The room's properties as badges: encrypted, join rule, space, direct message. */
import type { RoomSummary } from "../../core/types";
import type { I18n, MessageKey } from "../../i18n/types";
import { useI18n } from "../../i18n/I18nProvider";
import { enInvite } from "../../i18n/english";
import { Badge } from "../shared/Badge";
import type { BadgeVariant } from "../shared/Badge";

/** Props of {@link RoomBadges}. */
export interface RoomBadgesProps {
  /** The summary whose properties to show. */
  summary: RoomSummary;
}

interface BadgeSpec {
  key: MessageKey;
  variant: BadgeVariant;
}

function joinRuleBadge(joinRule: RoomSummary["joinRule"]): BadgeSpec | undefined {
  switch (joinRule) {
    case undefined:
      return undefined;
    case "public":
      return { key: "invite.badge.public", variant: "warning" };
    case "invite":
    case "private":
      return { key: "invite.badge.invite_only", variant: "neutral" };
    case "knock":
      return { key: "invite.badge.ask_to_join", variant: "neutral" };
    case "restricted":
    case "knock_restricted":
      return { key: "invite.badge.restricted", variant: "neutral" };
    default:
      return joinRule satisfies never;
  }
}

/** Lists the badges that apply; renders nothing when none does. */
export function RoomBadges({ summary }: RoomBadgesProps) {
  // Widened: the badge keys are typed `MessageKey` (all of them are `invite.` keys).
  const i18n: I18n<MessageKey> = useI18n(enInvite);
  const badges: BadgeSpec[] = [];
  if (summary.isSpace) badges.push({ key: "invite.badge.space", variant: "info" });
  if (summary.isDirect) badges.push({ key: "invite.badge.direct", variant: "info" });
  if (summary.isEncrypted) badges.push({ key: "invite.badge.encrypted", variant: "success" });
  const rule = joinRuleBadge(summary.joinRule);
  if (rule) badges.push(rule);
  if (badges.length === 0) return null;
  return (
    <ul className="mmui-invite-preview__badges" aria-label={i18n.t("invite.badges_label")}>
      {badges.map((badge) => (
        <li key={badge.key}>
          <Badge variant={badge.variant}>{i18n.t(badge.key)}</Badge>
        </li>
      ))}
    </ul>
  );
}
