/** React hooks over the core: thin adapters that hold state, never logic. */
export { useInvites } from "./useInvites";
export type { InviteSource } from "./useInvites";
export { useRoomSummary } from "./useRoomSummary";
export type { UseRoomSummaryOptions, UseRoomSummaryResult, RoomSummaryStatus, RoomSummaryError } from "./useRoomSummary";
export { useAccountDataSetting } from "./useAccountDataSetting";
export type { UseAccountDataSettingResult, AccountDataSettingError, AccountDataSettingStatus } from "./useAccountDataSetting";
export { useCountdown } from "./useCountdown";
export { inviteActionReducer, initialInviteActionState } from "./inviteActionState";
export type {
  InviteAction,
  InviteActionError,
  InviteActionState,
  InviteActionStatus,
  DeclineOutcome,
} from "./inviteActionState";
export { useInviteActions } from "./useInviteActions";
export type { InviteTarget, DeclineRequest, InviteActionCallbacks, UseInviteActionsResult } from "./useInviteActions";
export { useAuthenticatedMedia } from "./useAuthenticatedMedia";
export type {
  AuthenticatedMedia,
  AuthenticatedMediaClient,
  AuthenticatedMediaStatus,
  UseAuthenticatedMediaOptions,
} from "./useAuthenticatedMedia";
export { useDeclineAll } from "./useDeclineAll";
export type { DeclineAllStatus, DeclineAllProgress, UseDeclineAllOptions, UseDeclineAllResult } from "./useDeclineAll";
export { useKnock } from "./useKnock";
export type { KnockRequest, CancelKnockRequest, KnockCallbacks, UseKnockResult } from "./useKnock";
export { knockActionReducer, initialKnockActionState, isKnockActionPending, canStartKnockAction } from "./knockActionState";
export type { KnockAction, KnockActionError, KnockActionState, KnockActionEvent, KnockStatus } from "./knockActionState";
export { isInviteActionPending, canStartInviteAction, canRetryFollowUps } from "./inviteActionState";
export type { InviteActionEvent } from "./inviteActionState";
export { abortReadsOnly } from "./abortReadsOnly";
export { secondsUntil } from "./useCountdown";
export { useMemberActions } from "./useMemberActions";
export type {
  MemberAction,
  MemberRoomState,
  MemberActionError,
  MemberActionState,
  MemberActionStatus,
  MemberActionCallbacks,
  RunMemberActionOptions,
  UseMemberActionsResult,
} from "./useMemberActions";
