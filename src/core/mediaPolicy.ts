/**
 * Whether a component may load media: the one rule every component that can show an image
 * follows. An image request tells the media server (for an invite, one the inviter may run)
 * that the user looked, so nothing is requested unless the host passes the user's policy and
 * that policy allows it. Without a policy, components show initials.
 */
import type { MediaPreviewConfig } from "./accountDataSettings";

/** What the user allows components to load, as a component prop (`mediaPolicy`). */
export interface MediaPolicy {
  /** `true` lets avatars be fetched; `false` shows initials and requests nothing. */
  showAvatars: boolean;
}

/** The policy that loads nothing: what a component follows when it is given none. */
const NO_MEDIA: MediaPolicy = /* @__PURE__ */ Object.freeze({ showAvatars: false });
const SHOW_AVATARS: MediaPolicy = /* @__PURE__ */ Object.freeze({ showAvatars: true });

/**
 * Whether avatars may be fetched under `policy`: only when a policy is given and it says
 * `showAvatars: true`. A missing policy, or anything else in it, loads nothing.
 */
export function mayLoadAvatars(policy: MediaPolicy | undefined): boolean {
  try {
    return policy?.showAvatars === true;
  } catch {
    // A hostile getter on the host's object: the safe choice.
    return false;
  }
}

/**
 * The same decision as one of two shared frozen objects, so that a memoised row given the
 * host's policy (perhaps a new object each render) re-renders only when the decision changes.
 */
export function settledMediaPolicy(policy: MediaPolicy | undefined): MediaPolicy {
  return mayLoadAvatars(policy) ? SHOW_AVATARS : NO_MEDIA;
}

/**
 * The policy for invites from the user's own `m.media_preview_config` (MSC4278's
 * `invite_avatars`): avatars only when the user's setting is known and allows them. Pass the
 * value of `useAccountDataSetting(client, mediaPreviewConfig)` (the safe choice until the
 * server answers) or the invite store's `getMediaPreviewPolicy()` (the safe choice until the
 * first sync); `undefined` loads nothing.
 *
 * @example
 * ```tsx
 * const media = useAccountDataSetting(client, mediaPreviewConfig);
 * <InviteList client={client} invites={invites} userId={userId} mediaPolicy={inviteMediaPolicy(media.value)} />
 * ```
 */
export function inviteMediaPolicy(config: Pick<MediaPreviewConfig, "inviteAvatars"> | undefined): MediaPolicy {
  try {
    return config?.inviteAvatars === true ? SHOW_AVATARS : NO_MEDIA;
  } catch {
    return NO_MEDIA;
  }
}

