import "./Avatar.css";
import { useState } from "react";
import type { ComponentPropsWithRef, CSSProperties } from "react";
import { mayLoadAvatars } from "../../core/mediaPolicy";
import type { MediaPolicy } from "../../core/mediaPolicy";
import { useAuthenticatedMedia } from "../../hooks/useAuthenticatedMedia";
import type { AuthenticatedMediaClient } from "../../hooks/useAuthenticatedMedia";
import { useI18n } from "../../i18n/I18nProvider";
import { getAvatarColorIndex, getAvatarInitial } from "./avatarInitial";

const DEFAULT_SIZE = 40;

/** Props shared by {@link RoomAvatar} and {@link UserAvatar}. */
export interface AvatarProps extends Omit<ComponentPropsWithRef<"span">, "children"> {
  /** Fetches the image (with the `Authorization` header). Without one, the avatar shows initials. */
  client?: AuthenticatedMediaClient;
  /** The room or person's name, as plain text: only its first letter (or emoji) is shown. */
  name?: string;
  /** The `mxc://` avatar URI. Anything else (`http:`, `data:`, `javascript:`…) is ignored, never loaded. */
  avatarUrl?: string;
  /** Width and height in CSS pixels. Defaults to 40. */
  size?: number;
  /**
   * The user's media policy. The image is fetched only when it allows avatars; without it the
   * avatar shows initials and requests nothing (an image request tells the media server the
   * user looked). For invites, pass `inviteMediaPolicy(…)` of the user's `m.media_preview_config`.
   */
  mediaPolicy?: MediaPolicy;
  /**
   * Accessible name. Without it the avatar is decorative (`aria-hidden`), which suits an
   * avatar beside the name it stands for.
   */
  label?: string;
}

/** Props of {@link RoomAvatar}. */
export interface RoomAvatarProps extends AvatarProps {
  /** The room ID: picks the colour, and gives the initial when the name has none. */
  roomId: string;
}

/** Props of {@link UserAvatar}. */
export interface UserAvatarProps extends AvatarProps {
  /** The user ID: picks the colour, and gives the initial when the name has none. */
  userId: string;
}

/** A room's (or space's) avatar: its image when allowed, else an initial on a colour from the room ID. */
export function RoomAvatar({ roomId, ...rest }: RoomAvatarProps) {
  return <AvatarBase {...rest} id={roomId} kind="room" />;
}

/** A person's avatar: their image when allowed, else an initial on a colour from the user ID. */
export function UserAvatar({ userId, ...rest }: UserAvatarProps) {
  return <AvatarBase {...rest} id={userId} kind="user" />;
}

interface AvatarBaseProps extends AvatarProps {
  id: string;
  kind: "room" | "user";
}

function clampSize(size: number | undefined): number {
  if (typeof size !== "number" || !Number.isFinite(size)) return DEFAULT_SIZE;
  return Math.min(512, Math.max(8, Math.round(size)));
}

/**
 * `data-state`: `initials` (no image wanted or possible), `loading`, `image`, or `error`
 * (the fetch or the decoding failed; initials show).
 */
function AvatarBase({
  id,
  kind,
  client,
  name,
  avatarUrl,
  size,
  mediaPolicy,
  label,
  className,
  style,
  ...rest
}: AvatarBaseProps) {
  const i18n = useI18n();
  const pixels = clampSize(size);
  // Twice the size, for sharp images on high-density screens.
  const media = useAuthenticatedMedia(client, avatarUrl, { width: pixels * 2, height: pixels * 2, enabled: mayLoadAvatars(mediaPolicy) });
  const [brokenUrl, setBrokenUrl] = useState<string>();
  const imageUrl = media.status === "loaded" && media.url !== brokenUrl ? media.url : undefined;
  const state = imageUrl ? "image" : media.status === "loading" ? "loading" : media.status === "error" || media.url ? "error" : "initials";
  const initial = getAvatarInitial(name, id, i18n.intlLocale);
  const labelled = typeof label === "string" && label.trim() !== "";

  return (
    <span
      {...rest}
      className={className ? `mmui-avatar ${className}` : "mmui-avatar"}
      style={{ ...style, "--mmui-avatar-size": `${pixels}px` } as CSSProperties}
      data-kind={kind}
      data-state={state}
      data-color={getAvatarColorIndex(id)}
      // The initial and the label are network text (a name), never our words.
      data-mmui-network-text=""
      role={labelled ? "img" : undefined}
      aria-label={labelled ? label : undefined}
      aria-hidden={labelled ? undefined : true}
    >
      {imageUrl ? (
        <img className="mmui-avatar__image" src={imageUrl} alt="" draggable={false} onError={() => setBrokenUrl(imageUrl)} />
      ) : (
        <span className="mmui-avatar__initial" dir="auto">
          {initial}
        </span>
      )}
    </span>
  );
}
