/**
 * `matrix-membership-ui`: everything. The framework-free core (`matrix-membership-ui/core`,
 * whose own chosen list is `src/core/index.ts`) plus internationalisation, React hooks and
 * ready-made components, each named below. Nothing is exported only because a test wanted it:
 * a name missing here is internal and may change without notice.
 *
 * @packageDocumentation
 */
import "./components/theme/theme.css";

// The framework-free core: every name of `matrix-membership-ui/core`, and nothing else from it.
export * from "./core/index";

// Internationalisation
export { I18nProvider, useI18n } from "./i18n/I18nProvider";
export type { I18nProviderProps } from "./i18n/I18nProvider";
export { createI18n, getTextDirection } from "./i18n/createI18n";
export type { CreateI18nOptions } from "./i18n/createI18n";
export type { LocaleMessagesOptions } from "./i18n/translator";
export { loadLocale, AVAILABLE_LOCALES } from "./i18n/loadLocale";
export type { AvailableLocale, LoadedLocale } from "./i18n/loadLocale";
export { formatRoomNameText } from "./i18n/roomName";
export { getErrorMessage } from "./i18n/errors";
export type { ErrorMessageOptions } from "./i18n/errors";
export { en } from "./i18n/locales/en/index";
export type { EnglishCatalog } from "./i18n/locales/en/index";
export { enCommon, enDecline, enErrors, enInbox, enInvite, enKnock, enMembers, enMembership, enSettings, enTrust, enTriage } from "./i18n/english";
export type {
  Catalog,
  AreaCatalog,
  AreaKey,
  KeysOfArea,
  EnglishArea,
  I18n,
  ListFormatOptions,
  MessageKey,
  MessageOverrides,
  MessageParams,
  MessageValue,
  PluralCategory,
  PluralMessage,
  TextDirection,
  TextMessageParams,
  Translate,
} from "./i18n/types";

// React hooks: thin adapters over the core, holding state and no rules of their own
export { useInvites } from "./hooks/useInvites";
export type { InviteSource } from "./hooks/useInvites";
export { useInviteActions } from "./hooks/useInviteActions";
export type { UseInviteActionsResult } from "./hooks/useInviteActions";
export { useDeclineAll } from "./hooks/useDeclineAll";
export type { UseDeclineAllOptions, UseDeclineAllResult } from "./hooks/useDeclineAll";
export { useBlockAndClear } from "./hooks/useBlockAndClear";
export type { UseBlockAndClearOptions, UseBlockAndClearResult } from "./hooks/useBlockAndClear";
export { useReportRooms } from "./hooks/useReportRooms";
export type { UseReportRoomsOptions, UseReportRoomsResult } from "./hooks/useReportRooms";
export { useBlockedInvites } from "./hooks/useBlockedInvites";
export type { BlockedInviteSource } from "./hooks/useBlockedInvites";
export { useKnock } from "./hooks/useKnock";
export type { UseKnockResult } from "./hooks/useKnock";
export { useMemberActions } from "./hooks/useMemberActions";
export type { MemberRoomState, RunMemberActionOptions, UseMemberActionsResult } from "./hooks/useMemberActions";
export { useRoomSummary } from "./hooks/useRoomSummary";
export type {
  UseRoomSummaryOptions,
  UseRoomPreviewOptions,
  UseRoomSummaryResult,
  RoomSummaryStatus,
  RoomSummaryError,
} from "./hooks/useRoomSummary";
export { useInviteFreshness } from "./hooks/useInviteFreshness";
export type { FreshnessTarget, InviteFreshnessStatus, UseInviteFreshnessOptions, UseInviteFreshnessResult } from "./hooks/useInviteFreshness";
export { useMutualRooms } from "./hooks/useMutualRooms";
export type { MutualRoomsStatus, UseMutualRoomsOptions, UseMutualRoomsResult } from "./hooks/useMutualRooms";
export { useAccountDataSetting } from "./hooks/useAccountDataSetting";
export type { UseAccountDataSettingResult, AccountDataSettingError, AccountDataSettingStatus } from "./hooks/useAccountDataSetting";
export { useAuthenticatedMedia } from "./hooks/useAuthenticatedMedia";
export type {
  AuthenticatedMedia,
  AuthenticatedMediaClient,
  AuthenticatedMediaStatus,
  UseAuthenticatedMediaOptions,
} from "./hooks/useAuthenticatedMedia";
export { useCountdown } from "./hooks/useCountdown";

// Components
export { InvitePreview, InvitePreviewView } from "./components/InvitePreview/index";
export type {
  InvitePreviewProps,
  InvitePreviewMediaPolicy,
  InvitePreviewViewProps,
  InvitePreviewDeclineDialogProps,
  InvitePreviewDeclineRequest,
  InvitePreviewFreshnessCheck,
} from "./components/InvitePreview/index";
export { InviteList, InviteListItem } from "./components/InviteList/index";
export type { InviteListProps, InviteListItemProps, InboxBlockStore } from "./components/InviteList/index";
export { DeclineInviteDialog } from "./components/DeclineInviteDialog/index";
export type { DeclineInviteDialogProps } from "./components/DeclineInviteDialog/index";
export { InviteSafetySettings } from "./components/InviteSafetySettings/index";
export type { InviteSafetySettingsProps } from "./components/InviteSafetySettings/index";
export { KnockPreview } from "./components/KnockPreview/index";
export type { KnockPreviewProps, KnockOutcome } from "./components/KnockPreview/index";
export { MembershipNotice } from "./components/MembershipNotice/index";
export type { MembershipNoticeProps } from "./components/MembershipNotice/index";
export { MembershipEventText, formatMembershipLine } from "./components/MembershipEventText/index";
export type { MembershipEventTextProps, FormatMembershipLineOptions, GetMemberName, NameSources } from "./components/MembershipEventText/index";
export { MembershipEventSummary } from "./components/MembershipEventSummary/index";
export type { MembershipEventSummaryProps } from "./components/MembershipEventSummary/index";
export { MemberActions } from "./components/MemberActions/index";
export type { MemberActionsProps, MemberActionWording } from "./components/MemberActions/index";
export { InviteUserForm } from "./components/InviteUserForm/index";
export type { InviteUserFormProps } from "./components/InviteUserForm/index";
export { PowerLevelBadge } from "./components/PowerLevelBadge/index";
export type { PowerLevelBadgeProps } from "./components/PowerLevelBadge/index";
export { RoomAvatar, UserAvatar } from "./components/Avatar/index";
export type { AvatarProps, RoomAvatarProps, UserAvatarProps } from "./components/Avatar/index";
export { RoomNameText, formatRoomName } from "./components/RoomName/index";
export type { RoomNameTextProps } from "./components/RoomName/index";
export { NetworkText } from "./components/shared/NetworkText";
export type { NetworkTextProps } from "./components/shared/NetworkText";
