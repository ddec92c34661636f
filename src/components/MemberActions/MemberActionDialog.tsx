import "../shared/Dialog.css";
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent, ReactNode, SyntheticEvent } from "react";
import { MAX_LONG_TEXT_LENGTH } from "../../core/text";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enMembers } from "../../i18n/english";
import { Button } from "../shared/Button";
import { ReasonField } from "../shared/ReasonField";
import { isDestructive } from "./memberActionLabels";
import type { MemberActionWording } from "./memberActionLabels";

/** Props of {@link MemberActionDialog}. */
export interface MemberActionDialogProps {
  /** The action being confirmed, or `undefined` when the dialog is closed. */
  wording: MemberActionWording | undefined;
  /** The member, as nodes (name and user ID in `<bdi>`). */
  name: ReactNode;
  /** Confirmed, with the optional reason (trimmed; `undefined` when blank). */
  onConfirm(reason: string | undefined): void;
  /** Cancel, Escape or the browser closed it. */
  onCancel(): void;
}

/**
 * Asks for an optional reason before a member action, in a native modal `<dialog>`:
 * destructive actions say what they do and confirm with a red button. Focus goes to the
 * reason field on open and back to the opener on close.
 */
export function MemberActionDialog({ wording, name, onConfirm, onCancel }: MemberActionDialogProps) {
  const i18n = useI18n(enMembers, enCommon);
  const titleId = useId();
  const warningId = useId();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement | null>(null);
  const answered = useRef(false);
  const [reason, setReason] = useState("");
  const open = wording !== undefined;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return undefined;
    answered.current = false;
    const active = dialog.ownerDocument.activeElement;
    const opener = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (!dialog.open) {
      // jsdom and old browsers lack showModal: show it in place rather than fail.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    fieldRef.current?.focus();
    return () => {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
      setReason("");
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  function cancel() {
    if (answered.current) return;
    answered.current = true;
    onCancel();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answered.current) return;
    answered.current = true;
    const trimmed = reason.trim();
    onConfirm(trimmed === "" ? undefined : trimmed);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    cancel();
  }

  function handleNativeCancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault();
    cancel();
  }

  const destructive = wording !== undefined && isDestructive(wording);
  return (
    <dialog
      ref={dialogRef}
      className="mmui-dialog mmui-member-action-dialog"
      aria-labelledby={titleId}
      aria-describedby={destructive ? warningId : undefined}
      data-state={open ? "open" : "closed"}
      onKeyDown={handleKeyDown}
      onCancel={handleNativeCancel}
      onClose={() => {
        if (open) cancel();
      }}
    >
      {wording === undefined ? null : (
        <form className="mmui-member-action-dialog__form" onSubmit={handleSubmit}>
          <h2 id={titleId} className="mmui-member-action-dialog__title">
            {i18n.t(`members.dialog.${wording}`, { name })}
          </h2>
          {isDestructive(wording) ? (
            <p id={warningId} className="mmui-member-action-dialog__warning">
              {i18n.t(`members.dialog.${wording}_warning`)}
            </p>
          ) : null}
          <ReasonField
            label={i18n.t("members.dialog.reason")}
            hint={i18n.t("members.dialog.reason_hint")}
            value={reason}
            onChange={setReason}
            maxLength={MAX_LONG_TEXT_LENGTH}
            textareaRef={fieldRef}
          />
          <div className="mmui-member-action-dialog__buttons">
            <Button onClick={cancel}>{i18n.t("common.cancel")}</Button>
            <Button type="submit" variant={destructive ? "danger" : "primary"}>
              {i18n.t(`members.action.${wording}`)}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
