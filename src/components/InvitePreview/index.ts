export { InvitePreview } from "./InvitePreview";
export type { InvitePreviewProps, InvitePreviewMediaPolicy } from "./InvitePreview";
export { InvitePreviewView } from "./InvitePreviewView";
export type { InvitePreviewViewProps, InvitePreviewDeclineDialogProps, InvitePreviewDeclineRequest } from "./InvitePreviewView";
