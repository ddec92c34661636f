/**
 * What `InvitePreviewView` hands its "Decline and ignore…" dialog slot. A module of its own so
 * the view and the built-in dialog (`defaults.tsx`) can both name it without importing each other.
 */
import type { ReactNode } from "react";
import type { DeclineRequest } from "../../core/actions/inviteActionTypes";

/** What a decline asks for beyond leaving: the shape `useInviteActions().decline` takes. */
export type InvitePreviewDeclineRequest = DeclineRequest;

/** What the "Decline and ignore…" dialog slot receives. */
export interface InvitePreviewDeclineDialogProps {
  /** Whether the dialog is open. */
  open: boolean;
  /** The inviter's user ID, for "Ignore {user}". */
  inviterId?: string;
  /** The inviter's display name (plain text, untrusted). */
  inviterName?: string;
  /** The room's name as nodes. */
  roomName?: ReactNode;
  /** Tick "Ignore {user}" from the start. */
  defaultBlock?: boolean;
  /** The person confirmed: decline with these extras. */
  onConfirm(request: InvitePreviewDeclineRequest): void;
  /** The person cancelled. */
  onCancel(): void;
}
