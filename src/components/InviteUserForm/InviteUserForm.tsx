import { useEffect, useId, useRef, useState } from "react";
import type { ComponentPropsWithRef, FormEvent } from "react";
import type { MembershipClient } from "../../core/client/types";
import { validateInvitee } from "../../core/invitee";
import type { InviteeProblem } from "../../core/invitee";
import { useMemberActions } from "../../hooks/useMemberActions";
import type { MemberActionCallbacks } from "../../core/actions/memberActions";
import type { MemberRoomState } from "../../hooks/useMemberActions";
import { useI18n } from "../../i18n/I18nProvider";
import { enMembers } from "../../i18n/english";
import { getErrorMessage } from "../../i18n/errors";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";
import "../shared/TextField.css";
import "./InviteUserForm.css";

/** Props of {@link InviteUserForm}. */
export interface InviteUserFormProps extends Omit<ComponentPropsWithRef<"form">, "children" | "onSubmit" | "onError"> {
  /** The homeserver client. */
  client: MembershipClient;
  /** The room and its live state (`GET /rooms/{roomId}/state`). */
  roomState: MemberRoomState;
  /** The signed-in user, who invites. */
  actorId: string;
  /** Called once the invite is sent and the live state read again. */
  onInvited?(userId: string): void;
  /** The live state read after the invite: update your member list. */
  onStateChange?: MemberActionCallbacks["onStateChange"];
}

/**
 * A form to invite someone by user ID, with an optional reason. The ID is checked as it is
 * typed: the grammar (`@name:server`, at most 255 characters; shown once the field is left
 * or submitted) and the room's live state (already in the room, already invited, banned,
 * yourself, or no permission to invite; shown at once). Sending uses `useMemberActions`, so
 * the live state is read again afterwards; if only that read fails, the invite still counts
 * as sent (the form clears, so it is not sent twice) and "Update the list" reads it again. `data-state` is the hook's status.
 */
export function InviteUserForm({ client, roomState, actorId, onInvited, onStateChange, className, ...rest }: InviteUserFormProps) {
  const i18n = useI18n(enMembers);
  const fieldId = useId();
  const hintId = useId();
  const problemId = useId();
  const reasonId = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [typed, setTyped] = useState("");
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);
  // Whom the last submit tried to invite, for errors about them ("@bob doesn't accept invites").
  const [attempted, setAttempted] = useState<string | undefined>(undefined);
  const invitee = typed.trim();
  const sendingTo = useRef<string | undefined>(undefined);
  const latestOnInvited = useRef(onInvited);
  useEffect(() => {
    latestOnInvited.current = onInvited;
  });

  /** The invite took effect: confirm it and clear the form, once per invite. */
  function markSent() {
    const userId = sendingTo.current;
    if (userId === undefined) return;
    sendingTo.current = undefined;
    setSentTo(userId);
    setTyped("");
    setReason("");
    setTouched(false);
    latestOnInvited.current?.(userId);
  }

  const actions = useMemberActions(client, roomState, actorId, invitee, {
    onStateChange,
    onSuccess: markSent,
    onError: (error) => {
      // The invite worked; only the state read after it failed. Sending again would invite twice.
      if (error.step === "state") markSent();
    },
  });
  // Another room in the same place: an invite sent (or failing) in the previous room is not
  // this room's; its late answer is dropped and its confirmation goes.
  const { reset } = actions;
  const shownRoom = useRef(roomState.roomId);
  useEffect(() => {
    if (shownRoom.current === roomState.roomId) return;
    shownRoom.current = roomState.roomId;
    sendingTo.current = undefined;
    setSentTo(undefined);
    reset();
  }, [roomState.roomId, reset]);

  const problem = validateInvitee(typed, actions.stateEvents, actorId);
  const shownProblem = problem !== undefined && (touched || isCertainWhileTyping(problem)) ? problem : undefined;
  const serverError = actions.state.status === "error" ? actions.state.error : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (actions.isPending) return;
    setTouched(true);
    if (problem !== undefined) {
      inputRef.current?.focus();
      return;
    }
    sendingTo.current = invitee;
    setAttempted(invitee);
    setSentTo(undefined);
    actions.run("invite", reason.trim() === "" ? {} : { reason });
  }

  const describedBy = shownProblem ? `${hintId} ${problemId}` : hintId;
  return (
    <form
      {...rest}
      noValidate
      aria-label={i18n.t("members.invite_form.label")}
      className={className ? `mmui-invite-user-form ${className}` : "mmui-invite-user-form"}
      data-state={actions.status}
      onSubmit={handleSubmit}
    >
      <div className="mmui-invite-user-form__field">
        <label htmlFor={fieldId}>{i18n.t("members.invite_form.user_id")}</label>
        <input
          ref={inputRef}
          id={fieldId}
          className="mmui-text-field"
          type="text"
          name="userId"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          value={typed}
          aria-invalid={shownProblem !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setTyped(event.target.value);
            setSentTo(undefined);
          }}
          onBlur={() => {
            if (typed.trim() !== "") setTouched(true);
          }}
        />
        <p id={hintId} className="mmui-invite-user-form__hint">
          {i18n.t("members.invite_form.user_id_hint")}
        </p>
        <p id={problemId} className="mmui-invite-user-form__problem" aria-live="polite">
          {shownProblem ? i18n.t(`members.invite_form.error.${shownProblem}`, { userId: <NetworkText>{invitee}</NetworkText> }) : null}
        </p>
      </div>
      <div className="mmui-invite-user-form__field">
        <label htmlFor={reasonId}>{i18n.t("members.dialog.reason")}</label>
        <input id={reasonId} className="mmui-text-field" type="text" name="reason" maxLength={1024} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <Button type="submit" variant="primary" isPending={actions.isPending}>
        {i18n.t("members.invite_form.submit")}
      </Button>
      <div role="status" className="mmui-invite-user-form__status">
        {sentTo !== undefined ? i18n.t("members.invite_form.sent", { userId: <NetworkText>{sentTo}</NetworkText> }) : null}
        {actions.state.status === "pending" ? i18n.t("members.status.invite") : null}
      </div>
      {serverError ? (
        <p role="alert" className="mmui-invite-user-form__error">
          {serverError.step === "state"
            ? i18n.t("members.refresh_failed")
            : serverError.code === "invite_blocked" && attempted !== undefined
              ? i18n.t("members.invite_form.error.invite_blocked", { userId: <NetworkText>{attempted}</NetworkText> })
              : serverError.code === "forbidden"
                ? i18n.t("members.forbidden.invite")
                : getErrorMessage(i18n, serverError.code, { retryAfterMs: serverError.retryAfterMs })}
        </p>
      ) : null}
      {serverError?.step === "state" ? (
        <Button size="small" onClick={actions.refresh}>
          {i18n.t("members.refresh")}
        </Button>
      ) : null}
    </form>
  );
}

/** Problems worth showing while the person is still typing (the grammar ones wait for blur or submit). */
function isCertainWhileTyping(problem: InviteeProblem): boolean {
  return problem !== "empty" && problem !== "format";
}
