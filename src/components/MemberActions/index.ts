export { MemberActions } from "./MemberActions";
export type { MemberActionsProps } from "./MemberActions";
export { MemberActionDialog } from "./MemberActionDialog";
export type { MemberActionDialogProps } from "./MemberActionDialog";
export type { MemberActionWording } from "./memberActionLabels";
