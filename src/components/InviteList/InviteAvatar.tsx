import type { MembershipClient } from "../../core/client/types";
import { useAuthenticatedMedia } from "../../hooks/useAuthenticatedMedia";

/** Props of {@link InviteAvatar}. */
export interface InviteAvatarProps {
  /** Fetches the thumbnail (with the access token); without it only initials show. */
  client?: Pick<MembershipClient, "fetchThumbnail">;
  /** The room (or user) ID: picks the initials' colour, so it stays stable across renames. */
  id: string;
  /** Plain-text name the initial comes from. */
  name: string;
  /** The `mxc://` avatar; anything else is never loaded. */
  avatarUrl?: string;
  /** `false`: initials only, nothing fetched. */
  showImage: boolean;
  /** Size in CSS pixels. */
  size: number;
}

/**
 * A decorative avatar for an inbox row: the image when allowed and loaded, else the first
 * letter of the name on a colour derived from the ID. Hidden from assistive technology; the
 * row's text names the room.
 */
export function InviteAvatar({ client, id, name, avatarUrl, showImage, size }: InviteAvatarProps) {
  const media = useAuthenticatedMedia(client, avatarUrl, { width: size * 2, height: size * 2, enabled: showImage });
  const style = { inlineSize: size, blockSize: size, "--mmui-invite-avatar-colour": `var(--mmui-avatar-${colourIndex(id)}, #4d5b6b)` };
  return (
    <span className="mmui-invite-avatar" aria-hidden="true" style={style} data-state={media.status === "loaded" ? "image" : "initials"}>
      {media.status === "loaded" && media.url ? <img src={media.url} alt="" width={size} height={size} /> : initialOf(name)}
    </span>
  );
}

/** 1–8: which `--mmui-avatar-N` colour an ID gets (a small string hash). */
function colourIndex(id: string): number {
  let hash = 0;
  for (let index = 0; index < id.length; index++) hash = (hash * 31 + id.charCodeAt(index)) | 0;
  return (Math.abs(hash) % 8) + 1;
}

/** The first letter of the name, skipping sigils (`#`, `@`, `!`) and spaces. */
function initialOf(name: string): string {
  const trimmed = name.replace(/^[\s#@!+]+/u, "");
  const first = Array.from(trimmed)[0];
  return first ? first.toLocaleUpperCase() : "?";
}
