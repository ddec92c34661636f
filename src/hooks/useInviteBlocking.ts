/**
 * The user's invite-blocking choice (`m.invite_permission_config` with
 * `default_action: "block"`), readable and writable.
 */
import { useCallback } from "react";
import { readInvitePermission, setBlockAllInvites } from "../core/accountData";
import type { MembershipClient } from "../core/client/types";
import { useAccountDataSetting } from "./useAccountDataSetting";
import type { AccountDataSettingAccess, AccountDataSettingError, AccountDataSettingStatus } from "./useAccountDataSetting";

/** What {@link useInviteBlocking} returns. */
export interface UseInviteBlockingResult {
  /** `loading` until the setting is known, `saving` during a write, `error` after a failed read or write. */
  status: AccountDataSettingStatus;
  /**
   * Whether every invite is blocked. `false` while loading (the spec's default): show the
   * switch as busy until `status` leaves `loading` rather than trusting this value.
   */
  blockAll: boolean;
  /** The failed read or write, when `status` is `error`. */
  error: AccountDataSettingError | undefined;
  /** Blocks or unblocks all invites: shown at once, rolled back if the server refuses. */
  setBlockAll: (block: boolean) => void;
  /** Reads the setting again, after a failed read. */
  reload: () => void;
}

const access: AccountDataSettingAccess<boolean> = {
  read: async (client, options) => (await readInvitePermission(client, options)).blockAll,
  write: (client, block) => setBlockAllInvites(client, block),
  fallback: false,
};

/**
 * Reads and writes whether all invites are blocked.
 *
 * `client` must be a stable object (created once, not during render): the setting is read
 * again whenever the client object changes. `fromMatrixJsSdk` returns the same adapter for
 * the same SDK client, so calling it during render is fine.
 */
export function useInviteBlocking(client: MembershipClient): UseInviteBlockingResult {
  const setting = useAccountDataSetting(client, access);
  const { set } = setting;
  const setBlockAll = useCallback((block: boolean) => set(block), [set]);
  return { status: setting.status, blockAll: setting.value, error: setting.error, setBlockAll, reload: setting.reload };
}
