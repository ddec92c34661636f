import { useEffect, useRef, useState } from "react";
import type { ComponentPropsWithRef } from "react";
import type { MembershipClient } from "../../core/client/types";
import { useMemberActions } from "../../hooks/useMemberActions";
import type { MemberActionCallbacks } from "../../core/actions/memberActions";
import type { MemberAction } from "../../core/flows/memberAction";
import type { MemberRoomState } from "../../hooks/useMemberActions";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enMembers } from "../../i18n/english";
import { getErrorMessage } from "../../i18n/errors";
import { Button } from "../shared/Button";
import { LiveRegion, useAnnounce } from "../shared/LiveRegion";
import { NetworkText } from "../shared/NetworkText";
import { MemberActionDialog } from "./MemberActionDialog";
import { buttonVariantOf, wordingOf } from "./memberActionLabels";
import type { MemberActionWording } from "./memberActionLabels";
import { useMergedRef } from "../shared/useMergedRef";
import "./MemberActions.css";

/** Props of {@link MemberActions}. */
export interface MemberActionsProps extends Omit<ComponentPropsWithRef<"div">, "children" | "onError">,
    MemberActionCallbacks {
  /** The homeserver client. */
  client: MembershipClient;
  /** The room and its live state (`GET /rooms/{roomId}/state`). */
  roomState: MemberRoomState;
  /** The signed-in user, who acts. */
  actorId: string;
  /** The member acted on. */
  targetId: string;
  /** The member's display name (plain text; shown beside the user ID in dialogs). */
  targetName?: string;
}

const ACTIONS: readonly MemberAction[] = ["invite", "kick", "ban", "unban"];

/**
 * The actions the signed-in user may take on one member: Invite (or "Accept request" for a
 * knock), Remove ("Withdraw invite" for an invite, "Decline request" for a knock), Ban, Unban.
 * Each is shown only when the room version's authorization rules allow it over the live
 * state (room version 12 creators included), asks for an optional reason in a modal dialog
 * (destructive ones warn and confirm in red), and ends by reading the live state again, so
 * the buttons reflect the server's answer. Failures show their error code's message.
 * When `targetId` or the room changes, the previous member's pending state, result and
 * open dialog are dropped. `data-state` is the hook's status.
 */
