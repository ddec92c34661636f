/**
 * Shared machinery of {@link useMediaPreviewPolicy} and {@link useInviteBlocking}: read one
 * account-data setting, write it optimistically, roll back when the write fails.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { toMembershipError } from "../core/client/errors";
import type { MembershipClient, MembershipErrorCode, RequestOptions } from "../core/client/types";

/**
 * Where a setting stands: `loading` until the first read answers, `saving` while a write is
 * in flight, `error` when the read or the last write failed, otherwise `ready`.
 */
export type AccountDataSettingStatus = "loading" | "ready" | "saving" | "error";

/** A failed read or write of a setting. */
export interface AccountDataSettingError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** Whether reading the setting failed (the value shown is then the safe default) or writing it. */
  operation: "read" | "write";
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
}

/** How to read and write one setting, and what to show before it is known. */
export interface AccountDataSettingAccess<T> {
  /** Reads the setting from the server. */
  read(client: MembershipClient, options: RequestOptions): Promise<T>;
  /** Writes the setting (a read-modify-write that keeps the other keys). */
  write(client: MembershipClient, value: T): Promise<void>;
  /** The value shown while loading and after a failed read: the safe choice. */
  fallback: T;
}

/** The state of one setting as the hooks expose it. */
export interface AccountDataSetting<T> {
  /** Where the setting stands. */
  status: AccountDataSettingStatus;
  /** The value to show: the pending write's value while saving, else the server's, else the fallback. */
  value: T;
  /** The failed read or write, when `status` is `error`. */
  error: AccountDataSettingError | undefined;
  /** Writes a new value, shown at once and rolled back if the server refuses it. */
  set: (value: T) => void;
  /** Reads the setting again (after a failed read): `loading` until the server answers. */
  reload: () => void;
}

interface Loaded<T> {
  client: MembershipClient;
  value?: T;
  error?: AccountDataSettingError;
}

interface Pending<T> {
  client: MembershipClient;
  value: T;
  callId: number;
}

/**
 * Reads a setting once per client and again on `reload()` (aborting the read on unmount),
 * and writes it with an optimistic update. Only the latest write decides what is shown; a write that fails rolls
 * back to the last value the server confirmed. Writes are never aborted (see
 * `abortReadsOnly`); after unmount their answer is ignored.
 */
export function useAccountDataSetting<T>(client: MembershipClient, access: AccountDataSettingAccess<T>): AccountDataSetting<T> {
  const { read, write, fallback } = access;
  const [loaded, setLoaded] = useState<Loaded<T> | undefined>(undefined);
  const [pending, setPending] = useState<Pending<T> | undefined>(undefined);
  const [writeError, setWriteError] = useState<{ client: MembershipClient; error: AccountDataSettingError } | undefined>();
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
    read(client, { signal: controller.signal }).then(
      (value) => {
        if (controller.signal.aborted) return;
        // A write that succeeded while this read was in flight is newer than the read.
        setLoaded((previous) => (previous?.client === client && previous.value !== undefined ? previous : { client, value }));
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // An abort this hook did not ask for must not leave the status at "loading" for ever.
        const info = toMembershipError(error, "account_data") ?? { code: "network" as const };
        setLoaded({ client, error: describe(info, "read") });
      },
    );
    return () => controller.abort();
  }, [client, read, generation]);

  const reload = useCallback(() => {
    setLoaded(undefined);
    setGeneration((value) => value + 1);
  }, []);

  const set = useCallback(
    (value: T) => {
      const callId = ++lastCallId.current;
      setPending({ client, value, callId });
      setWriteError(undefined);
      write(client, value).then(
        () => {
          if (!mounted.current) return;
          // The server now holds this value, whichever write is latest.
          setLoaded({ client, value });
          if (callId === lastCallId.current) setPending(undefined);
        },
        (error: unknown) => {
          if (!mounted.current || callId !== lastCallId.current) return;
          setPending(undefined);
          setWriteError({ client, error: describe(toMembershipError(error, "account_data") ?? { code: "unknown" }, "write") });
        },
      );
    },
    [client, write],
  );

  const known = loaded?.client === client ? loaded : undefined;
  const optimistic = pending?.client === client ? pending : undefined;
  const failedWrite = writeError?.client === client ? writeError.error : undefined;
  const value = optimistic ? optimistic.value : known?.value !== undefined ? known.value : fallback;
  if (optimistic) return { status: "saving", value, error: undefined, set, reload };
  if (failedWrite) return { status: "error", value, error: failedWrite, set, reload };
  if (!known) return { status: "loading", value, error: undefined, set, reload };
  if (known.error) return { status: "error", value, error: known.error, set, reload };
  return { status: "ready", value, error: undefined, set, reload };
}

function describe(info: { code: MembershipErrorCode; retryAfterMs?: number }, operation: "read" | "write"): AccountDataSettingError {
  const error: AccountDataSettingError = { code: info.code, operation };
  if (info.retryAfterMs !== undefined) error.retryAfterMs = info.retryAfterMs;
  return error;
}
