/** Ready-made components. Each folder's `index.ts` lists what it makes public. */
import "./theme/theme.css";

export * from "./shared/index";
export * from "./Avatar/index";
export * from "./RoomName/index";
export * from "./InvitePreview/index";
export * from "./InviteList/index";
export * from "./DeclineInviteDialog/index";
export * from "./InviteSafetySettings/index";
export * from "./MembershipEventText/index";
export * from "./MembershipEventSummary/index";
export * from "./PowerLevelBadge/index";
export * from "./MemberActions/index";
export * from "./InviteUserForm/index";
export * from "./KnockPreview/index";
export * from "./MembershipNotice/index";
