/** The membership flows: every membership rule, written once, as plain async functions over the `MembershipClient` port. */
export { acceptInvite } from "./acceptInvite";
export type { AcceptInviteClient, AcceptInviteOptions, AcceptedInvite } from "./acceptInvite";
export { declineInvite, InviterUnknownError } from "./declineInvite";
export type { DeclineInviteClient, DeclineInviteOptions, DeclineInviteResult, DeclineStepFailure } from "./declineInvite";
export { leaveInvite } from "./leaveInvite";
export type { LeaveInviteOptions, LeaveInviteOutcome } from "./leaveInvite";
export { declineAll, DECLINE_ALL_MAX_RETRIES, DECLINE_ALL_MAX_WAIT_MS } from "./declineAll";
export type { DeclineAllFailure, DeclineAllOptions, DeclineAllResult } from "./declineAll";
export { blockAndClear } from "./blockAndClear";
export type {
  BlockAndClearClient,
  BlockAndClearOptions,
  BlockAndClearProgressEvent,
  BlockAndClearResult,
  BlockAndClearStep,
  BlockAndClearStore,
  BlockedUserOutcome,
  BlockStepOutcome,
} from "./blockAndClear";
export { cancelKnock, knock } from "./knock";
export type { CancelKnockOptions, KnockOptions } from "./knock";
export { isMemberActionAllowed, MemberActionNotAllowedError, readTargetMembership, runMemberAction, UncertainMemberActionError } from "./memberAction";
export type { MemberAction, MemberActionClient, MemberActionResult, RunMemberActionRequest } from "./memberAction";
export { forgetRoom, rejoinRoom } from "./leftRoom";
export type { ForgetRoomOptions, RejoinRoomOptions } from "./leftRoom";
export { MAX_VIA_SERVERS, pickViaServers } from "./via";
export type { PickViaOptions, ViaSummary } from "./via";
export { checkInviteFreshness } from "./inviteFreshness";
export type { CheckInviteFreshnessOptions, FreshnessSummary, InviteFreshness, InviteFreshnessChange, InviteFreshnessClient } from "./inviteFreshness";
