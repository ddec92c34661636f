/**
 * The live facts of an invite shown in full, from `checkInviteFreshness`: while the check
 * runs, a "checking" line; once it answered, the member count now and what changed since the
 * invite ("Renamed since you were invited: now “X”", "Nobody is in this room any more").
 * When the facts could not be had, nothing: the preview keeps its "may be out of date" hint.
 */
import type { ReactNode } from "react";
import type { InviteFreshness, InviteFreshnessChange } from "../../core/flows/inviteFreshness";
import type { UseInviteFreshnessResult } from "../../hooks/useInviteFreshness";
import { useI18n } from "../../i18n/I18nProvider";
import { enTrust } from "../../i18n/english";
import { NetworkText } from "../shared/NetworkText";

/**
 * Where an invite's freshness check stands, as `useInviteFreshness` returns it: `idle` (not
 * asked), `checking`, or `done` with what `checkInviteFreshness` found.
 */
export type InvitePreviewFreshnessCheck = Pick<UseInviteFreshnessResult, "status" | "freshness">;

/** Whether a check has live facts to show (answered, and available). */
export function hasLiveFacts(check: InvitePreviewFreshnessCheck | undefined): check is { status: "done"; freshness: InviteFreshness } {
  return check?.status === "done" && check.freshness?.available === true;
}

/** Whether a check found nobody left in the room (the dead invite). */
export function isRoomEmpty(check: InvitePreviewFreshnessCheck | undefined): boolean {
  return hasLiveFacts(check) && check.freshness.changes.includes("room_empty");
}

/** Props of {@link InviteFreshnessFacts}. */
export interface InviteFreshnessFactsProps {
  /** The check's state. */
  check: InvitePreviewFreshnessCheck;
}

/** "Checking…" while the check runs, then the live facts; nothing when idle or unavailable. */
export function InviteFreshnessFacts({ check }: InviteFreshnessFactsProps) {
  const i18n = useI18n(enTrust);
  if (check.status === "checking") {
    return (
      <p className="mmui-invite-preview__facts" data-state="checking">
        {i18n.t("trust.freshness.checking")}
      </p>
    );
  }
  if (!hasLiveFacts(check)) return null;
  const { changes, joinedMemberCount, preview } = check.freshness;
  const empty = changes.includes("room_empty");
  const lines: { key: string; text: ReactNode; warning?: boolean }[] = [];
  if (joinedMemberCount !== undefined && !empty) {
    lines.push({ key: "members", text: i18n.plural("trust.freshness.member_count", joinedMemberCount) });
  }
  for (const change of changes) lines.push({ key: change, text: describeChange(change, preview?.name, i18n), warning: change === "room_empty" });
  if (empty) lines.push({ key: "room_empty_hint", text: i18n.t("trust.freshness.room_empty_hint") });
  if (changes.length === 0) lines.push({ key: "unchanged", text: i18n.t("trust.freshness.unchanged") });
  return (
    <ul className="mmui-invite-preview__facts" data-state={empty ? "room-empty" : changes.length > 0 ? "changed" : "unchanged"}>
      {lines.map(({ key, text, warning }) => (
        <li key={key} data-mmui-warning={warning ? "" : undefined}>
          {text}
        </li>
      ))}
    </ul>
  );
}

function describeChange(change: InviteFreshnessChange, name: string | undefined, i18n: ReturnType<typeof useI18n<[typeof enTrust]>>): ReactNode {
  switch (change) {
    case "renamed":
      return name ? i18n.t("trust.freshness.renamed", { name: <NetworkText>{name}</NetworkText> }) : i18n.t("trust.freshness.renamed_unnamed");
    case "avatar_changed":
      return i18n.t("trust.freshness.avatar_changed");
    case "topic_changed":
      return i18n.t("trust.freshness.topic_changed");
    case "join_rule_changed":
      return i18n.t("trust.freshness.join_rule_changed");
    case "room_empty":
      return i18n.t("trust.freshness.room_empty");
    default:
      return change satisfies never;
  }
}
