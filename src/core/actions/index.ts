/**
 * The action runner and its observers: where the state of every membership action lives,
 * framework-free. Hooks are thin `useSyncExternalStore` adapters over these.
 */
export { createActionRunner, getActionRunner } from "./runner";
export type { ActionExecutor, ActionOutcome, ActionRunner, ActionState } from "./runner";
export { createInviteActions } from "./inviteActions";
export type { InviteActionsObserver, InviteRunnerAction } from "./inviteActions";
export type {
  DeclineOutcome,
  DeclineRequest,
  InviteAction,
  InviteActionCallbacks,
  InviteActionError,
  InviteActionState,
  InviteActionStatus,
  InviteActionsSnapshot,
  InviteTarget,
} from "./inviteActionTypes";
export { createInviteListActions } from "./inviteListActions";
export type { InviteListActionCallbacks, InviteListActionsObserver } from "./inviteListActions";
export { createKnockActions } from "./knockActions";
export type {
  CancelKnockRequest,
  KnockAction,
  KnockActionError,
  KnockActionState,
  KnockActionsObserver,
  KnockActionsSnapshot,
  KnockCallbacks,
  KnockRequest,
  KnockStatus,
} from "./knockActions";
export { createMemberActions } from "./memberActions";
export type {
  FetchedMemberState,
  MemberActionBasis,
  MemberActionCallbacks,
  MemberActionError,
  MemberActionsObserver,
  MemberActionsSnapshot,
  MemberActionsTarget,
  MemberActionState,
  MemberActionStatus,
} from "./memberActions";
export { createDeclineAllRun, IDLE_DECLINE_ALL } from "./declineAllRun";
export type { DeclineAllProgress, DeclineAllRunObserver, DeclineAllRunOptions, DeclineAllStatus } from "./declineAllRun";
export { createLeftRoomActions } from "./leftRoomActions";
export type { LeftRoomAction, LeftRoomActionsObserver, LeftRoomActionState, LeftRoomCallbacks } from "./leftRoomActions";
export { createBlockAndClearRun, IDLE_BLOCK_AND_CLEAR } from "./blockAndClearRun";
export type {
  BlockAndClearProgress,
  BlockAndClearRequest,
  BlockAndClearRunObserver,
  BlockAndClearRunOptions,
  BlockAndClearStatus,
} from "./blockAndClearRun";
export { createReportRoomsRun, IDLE_REPORT_ROOMS } from "./reportRoomsRun";
export type { ReportRoomsProgress, ReportRoomsRunObserver, ReportRoomsRunOptions, ReportRoomsStatus } from "./reportRoomsRun";
