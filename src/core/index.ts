/**
 * `matrix-membership-ui/core`: the framework-free core. Plain TypeScript, no React and no
 * runtime dependencies: untrusted JSON in, safe values out; the HTTP client and the flows.
 */

// Shared types
export type {
  Membership,
  JoinRule,
  StrippedStateEvent,
  RoomMember,
  RoomName,
  Inviter,
  RoomSummary,
  InviteSummary,
  MembershipChangeKind,
} from "./types";

// Text safety
export { cleanText, cleanName } from "./text";
export type { CleanTextOptions } from "./text";

// Identifiers and media
export { isUserId, isRoomId, isRoomAlias, isServerName, serverNameOf, isMxcUri, getThumbnailUrl } from "./identifiers";
export type { MxcUri, ThumbnailOptions } from "./identifiers";

// Stripped state
export { parseStrippedState } from "./strippedState";

// Room and invite summaries
export { summarizeInvite, summarizeRoomState } from "./summary";
export type { SummarizeOptions } from "./summary";

// Display names
export { disambiguateDisplayNames, getMemberDisplayNames } from "./displayNames";
export type { DisplayNameCandidate, DisambiguatedMember } from "./displayNames";

// Trust signals: who sent an invite, how far to trust them and why; what each level hides
export { assessInvite } from "./inviteAssessment";
export type {
  InviteAssessment,
  InviteAssessmentContext,
  InviteAssessmentDetails,
  InviteTrustLevel,
  InviteTrustReason,
  LookalikeContact,
} from "./inviteAssessment";
export { getInviteTreatment } from "./inviteGrading";
export type { InviteGradingOptions, InviteTreatment } from "./inviteGrading";
export type { InviteGroupKind, InviteListTrustContext } from "./inviteGroups";

// Membership changes (timeline)
export { describeMembershipChange, describeThirdPartyInvite } from "./membership";
export type { MembershipChange, MembershipChangeDescription, ThirdPartyInviteChange } from "./membership";

// Timeline events and /sync leave entries, read for display
export { readTimelineEvent } from "./timelineEvent";
export type { MembershipLine, MembershipLineKind, ReadMembershipLine } from "./timelineEvent";
export { readLeaveEntry } from "./leaveEntry";
export type { LeaveKind, LeaveNotice } from "./leaveEntry";

// A room's summary from its server (GET /room_summary), read before joining
export { parseRoomPreview } from "./roomPreview";
export type { RoomPreview } from "./roomPreview";

// Authorization rules and power levels
export { isMembershipChangeAllowed, getMemberActions, acceptsKnocks } from "./authorization";
export type { MembershipChangeRequest, AllowedMemberActions } from "./authorization";
export { validateInvitee } from "./invitee";
export type { InviteeProblem } from "./invitee";
export { getPowerLevels, getUserPowerLevel, getRoomCreators, describePowerLevel } from "./powerLevels";
export type { PowerLevels, PowerLevelDescription } from "./powerLevels";

// HTTP client and errors
export type {
  MembershipClient,
  RequestOptions,
  ReasonOptions,
  JoinOptions,
  RoomSummaryResponse,
  MutualRooms,
  MembershipErrorCode,
  SlidingSyncOptions,
} from "./client/types";
export { createMatrixHttpClient, normalizeBaseUrl } from "./client/http";
export type { HttpMethod } from "./client/endpoints";
export type { MatrixHttpClient, MatrixHttpClientOptions, MatrixRequestInfo, SyncOptions, WhoAmI } from "./client/http";
export { loginWithPassword } from "./client/login";
export type { PasswordLoginOptions, PasswordLoginResult } from "./client/login";
export { MatrixApiError, MatrixNetworkError, MembershipActionError, toMembershipError } from "./client/errors";
export type {
  MatrixApiErrorInit,
  MatrixNetworkErrorInit,
  MembershipAction,
  MembershipErrorInfo,
  MembershipActionErrorInit,
} from "./client/errors";

// Account data: one descriptor per setting, read and written by readSetting / writeSetting
export { readSetting, writeSetting } from "./accountData";
export type { AccountDataClient, AccountDataSetting, AccountDataSource, ReadSettingResult } from "./accountData";
export { ignoredUserList, mediaPreviewConfig, invitePermissionConfig, directRooms } from "./accountDataSettings";
export type {
  IgnoredUserChange,
  MediaPreviewSetting,
  MediaPreviewConfig,
  MediaPreviewPolicy,
  InvitePermissionConfig,
  InvitePermission,
  DirectRooms,
  DirectRoomChange,
} from "./accountDataSettings";

// Media: no request unless the user's policy allows it
export { inviteMediaPolicy } from "./mediaPolicy";
export type { MediaPolicy } from "./mediaPolicy";

