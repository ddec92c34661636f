import type { ComponentPropsWithRef } from "react";
import { describePowerLevel } from "../../core/powerLevels";
import type { PowerLevelDescription } from "../../core/powerLevels";
import { useI18n } from "../../i18n/I18nProvider";
import { enMembers } from "../../i18n/english";
import { Badge } from "../shared/Badge";
import { VisuallyHidden } from "../shared/VisuallyHidden";
import type { BadgeVariant } from "../shared/Badge";
import "./PowerLevelBadge.css";

/** Props of {@link PowerLevelBadge}. */
export interface PowerLevelBadgeProps extends Omit<ComponentPropsWithRef<"span">, "children"> {
  /** The room's live state (`GET /rooms/{roomId}/state`), read with the spec's defaults. */
  stateEvents?: unknown;
  /** Whose level to show. */
  userId?: string;
  /** A description you already have (`describePowerLevel`); used instead of `stateEvents` + `userId`. */
  description?: PowerLevelDescription;
  /** Also show a badge for members at the room's default level (hidden by default: most members are). */
  showDefault?: boolean;
}

const VARIANTS: Record<PowerLevelDescription["kind"], BadgeVariant> = {
  creator: "warning",
  admin: "info",
  moderator: "success",
  custom: "neutral",
  default: "neutral",
};

/**
 * A member's role from the room's power levels: "Owner" for room version 12 creators
 * (infinite power), "Admin" (100+), "Moderator" (50+), "Level 20" for anything else above
 * or below the default. Members at the default level get no badge unless `showDefault`.
 * Broken state or an invalid user ID renders nothing. `data-kind` names the role; the
 * numeric level is read out as visually hidden text ("Admin, Power level 100") and shown
 * as a tooltip (`title`).
 */
export function PowerLevelBadge({ stateEvents, userId, description, showDefault = false, className, ...rest }: PowerLevelBadgeProps) {
  const i18n = useI18n(enMembers);
  const level = description ?? (userId === undefined ? undefined : describePowerLevel(stateEvents, userId));
  if (!level || (level.kind === "default" && !showDefault)) return null;
  const label =
    level.kind === "custom"
      ? i18n.t("members.power.custom", { level: level.level })
      : i18n.t(`members.power.${level.kind}`);
  const detail =
    level.level === Infinity
      ? i18n.t("members.power.infinite_description")
      : i18n.t("members.power.level_description", { level: level.level });
  return (
    <Badge
      {...rest}
      variant={VARIANTS[level.kind]}
      className={className ? `mmui-power-level-badge ${className}` : "mmui-power-level-badge"}
      data-kind={level.kind}
      title={detail}
    >
      {label}
      {/* `title` is a tooltip for pointer users only: screen readers get the level as text. */}
      <VisuallyHidden>, {detail}</VisuallyHidden>
    </Badge>
  );
}
