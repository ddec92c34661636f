/**
 * The invite's trust level in words ("Unknown sender") and the "Why am I seeing this?"
 * disclosure, which lists the reasons `assessInvite` gave in plain sentences. The rule lives
 * in the core; this only words its codes and facts.
 */
import { useId, useState } from "react";
import type { ReactNode } from "react";
import type { InviteAssessment, InviteTrustReason } from "../../core/inviteAssessment";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enTrust } from "../../i18n/english";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";

/** Props of {@link InviteTrust}. */
export interface InviteTrustProps {
  /** What `assessInvite` said about the invite's sender. */
  assessment: InviteAssessment;
}

type TrustI18n = ReturnType<typeof useTrustI18n>;

function useTrustI18n() {
  return useI18n(enTrust, enCommon);
}

/** The level as a short label, and a disclosure button that shows or hides the reasons. */
export function InviteTrust({ assessment }: InviteTrustProps) {
  const i18n = useTrustI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { level } = assessment;
  return (
    <div className="mmui-invite-preview__trust" data-level={level}>
      <div className="mmui-invite-preview__trust-row">
        <p className="mmui-invite-preview__trust-level" data-mmui-warning={level === "suspicious" ? "" : undefined}>
          {i18n.t(`trust.level.${level}`)}
        </p>
        <Button
          variant="ghost"
          size="small"
          className="mmui-invite-preview__why-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {i18n.t("trust.why")}
        </Button>
      </div>
      <ul id={id} className="mmui-invite-preview__why" hidden={!open}>
        {open ? describeAssessment(assessment, i18n).map(({ key, text }) => <li key={key}>{text}</li>) : null}
      </ul>
    </div>
  );
}

/** One sentence of the disclosure. */
interface TrustSentence {
  key: string;
  text: ReactNode;
}

/**
 * The sentences for an assessment: for a known sender why they are known, then one per
 * reason (one per imitated contact for `name_like_contact`); "nothing is known" when an
 * unknown sender has no reason against them.
 */
function describeAssessment(assessment: InviteAssessment, i18n: TrustI18n): TrustSentence[] {
  const { level, reasons, details } = assessment;
  const sender = details.senderId === undefined ? undefined : <NetworkText>{details.senderId}</NetworkText>;
  const sentences: TrustSentence[] = [];
  if (level === "known" && sender !== undefined) {
    const shared = details.sharedRoomCount ?? 0;
    sentences.push({
      key: "known",
      text: shared > 0 ? i18n.t("trust.known.shared_rooms", { count: shared, userId: sender }) : i18n.t("trust.known.contact", { userId: sender }),
    });
  }
  for (const reason of reasons) sentences.push(...describeReason(reason, assessment, sender, i18n));
  if (sentences.length === 0) sentences.push({ key: "nothing", text: i18n.t("trust.nothing_known") });
  return sentences;
}

function describeReason(reason: InviteTrustReason, assessment: InviteAssessment, sender: ReactNode, i18n: TrustI18n): TrustSentence[] {
  const { details } = assessment;
  switch (reason) {
    case "no_shared_room":
      return sender === undefined ? [] : [{ key: reason, text: i18n.t("trust.reason.no_shared_room", { userId: sender }) }];
    case "name_is_user_id":
      return sender === undefined ? [] : [{ key: reason, text: i18n.t("trust.reason.name_is_user_id", { userId: sender }) }];
    case "name_like_contact":
      return (details.lookalikeContacts ?? []).map((contact) => {
        const userId = <NetworkText>{contact.userId}</NetworkText>;
        const identity = contact.displayName
          ? i18n.t("common.name_with_user_id", { name: <NetworkText>{contact.displayName}</NetworkText>, userId })
          : userId;
        return { key: `${reason}:${contact.userId}`, text: i18n.t("trust.reason.name_like_contact", { contact: identity }) };
      });
    case "invite_wave": {
      if (details.wave === undefined) return [];
      // A window under a minute still reads "within 1 minute", which stays true.
      const minutes = Math.max(1, Math.ceil(details.wave.windowMs / 60_000));
      const window = i18n.plural("trust.minutes", minutes);
      return [{ key: reason, text: i18n.t("trust.reason.invite_wave", { count: details.wave.count, window }) }];
    }
    case "unknown_dm":
      return [{ key: reason, text: i18n.t("trust.reason.unknown_dm") }];
    case "preview_changed":
      return [{ key: reason, text: i18n.t("trust.reason.preview_changed") }];
    default:
      return reason satisfies never;
  }
}