// Invite store and /sync
export { createInviteStore } from "./store/inviteStore";
export type { InviteEntry, InviteStore, InviteStoreOptions, ApplySyncOptions, ApplySlidingSyncOptions } from "./store/inviteStore";
export { startSyncLoop } from "./store/syncLoop";
export type { SyncClient, SyncLoop, SyncLoopOptions } from "./store/syncLoop";
export type { FeedLoopControl, FeedLoopOptions } from "./store/feedLoop";
export { startSlidingSyncLoop } from "./store/slidingSyncLoop";
export type { SlidingSyncClient, SlidingSyncLoop, SlidingSyncLoopOptions } from "./store/slidingSyncLoop";
export { startInviteFeed } from "./store/inviteFeed";
export type { InviteFeed, InviteFeedChoice, InviteFeedClient, InviteFeedKind, InviteFeedOptions } from "./store/inviteFeed";
export type { InviteKind } from "./store/syncResponse";
export type { SyncStatus } from "./store/syncStatus";
export { connectMatrixJsSdk } from "./store/matrixJsSdkFeed";
export type { MatrixJsSdkEventLike, MatrixJsSdkRoomLike, MatrixJsSdkEventSource } from "./store/matrixJsSdkFeed";

// Flows: accept, decline, bulk decline, block and clear, knock. The other flows (runMemberAction, rejoinRoom,
// forgetRoom, leaveInvite) live in src/core/flows too, behind the hooks; whether they join the
// public surface is step 3's choice (the entry's export limit only goes down).
export {
  acceptInvite,
  declineInvite,
  declineAll,
  blockAndClear,
  knock,
  cancelKnock,
  checkInviteFreshness,
  pickViaServers,
  runMemberAction,
  MemberActionNotAllowedError,
  UncertainMemberActionError,
} from "./flows/index";
export type {
  AcceptInviteClient,
  AcceptInviteOptions,
  AcceptedInvite,
  DeclineInviteClient,
  DeclineInviteOptions,
  DeclineInviteResult,
  DeclineStepFailure,
  DeclineAllFailure,
  DeclineAllOptions,
  DeclineAllResult,
  BlockAndClearClient,
  BlockAndClearOptions,
  BlockAndClearProgressEvent,
  BlockAndClearResult,
  BlockAndClearStep,
  BlockAndClearStore,
  BlockedUserOutcome,
  BlockStepOutcome,
  LeaveInviteOutcome,
  KnockOptions,
  CancelKnockOptions,
  MemberAction,
  MemberActionClient,
  MemberActionResult,
  RunMemberActionRequest,
  PickViaOptions,
  ViaSummary,
  CheckInviteFreshnessOptions,
  FreshnessSummary,
  InviteFreshness,
  InviteFreshnessChange,
  InviteFreshnessClient,
} from "./flows/index";

// The shapes of the actions' state. The action runner and its observers (src/core/actions)
// stay internal for now: they are what the hooks adapt, and exporting them would add about
// 5 KiB (gzip) to this entry, whose target is 20 KiB.
export type {
  InviteActionsSnapshot,
  InviteTarget,
  DeclineRequest,
  InviteActionCallbacks,
  InviteAction,
  InviteActionError,
  InviteActionState,
  InviteActionStatus,
  DeclineOutcome,
  KnockActionsSnapshot,
  KnockRequest,
  CancelKnockRequest,
  KnockCallbacks,
  KnockAction,
  KnockActionError,
  KnockActionState,
  KnockStatus,
  MemberActionCallbacks,
  MemberActionError,
  MemberActionState,
  MemberActionStatus,
  DeclineAllRunOptions,
  DeclineAllProgress,
  DeclineAllStatus,
  BlockAndClearRunOptions,
  BlockAndClearProgress,
  BlockAndClearRequest,
  BlockAndClearStatus,
  ReportRoomsRunOptions,
  ReportRoomsProgress,
  ReportRoomsStatus,
} from "./actions/index";
// Report on many rooms: the types of its progress (the flow stays behind the main entry's `useReportRooms`).
export type { ReportRoomFailure, ReportRoomsOptions, ReportRoomsStop } from "./flows/reportRooms";

// matrix-js-sdk adapter (typed structurally: the SDK is never imported)
export { fromMatrixJsSdk } from "./client/matrixJsSdk";
export type {
  FromMatrixJsSdkOptions,
  MatrixJsSdkClientLike,
  MatrixJsSdkHttpLike,
  MatrixJsSdkHttpMethod,
  MatrixJsSdkQuery,
  MatrixJsSdkRequestOptions,
} from "./client/matrixJsSdk";
