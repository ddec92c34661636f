/**
 * One account-data setting in React: read it, write it optimistically, roll back when the
 * write fails. What the setting is (its types, parsing, how a change is written) is a core
 * descriptor such as `mediaPreviewConfig`; the requests are core's `readSetting` and
 * `writeSetting`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { readSettingContent, writeSettingContent } from "../core/accountData";
import type { AccountDataSetting } from "../core/accountData";
import { toMembershipError } from "../core/client/errors";
import type { MembershipClient, MembershipErrorCode } from "../core/client/types";

/**
 * Where a setting stands: `loading` until the first read answers, `saving` while a write is
 * in flight, `error` when the read or the last write failed, otherwise `ready`.
 */
export type AccountDataSettingStatus = "loading" | "ready" | "saving" | "error";

/** A failed read or write of a setting. */
export interface AccountDataSettingError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** Whether reading the setting failed (the value shown is then the safe choice) or writing it. */
  operation: "read" | "write";
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
}

/** What {@link useAccountDataSetting} returns. */
export interface UseAccountDataSettingResult<Value, Change> {
  /** Where the setting stands. */
  status: AccountDataSettingStatus;
  /**
   * The value to show: the pending change while saving, else what the server holds. Until the
   * server answers (and after a failed read) it is the setting's safe choice, e.g. no invite
   * avatars: nothing is fetched before the user's choice is known. Check `status` before
   * presenting it as the user's choice.
   */
  value: Value;
  /** The failed read or write, when `status` is `error`. */
  error: AccountDataSettingError | undefined;
  /** Applies a change: shown at once, written with a read-modify-write, rolled back if the server refuses it. */
  set: (change: Change) => void;
  /** Reads the setting again (after a failed read): `loading` until the server answers. */
  reload: () => void;
}

/** The client and setting a piece of state belongs to: state of another pair is ignored. */
interface Owner {
  client: MembershipClient;
  setting: object;
}

interface Loaded<Value> extends Owner {
  /** What the server holds, as far as this hook knows, with the content it was parsed from. */
  known?: { value: Value; content: unknown };
  error?: AccountDataSettingError;
}

interface Pending<Change> extends Owner {
  change: Change;
  callId: number;
}

interface WriteFailure extends Owner {
  error: AccountDataSettingError;
}

/**
 * Reads and writes one account-data setting.
 *
 * @example
 * ```tsx
 * const blocking = useAccountDataSetting(client, invitePermissionConfig);
 * <Switch checked={blocking.value.blockAll} busy={blocking.status === "loading"} onChange={(blockAll) => blocking.set({ blockAll })} />
 * ```
 *
 * The setting is read once per client and again on `reload()`; the read is aborted on
 * unmount. Only the latest change decides what is shown; a write that fails rolls back to
 * what the server last confirmed. Writes are never aborted (an aborted request may still
 * land on the server: aborting only hides its outcome); after unmount their answer is ignored.
 *
 * `client` and `setting` must be stable objects (created once, not during render): the
 * setting is read again whenever either changes. The core descriptors are constants, and
 * `fromMatrixJsSdk` returns the same adapter for the same SDK client, so calling it during
 * render is fine.
 */
export function useAccountDataSetting<Value, Change>(
  client: MembershipClient,
  setting: AccountDataSetting<Value, Change>,
): UseAccountDataSettingResult<Value, Change> {
  const [loaded, setLoaded] = useState<Loaded<Value> | undefined>(undefined);
  const [pending, setPending] = useState<Pending<Change> | undefined>(undefined);
  const [writeError, setWriteError] = useState<WriteFailure | undefined>(undefined);
  const mounted = useRef(false);
  const lastCallId = useRef(0);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    readSettingContent(client, setting, { signal: controller.signal }).then(
      ({ value, content }) => {
        if (controller.signal.aborted) return;
        // A write that succeeded while this read was in flight is newer than the read.
        setLoaded((previous) =>
          previous && isOwnedBy(previous, client, setting) && previous.known ? previous : { client, setting, known: { value, content } },
        );
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // An abort this hook did not ask for must not leave the status at "loading" for ever.
        const info = toMembershipError(error, "account_data") ?? { code: "network" as const };
        setLoaded({ client, setting, error: describe(info, "read") });
      },
    );
    return () => controller.abort();
  }, [client, setting, generation]);

  const reload = useCallback(() => {
    setLoaded(undefined);
    setGeneration((value) => value + 1);
  }, []);

  const set = useCallback(
    (change: Change) => {
      const callId = ++lastCallId.current;
      setPending({ client, setting, change, callId });
      setWriteError(undefined);
      writeSettingContent(client, setting, change, {}).then(
        ({ value, content }) => {
          if (!mounted.current) return;
          // The server now holds this content, whichever write is latest.
          setLoaded({ client, setting, known: { value, content } });
          if (callId === lastCallId.current) setPending(undefined);
        },
        (error: unknown) => {
          if (!mounted.current || callId !== lastCallId.current) return;
          setPending(undefined);
          setWriteError({ client, setting, error: describe(toMembershipError(error, "account_data") ?? { code: "unknown" }, "write") });
        },
      );
    },
    [client, setting],
  );

  const known = loaded && isOwnedBy(loaded, client, setting) ? loaded : undefined;
  const optimistic = pending && isOwnedBy(pending, client, setting) ? pending : undefined;
  const failedWrite = writeError && isOwnedBy(writeError, client, setting) ? writeError.error : undefined;
  const value = useMemo(() => {
    if (optimistic) return optimisticValue(setting, known?.known?.content, optimistic.change);
    // Unknown content parses to the setting's safe choice.
    return known?.known ? known.known.value : setting.parse(undefined);
  }, [setting, known, optimistic]);

  if (optimistic) return { status: "saving", value, error: undefined, set, reload };
  if (failedWrite) return { status: "error", value, error: failedWrite, set, reload };
  if (!known) return { status: "loading", value, error: undefined, set, reload };
  if (known.error) return { status: "error", value, error: known.error, set, reload };
  return { status: "ready", value, error: undefined, set, reload };
}

/** The value once `change` is written over `content`, as the descriptor will write it. */
function optimisticValue<Value, Change>(setting: AccountDataSetting<Value, Change>, content: unknown, change: Change): Value {
  try {
    return setting.parse(setting.write(content, change));
  } catch {
    return setting.parse(undefined);
  }
}

function isOwnedBy(state: Owner, client: MembershipClient, setting: object): boolean {
  return state.client === client && state.setting === setting;
}

function describe(info: { code: MembershipErrorCode; retryAfterMs?: number }, operation: "read" | "write"): AccountDataSettingError {
  const error: AccountDataSettingError = { code: info.code, operation };
  if (info.retryAfterMs !== undefined) error.retryAfterMs = info.retryAfterMs;
  return error;
}
