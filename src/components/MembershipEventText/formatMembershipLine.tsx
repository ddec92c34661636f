/**
 * A read timeline event ({@link MembershipLine}) as a sentence in the active locale. Names
 * and reasons are network text inside `<bdi>`; our words come from the `membership` area.
 */
import type { ReactNode } from "react";
import { truncate } from "../../core/text";
import type { MembershipLine, ReadMembershipLine } from "../../core/timelineEvent";
import { common } from "../../i18n/locales/en/common";
import { membership } from "../../i18n/locales/en/membership";
import { withEnglishAreas } from "../../i18n/translator";
import type { I18n, MessageKey } from "../../i18n/types";
import { NetworkText } from "../shared/NetworkText";
import { formatName, lookUpName, resolveNames } from "./memberNames";
import type { NameSources } from "./memberNames";

/** Longest reason shown in a timeline line by default, in UTF-16 code units (ellipsis included). */
export const DEFAULT_MAX_REASON_LENGTH = 256;

/** Options of {@link formatMembershipLine}. */
export interface FormatMembershipLineOptions extends NameSources {
  /** Cap for the reason shown; longer reasons end in "…". Defaults to 256 characters. */
  maxReasonLength?: number;
}

/** The name the sentence's subject goes by: the old name for name changes, the event's name otherwise. */
function subjectName(line: ReadMembershipLine, sources: NameSources): string | undefined {
  if (line.target === undefined) return undefined;
  switch (line.kind) {
    case "display_name_changed":
    case "display_name_removed":
      return line.oldName;
    case "profile_changed":
      return line.oldName ?? line.targetName ?? lookUpName(line.target, sources);
    case "display_name_set":
      // No name before: the user ID is what people knew them by.
      return undefined;
    default:
      return line.targetName ?? lookUpName(line.target, sources);
  }
}

/**
 * The sentence for `line`, with the reason appended when the event has one. Brings its own
 * English (`membership`, `common`), so any translator from `useI18n` will do.
 */
export function formatMembershipLine(
  line: MembershipLine,
  translator: I18n<MessageKey>,
  options: FormatMembershipLineOptions = {},
): ReactNode {
  const i18n = withEnglishAreas(translator, membership, common);
  if (line.kind === "invalid") return i18n.t("membership.event.invalid");
  const targetId = line.target ?? line.actor;
  const targetName = subjectName(line, options);
  const actorName = line.actor === line.target ? targetName : lookUpName(line.actor, options);
  const wanted = [{ userId: line.actor, displayName: actorName }];
  if (line.target !== undefined) wanted.push({ userId: targetId, displayName: targetName });
  if (line.newName !== undefined) wanted.push({ userId: targetId, displayName: line.newName });
  const [actor, target = actor, newName] = resolveNames(wanted, options.members);
  const params = {
    actor: actor ? formatName(actor, i18n) : null,
    target: target ? formatName(target, i18n) : null,
    oldName: target ? formatName(target, i18n) : null,
    newName: newName ? formatName(newName, i18n) : null,
    address: line.address === undefined ? null : <NetworkText>{line.address}</NetworkText>,
  };
  const text = i18n.t(`membership.event.${line.kind}`, params);
  if (line.reason === undefined) return text;
  const reason = truncate(line.reason, options.maxReasonLength ?? DEFAULT_MAX_REASON_LENGTH);
  return i18n.t("membership.event.with_reason", {
    text,
    reason: <NetworkText className="mmui-membership-event-text__reason">{reason}</NetworkText>,
  });
}
