export { MemberActions } from "./MemberActions";
export type { MemberActionsProps } from "./MemberActions";
export type { MemberActionWording } from "./memberActionLabels";
