/** The membership flows: plain async functions over the `MembershipClient` port. */
export { acceptInvite } from "./acceptInvite";
export type { AcceptInviteClient, AcceptInviteOptions } from "./acceptInvite";
export { declineInvite, InviterUnknownError } from "./declineInvite";
export type { DeclineInviteClient, DeclineInviteOptions, DeclineInviteResult, DeclineStepFailure } from "./declineInvite";
export { cancelKnock, knock } from "./knock";
export type { CancelKnockOptions, KnockOptions } from "./knock";
export { MAX_VIA_SERVERS, pickViaServers, viaServersFromSummary } from "./via";
export type { PickViaOptions } from "./via";
