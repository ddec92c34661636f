import "../shared/Dialog.css";
import "../shared/TextField.css";
import "./DeclineInviteDialog.css";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ComponentPropsWithRef, FormEvent, KeyboardEvent, ReactNode, Ref, SyntheticEvent } from "react";
import type { DeclineRequest } from "../../core/actions/inviteActionTypes";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enDecline } from "../../i18n/english";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";
import { useMergedRef } from "../shared/useMergedRef";
import { ReasonField } from "../shared/ReasonField";

/** Longest decline or report reason accepted by default (UTF-16 code units). */
export const DEFAULT_MAX_REASON_LENGTH = 500;

/** Props of {@link DeclineInviteDialog}. */
export interface DeclineInviteDialogProps
  extends Omit<ComponentPropsWithRef<"dialog">, "open" | "children" | "onCancel" | "onClose" | "onSubmit"> {
  /** Whether the dialog is shown (as a modal). Focus returns to the opener when it closes. */
  open: boolean;
  /** The inviter's user ID; without it there is no "Ignore" option. */
  inviterId?: string;
  /** The inviter's display name (untrusted), shown beside the user ID. */
  inviterName?: string;
  /** The room's name for the title, e.g. `<RoomNameText name={…} />`. */
  roomName?: ReactNode;
  /** Start with "Ignore {user}" ticked ("Decline and ignore…"). */
  defaultBlock?: boolean;
  /** Longest reason accepted, for the decline and the report alike. Defaults to 500. */
  maxReasonLength?: number;
  /** Decline was pressed: what to do. Called once per opening. The host then closes the dialog. */
  onConfirm(request: DeclineRequest): void;
  /** Cancel, Escape or the browser closed the dialog. The host then sets `open` to `false`. */
  onCancel(): void;
}

/**
 * Asks how to decline an invite: an optional reason (capped, with a counter), "Ignore
 * {user}" (the user ID always shown) and "Report this room" with its own reason. A native
 * modal `<dialog>`: the page behind is inert, Escape and Cancel close it, the first field
 * takes focus on open and focus returns to the opener on close. `data-state` is `open` or
 * `closed`.
 */
export function DeclineInviteDialog({
  open,
  inviterId,
  inviterName,
  roomName,
  defaultBlock = false,
  maxReasonLength = DEFAULT_MAX_REASON_LENGTH,
  onConfirm,
  onCancel,
  className,
  ref,
  onKeyDown,
  ...rest
}: DeclineInviteDialogProps) {
  const i18n = useI18n(enDecline, enCommon);
  const titleId = useId();
  const [dialogRef, setDialog] = useMergedRef<HTMLDialogElement>(ref);
  const firstFieldRef = useRef<HTMLTextAreaElement | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  // Escape can arrive as a keydown and as a `cancel` event: the host hears it once per opening.
  const answeredRef = useRef(false);
  const latest = useRef({ onCancel });
  useEffect(() => {
    latest.current = { onCancel };
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    answeredRef.current = false;
    const active = dialog.ownerDocument.activeElement;
    openerRef.current = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (!dialog.open) {
      // jsdom and old browsers lack showModal: show it in place rather than fail.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    firstFieldRef.current?.focus();
    return () => {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
      const opener = openerRef.current;
      openerRef.current = null;
      if (opener?.isConnected) opener.focus();
    };
  }, [open, dialogRef]);

  const requestCancel = useCallback(() => {
    if (answeredRef.current) return;
    answeredRef.current = true;
    latest.current.onCancel();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.key !== "Escape") return;
    // We close it ourselves (through the host), so the browser must not close it behind our back.
    event.preventDefault();
    requestCancel();
  }

  function handleNativeCancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault();
    requestCancel();
  }

  // The browser may close a modal without a cancellable event (repeated Escape without user activation).
  function handleNativeClose() {
    if (open) requestCancel();
  }

  function handleConfirm(request: DeclineRequest) {
    if (answeredRef.current) return;
    answeredRef.current = true;
    onConfirm(request);
  }

  const title = roomName ? i18n.t("decline.title", { room: roomName }) : i18n.t("decline.title_unnamed");

  return (
    <dialog
      {...rest}
      ref={setDialog}
      className={className ? `mmui-dialog mmui-decline-dialog ${className}` : "mmui-dialog mmui-decline-dialog"}
      aria-labelledby={titleId}
      data-state={open ? "open" : "closed"}
      onKeyDown={handleKeyDown}
      onCancel={handleNativeCancel}
      onClose={handleNativeClose}
    >
      {open ? (
        <DeclineForm
          titleId={titleId}
          title={title}
          inviterId={inviterId}
          inviterName={inviterName}
          defaultBlock={defaultBlock}
          maxReasonLength={maxReasonLength}
          firstFieldRef={firstFieldRef}
          onConfirm={handleConfirm}
          onCancel={requestCancel}
        />
      ) : null}
    </dialog>
  );
}

