/** React hooks over the core: thin adapters that hold state, never logic. */
export { useInvites } from "./useInvites";
export type { InviteSource } from "./useInvites";
export { useRoomSummary } from "./useRoomSummary";
export type {
  UseRoomSummaryOptions,
  UseRoomPreviewOptions,
  UseRoomSummaryResult,
  RoomSummaryStatus,
  RoomSummaryError,
} from "./useRoomSummary";
export { useAccountDataSetting } from "./useAccountDataSetting";
export type { UseAccountDataSettingResult, AccountDataSettingError, AccountDataSettingStatus } from "./useAccountDataSetting";
export { useCountdown } from "./useCountdown";
export { useInviteActions } from "./useInviteActions";
export type { UseInviteActionsResult } from "./useInviteActions";
export { useAuthenticatedMedia } from "./useAuthenticatedMedia";
export type {
  AuthenticatedMedia,
  AuthenticatedMediaClient,
  AuthenticatedMediaStatus,
  UseAuthenticatedMediaOptions,
} from "./useAuthenticatedMedia";
export { useDeclineAll } from "./useDeclineAll";
export type { UseDeclineAllOptions, UseDeclineAllResult } from "./useDeclineAll";
export { useKnock } from "./useKnock";
export type { UseKnockResult } from "./useKnock";
export { secondsUntil } from "./useCountdown";
export { useMemberActions } from "./useMemberActions";
export type { MemberRoomState, RunMemberActionOptions, UseMemberActionsResult } from "./useMemberActions";