export function MemberActions({
  client,
  roomState,
  actorId,
  targetId,
  targetName,
  onStateChange,
  onSuccess,
  onError,
  className,
  ref,
  ...rest
}: MemberActionsProps) {
  const i18n = useI18n(enMembers, enCommon);
  const { announcement, announce } = useAnnounce();
  const [groupRef, setGroup] = useMergedRef<HTMLDivElement>(ref);
  const actions = useMemberActions(client, roomState, actorId, targetId, { onStateChange, onSuccess, onError });
  const [dialogAction, setDialogAction] = useState<MemberAction | undefined>(undefined);
  // The last action confirmed, for the result shown under the buttons once it succeeded.
  const [lastRun, setLastRun] = useState<{ action: MemberAction; wording: MemberActionWording } | undefined>(undefined);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const { state, allowed, targetMembership, run, refresh } = actions;
  // The words of the action as it was pressed: once it is done the membership has changed
  // (a disinvited member is no longer invited), so they cannot be worked out again.
  const runningWording = useRef<{ action: MemberAction; wording: MemberActionWording } | undefined>(undefined);

  // Another member (or room) in the same place, e.g. a side panel following the selection:
  // what was pending, done or failed for the previous one must not show or be announced as
  // this one's, and an open dialog must not act on the new member. The request already sent
  // is not undone; only its answer is dropped.
  const { reset } = actions;
  const subject = `${roomState.roomId}\n${targetId}`;
  const shownSubject = useRef(subject);
  useEffect(() => {
    if (shownSubject.current === subject) return;
    shownSubject.current = subject;
    runningWording.current = undefined;
    setDialogAction(undefined);
    reset();
  }, [subject, reset]);

  useEffect(() => {
    if (state.status === "idle") return;
    const running = runningWording.current;
    const wording = running !== undefined && running.action === state.action ? running.wording : state.action;
    switch (state.status) {
      case "pending":
        announce(i18n.t(`members.status.${wording}`));
        break;
      case "refreshing":
        announce(i18n.t("members.status.refreshing"));
        break;
      case "succeeded": {
        // The pressed button may be gone (Ban becomes Unban): focus moves to the visible result,
        // which is read as focus lands on it (not round the whole group); otherwise the live region says it.
        const focusLost = !groupRef.current?.contains(groupRef.current.ownerDocument.activeElement);
        const result = resultRef.current;
        if (focusLost && result) result.focus();
        else announce(i18n.t(`members.done.${wording}`));
        break;
      }
      case "error":
        break;
      default:
        state satisfies never;
    }
  }, [state, announce, i18n, groupRef]);

  const plainName = targetName ? i18n.t("common.name_with_user_id", { name: targetName, userId: targetId }) : targetId;
  const nameNodes = targetName
    ? i18n.t("common.name_with_user_id", { name: <NetworkText>{targetName}</NetworkText>, userId: <NetworkText>{targetId}</NetworkText> })
    : <NetworkText>{targetId}</NetworkText>;
  const visible = ACTIONS.filter((action) => allowed[action]);
  const pendingAction = state.status === "pending" || state.status === "refreshing" ? state.action : undefined;
  const error = state.status === "error" ? state.error : undefined;
  // A refusal says what was refused, in the words of the button that was pressed (a refused
  // action changed no membership, so the words can be worked out again).
  const failedWording = state.status === "error" ? wordingOf(state.action, targetMembership) : undefined;

  return (
    <div
      {...rest}
      ref={setGroup}
      role="group"
      tabIndex={-1}
      aria-label={i18n.t("members.actions.label", { name: plainName })}
      className={className ? `mmui-member-actions ${className}` : "mmui-member-actions"}
      data-state={state.status}
    >
      {visible.length > 0 ? (
        <div className="mmui-member-actions__buttons">
          {visible.map((action) => {
            const wording = wordingOf(action, targetMembership);
            return (
              <Button
                key={action}
                size="small"
                variant={buttonVariantOf(wording)}
                isPending={pendingAction === action}
                data-action={action}
                onClick={() => {
                  if (!actions.isPending) setDialogAction(action);
                }}
              >
                {i18n.t(`members.action.${wording}`)}
              </Button>
            );
          })}
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="mmui-member-actions__error" data-step={error.step}>
          <p>
            {error.step === "state"
              ? i18n.t("members.refresh_failed")
              : error.code === "forbidden" && failedWording !== undefined
                ? i18n.t(`members.forbidden.${failedWording}`)
                : getErrorMessage(i18n, error.code, { retryAfterMs: error.retryAfterMs })}
          </p>
          {error.step === "state" ? (
            <Button size="small" onClick={refresh}>
              {i18n.t("members.refresh")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.status === "succeeded" && lastRun?.action === state.action ? (
        <p ref={resultRef} tabIndex={-1} className="mmui-member-actions__result">
          {i18n.t(`members.done.${lastRun.wording}`)}
        </p>
      ) : null}
      <LiveRegion announcement={announcement} />
      <MemberActionDialog
        wording={dialogAction === undefined ? undefined : wordingOf(dialogAction, targetMembership)}
        name={nameNodes}
        onCancel={() => setDialogAction(undefined)}
        onConfirm={(reason) => {
          const action = dialogAction;
          setDialogAction(undefined);
          if (action === undefined || actions.isPending) return;
          runningWording.current = { action, wording: wordingOf(action, targetMembership) };
          setLastRun(runningWording.current);
          run(action, reason === undefined ? {} : { reason });
        }}
      />
    </div>
  );
}