interface DeclineFormProps {
  titleId: string;
  title: ReactNode;
  inviterId: string | undefined;
  inviterName: string | undefined;
  defaultBlock: boolean;
  maxReasonLength: number;
  firstFieldRef: Ref<HTMLTextAreaElement>;
  onConfirm: (request: DeclineRequest) => void;
  onCancel: () => void;
}

/** The dialog's content: mounted on every opening, so each opening starts from a clean form. */
function DeclineForm({
  titleId,
  title,
  inviterId,
  inviterName,
  defaultBlock,
  maxReasonLength,
  firstFieldRef,
  onConfirm,
  onCancel,
}: DeclineFormProps) {
  const i18n = useI18n(enDecline, enCommon);
  const ignoreHintId = useId();
  const reportHintId = useId();
  const [reason, setReason] = useState("");
  const [ignore, setIgnore] = useState(defaultBlock && inviterId !== undefined);
  const [report, setReport] = useState(false);
  const [reportReason, setReportReason] = useState("");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request: DeclineRequest = {};
    const trimmedReason = reason.trim();
    if (trimmedReason !== "") request.reason = trimmedReason;
    if (ignore && inviterId !== undefined) request.ignoreInviter = true;
    if (report) request.reportReason = reportReason.trim();
    onConfirm(request);
  }

  const inviter =
    inviterId === undefined
      ? undefined
      : inviterName
        ? i18n.t("common.name_with_user_id", {
            name: <NetworkText>{inviterName}</NetworkText>,
            userId: <NetworkText className="mmui-decline-dialog__user-id">{inviterId}</NetworkText>,
          })
        : <NetworkText className="mmui-decline-dialog__user-id">{inviterId}</NetworkText>;

  return (
    <form className="mmui-decline-dialog__form" onSubmit={handleSubmit}>
      <h2 className="mmui-decline-dialog__title" id={titleId}>
        {title}
      </h2>
      <ReasonField
        label={i18n.t("decline.reason_label")}
        hint={i18n.t("decline.reason_hint")}
        value={reason}
        onChange={setReason}
        maxLength={maxReasonLength}
        textareaRef={firstFieldRef}
      />
      {inviter !== undefined ? (
        <div className="mmui-decline-dialog__option">
          <input
            type="checkbox"
            id={`${ignoreHintId}-box`}
            checked={ignore}
            aria-describedby={ignoreHintId}
            onChange={(event) => setIgnore(event.currentTarget.checked)}
          />
          <label htmlFor={`${ignoreHintId}-box`}>{i18n.t("decline.ignore_label", { user: inviter })}</label>
          <p className="mmui-decline-dialog__hint" id={ignoreHintId}>
            {i18n.t("decline.ignore_hint")}
          </p>
        </div>
      ) : null}
      <div className="mmui-decline-dialog__option">
        <input
          type="checkbox"
          id={`${reportHintId}-box`}
          checked={report}
          aria-describedby={reportHintId}
          onChange={(event) => setReport(event.currentTarget.checked)}
        />
        <label htmlFor={`${reportHintId}-box`}>{i18n.t("decline.report_label")}</label>
        <p className="mmui-decline-dialog__hint" id={reportHintId}>
          {i18n.t("decline.report_hint")}
        </p>
      </div>
      {report ? (
        <div className="mmui-decline-dialog__report-reason">
          <ReasonField
            label={i18n.t("decline.report_reason_label")}
            value={reportReason}
            onChange={setReportReason}
            maxLength={maxReasonLength}
          />
        </div>
      ) : null}
      <div className="mmui-decline-dialog__actions">
        <Button variant="secondary" onClick={onCancel}>
          {i18n.t("common.cancel")}
        </Button>
        <Button variant="danger" type="submit">
          {i18n.t("decline.confirm")}
        </Button>
      </div>
    </form>
  );
}
