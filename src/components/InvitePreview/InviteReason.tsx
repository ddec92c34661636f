/**
 * The invite's message (the `reason` of the invite event), hidden behind "Show message" as
 * the spec advises: invite reasons are a spam vector. Shown as plain, isolated text.
 */
import { useId, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { enInvite } from "../../i18n/english";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";

/** Props of {@link InviteReason}. */
export interface InviteReasonProps {
  /** The cleaned reason text. */
  reason: string;
  /** Whether the message starts shown (a trusted sender's, by the grading); collapsed by default. */
  defaultShown?: boolean;
}

/** A disclosure button and, once opened, the inviter's message in its own box. */
export function InviteReason({ reason, defaultShown = false }: InviteReasonProps) {
  const i18n = useI18n(enInvite);
  const id = useId();
  const [shown, setShown] = useState(defaultShown);
  return (
    <div className="mmui-invite-preview__reason-block">
      <Button
        variant="link"
        className="mmui-invite-preview__reason-toggle"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((value) => !value)}
      >
        {i18n.t(shown ? "invite.reason_hide" : "invite.reason_show")}
      </Button>
      <figure id={id} className="mmui-invite-preview__reason" hidden={!shown}>
        <figcaption className="mmui-invite-preview__reason-caption">{i18n.t("invite.reason_heading")}</figcaption>
        {shown ? (
          <blockquote className="mmui-invite-preview__reason-text" dir="auto">
            <NetworkText>{reason}</NetworkText>
          </blockquote>
        ) : null}
      </figure>
    </div>
  );
}
