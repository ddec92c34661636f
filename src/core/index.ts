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
export { cleanText, cleanName, cleanLongText, truncate, MAX_NAME_LENGTH, MAX_LONG_TEXT_LENGTH } from "./text";
export type { CleanTextOptions } from "./text";

// Identifiers and media
export {
  isUserId,
  isRoomId,
  isRoomAlias,
  isServerName,
  serverNameOf,
  parseMxcUri,
  isMxcUri,
  getThumbnailUrl,
  MAX_IDENTIFIER_LENGTH,
} from "./identifiers";
export type { MxcUri, ThumbnailOptions } from "./identifiers";

// Stripped state
export { parseStrippedState, parseStrippedStateEvent, findStateEvent, isPlainObject, MAX_STATE_EVENTS } from "./strippedState";

// Room and invite summaries
export { summarizeInvite, summarizeRoomState, MAX_CREATORS } from "./summary";
export type { SummarizeOptions } from "./summary";
export { MAX_NAME_MEMBERS } from "./roomName";

// Display names
export { disambiguateDisplayNames, normalizeDisplayName, getMemberDisplayNames } from "./displayNames";
export type { DisplayNameCandidate, DisambiguatedMember } from "./displayNames";

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
export {
  getPowerLevels,
  getUserPowerLevel,
  getRoomCreators,
  describePowerLevel,
  parsePowerLevelValue,
  LATEST_SUPPORTED_ROOM_VERSION,
} from "./powerLevels";
export type { PowerLevels, PowerLevelDescription } from "./powerLevels";

// HTTP client and errors
export type {
  MembershipClient,
  RequestOptions,
  ReasonOptions,
  JoinOptions,
  RoomSummaryResponse,
  MembershipErrorCode,
} from "./client/types";
export { createMatrixHttpClient, normalizeBaseUrl } from "./client/http";
export type { MatrixHttpClient, MatrixHttpClientOptions, MatrixRequestInfo, SyncOptions, WhoAmI } from "./client/http";
export { loginWithPassword } from "./client/login";
export type { PasswordLoginOptions, PasswordLoginResult } from "./client/login";
export {
  MatrixApiError,
  MatrixNetworkError,
  MembershipActionError,
  isAbortError,
  toMembershipError,
  toMembershipActionError,
} from "./client/errors";
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

// Invite store and /sync
export { createInviteStore } from "./store/inviteStore";
export type { InviteEntry, InviteStore, InviteStoreOptions, ApplySyncOptions } from "./store/inviteStore";
export { startSyncLoop, INVITE_SYNC_FILTER, MAX_RETRY_AFTER_MS } from "./store/syncLoop";
export type { SyncClient, SyncLoop, SyncLoopOptions } from "./store/syncLoop";
export { readSyncDelta, readNextBatch } from "./store/syncResponse";
export type { InviteKind, PendingRoomUpdate, SyncDelta } from "./store/syncResponse";
export { IDLE_SYNC_STATUS } from "./store/syncStatus";
export type { SyncStatus } from "./store/syncStatus";
export { connectMatrixJsSdk } from "./store/matrixJsSdkFeed";
export type { MatrixJsSdkEventLike, MatrixJsSdkRoomLike, MatrixJsSdkEventSource } from "./store/matrixJsSdkFeed";

// Flows: accept, decline, bulk decline, knock. The other flows (runMemberAction, rejoinRoom,
// forgetRoom, leaveInvite) live in src/core/flows too, behind the hooks; whether they join the
// public surface is step 3's choice (the entry's export limit only goes down).
export {
  acceptInvite,
  declineInvite,
  InviterUnknownError,
  declineAll,
  DECLINE_ALL_MAX_RETRIES,
  DECLINE_ALL_MAX_WAIT_MS,
  knock,
  cancelKnock,
  pickViaServers,
  MAX_VIA_SERVERS,
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
  LeaveInviteOutcome,
  KnockOptions,
  CancelKnockOptions,
  MemberAction,
  PickViaOptions,
  ViaSummary,
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
} from "./actions/index";

// matrix-js-sdk adapter (typed structurally: the SDK is never imported)
export { fromMatrixJsSdk, translateSdkError } from "./client/matrixJsSdk";
export type {
  FromMatrixJsSdkOptions,
  MatrixJsSdkClientLike,
  MatrixJsSdkHttpLike,
  MatrixJsSdkHttpMethod,
  MatrixJsSdkQuery,
  MatrixJsSdkRequestOptions,
} from "./client/matrixJsSdk";
