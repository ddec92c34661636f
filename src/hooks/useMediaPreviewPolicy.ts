/**
 * The user's media-preview policy (MSC4278 `m.media_preview_config`) for invites: whether
 * invite previews may show avatars, readable and writable.
 */
import { useCallback } from "react";
import { readMediaPreviewPolicy, setInviteAvatarsEnabled } from "../core/accountData";
import type { MembershipClient } from "../core/client/types";
import { useAccountDataSetting } from "./useAccountDataSetting";
import type { AccountDataSettingAccess, AccountDataSettingError, AccountDataSettingStatus } from "./useAccountDataSetting";

/** What {@link useMediaPreviewPolicy} returns. */
export interface UseMediaPreviewPolicyResult {
  /** `loading` until the policy is known, `saving` during a write, `error` after a failed read or write. */
  status: AccountDataSettingStatus;
  /**
   * Whether invite previews may show avatars. `false` while loading and after a failed
   * read: an avatar request tells the inviter's media server that the invite was seen, so
   * nothing is fetched before the user's choice is known.
   */
  inviteAvatars: boolean;
  /** The failed read or write, when `status` is `error`. */
  error: AccountDataSettingError | undefined;
  /** Turns invite avatars on or off: shown at once, rolled back if the server refuses. */
  setInviteAvatars: (enabled: boolean) => void;
  /** Reads the setting again, after a failed read. */
  reload: () => void;
}

const access: AccountDataSettingAccess<boolean> = {
  read: async (client, options) => (await readMediaPreviewPolicy(client, options)).inviteAvatars,
  write: (client, enabled) => setInviteAvatarsEnabled(client, enabled),
  fallback: false,
};

/**
 * Reads and writes whether invite previews may show avatars (`invite_avatars`).
 *
 * `client` must be a stable object (created once, not during render): the setting is read
 * again whenever the client object changes. `fromMatrixJsSdk` returns the same adapter for
 * the same SDK client, so calling it during render is fine.
 */
export function useMediaPreviewPolicy(client: MembershipClient): UseMediaPreviewPolicyResult {
  const setting = useAccountDataSetting(client, access);
  const { set } = setting;
  const setInviteAvatars = useCallback((enabled: boolean) => set(enabled), [set]);
  return { status: setting.status, inviteAvatars: setting.value, error: setting.error, setInviteAvatars, reload: setting.reload };
}
