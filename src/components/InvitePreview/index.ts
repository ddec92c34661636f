export { InvitePreview } from "./InvitePreview";
export type { InvitePreviewProps, InvitePreviewMediaPolicy } from "./InvitePreview";
export { InvitePreviewView } from "./InvitePreviewView";
export type { InvitePreviewViewProps } from "./InvitePreviewView";
export type { InvitePreviewDeclineDialogProps, InvitePreviewDeclineRequest } from "./declineDialogSlot";
export type { InvitePreviewFreshnessCheck } from "./InviteFreshnessFacts";
