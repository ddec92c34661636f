export { DeclineInviteDialog, DEFAULT_MAX_REASON_LENGTH as DECLINE_REASON_MAX_LENGTH } from "./DeclineInviteDialog";
export type { DeclineInviteDialogProps } from "./DeclineInviteDialog";
