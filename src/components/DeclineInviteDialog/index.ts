export { DeclineInviteDialog, DEFAULT_MAX_REASON_LENGTH } from "./DeclineInviteDialog";
export type { DeclineInviteDialogProps } from "./DeclineInviteDialog";
