/** The built-in parts of the invite preview a host can replace: the avatar and the decline dialog. */
import type { ReactNode } from "react";
import type { MediaPolicy } from "../../core/mediaPolicy";
import type { RoomSummary } from "../../core/types";
import type { AuthenticatedMediaClient } from "../../hooks/useAuthenticatedMedia";
import { RoomAvatar, UserAvatar } from "../Avatar/Avatar";
import { DeclineInviteDialog } from "../DeclineInviteDialog/DeclineInviteDialog";
import type { InvitePreviewDeclineDialogProps } from "./declineDialogSlot";

/** The built-in "Decline and ignore…" dialog. */
export function renderDefaultDeclineDialog(props: InvitePreviewDeclineDialogProps): ReactNode {
  return <DeclineInviteDialog {...props} />;
}

/** Props of {@link DefaultAvatar}. */
export interface DefaultAvatarProps {
  /** The summary shown (the invite's, or the live one once joined). */
  summary: RoomSummary;
  /** Fetches the thumbnail; initials without it. */
  client: AuthenticatedMediaClient | undefined;
  /** The user's media policy: the image is fetched only when it allows avatars. */
  mediaPolicy: MediaPolicy | undefined;
  /** The room's name as plain text, for the initial. */
  name: string;
}

/** The room's avatar; for a direct message without one, the inviter's. Decorative: the heading names the room. */
export function DefaultAvatar({ summary, client, mediaPolicy, name }: DefaultAvatarProps) {
  const inviter = summary.inviter;
  if (summary.isDirect && !summary.avatarUrl && inviter) {
    return (
      <UserAvatar
        client={client}
        userId={inviter.userId}
        name={inviter.displayName ?? inviter.userId}
        avatarUrl={inviter.avatarUrl}
        size={48}
        mediaPolicy={mediaPolicy}
      />
    );
  }
  return (
    <RoomAvatar client={client} roomId={summary.roomId ?? name} name={name} avatarUrl={summary.avatarUrl} size={48} mediaPolicy={mediaPolicy} />
  );
}
