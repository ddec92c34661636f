export { DeclineInviteDialog } from "./DeclineInviteDialog";
export type { DeclineInviteDialogProps } from "./DeclineInviteDialog";
