import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { AccountDataSetting } from "../../src/core/accountData";
import { invitePermissionConfig, mediaPreviewConfig } from "../../src/core/accountDataSettings";
import { MatrixApiError, MatrixNetworkError } from "../../src/core/client/errors";
import { useAccountDataSetting } from "../../src/hooks/useAccountDataSetting";
import { deferred } from "../support/deferred";
import type { Deferred } from "../support/deferred";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

const MEDIA_PREVIEW_CONFIG_TYPE = "m.media_preview_config";
const UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE = "io.element.msc4278.media_preview_config";
const INVITE_PERMISSION_CONFIG_TYPE = "m.invite_permission_config";

/** Answers account-data reads from a map, like a server holding these contents. */
function serverHolding(client: RecordingClient, contents: Record<string, Record<string, unknown>>): void {
  client.respond("getAccountData", (type) => contents[type]);
}

describe("useAccountDataSetting(client, mediaPreviewConfig)", () => {
  it("shows no invite avatars until the user's choice is known", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const { result } = renderHook(() => useAccountDataSetting(client, mediaPreviewConfig));

    expect(result.current).toMatchObject({ status: "loading", value: { inviteAvatars: false } });
    const read = await client.waitForCall("getAccountData");
    expect(read.args[0]).toBe(MEDIA_PREVIEW_CONFIG_TYPE);
  });

  it("allows invite avatars when the user never chose (the MSC4278 default)", async () => {
    const client = createRecordingClient();
    const { result } = renderHook(() => useAccountDataSetting(client, mediaPreviewConfig));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value.inviteAvatars).toBe(true);
    expect(client.callsTo("getAccountData").map((call) => call.args[0])).toEqual([MEDIA_PREVIEW_CONFIG_TYPE, UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]);
  });

  it("reads invite_avatars: off as no avatars", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off", media_previews: "private" } });
    const { result } = renderHook(() => useAccountDataSetting(client, mediaPreviewConfig));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value.inviteAvatars).toBe(false);
  });

  it("aborts the read on unmount", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const { unmount } = renderHook(() => useAccountDataSetting(client, mediaPreviewConfig));
    const read = await client.waitForCall("getAccountData");

    unmount();

    expect(read.status).toBe("aborted");
  });

  it("shows a change at once and writes it, keeping the other keys", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "on", media_previews: "private" } });
    client.respond("setAccountData", "hold");
    const { result } = renderHook(() => useAccountDataSetting(client, mediaPreviewConfig));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set({ inviteAvatars: false }));
    expect(result.current).toMatchObject({ status: "saving", value: { inviteAvatars: false } });
    const write = await client.waitForCall("setAccountData");
    expect(write.args.slice(0, 2)).toEqual([MEDIA_PREVIEW_CONFIG_TYPE, { invite_avatars: "off", media_previews: "private" }]);
    act(() => write.resolve(undefined));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value.inviteAvatars).toBe(false);
  });

  it("rolls back when the server refuses the change, and a later change works", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "on" } });
    client.respondOnce("setAccountData", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 2000 } }) });
    const { result } = renderHook(() => useAccountDataSetting(client, mediaPreviewConfig));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set({ inviteAvatars: false }));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.value.inviteAvatars).toBe(true);
    expect(result.current.error).toEqual({ code: "rate_limited", operation: "write", retryAfterMs: 2000 });

    act(() => result.current.set({ inviteAvatars: false }));
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value.inviteAvatars).toBe(false);
    expect(result.current.error).toBeUndefined();
  });
});

describe("useAccountDataSetting(client, invitePermissionConfig)", () => {
  it("reads a blocked default action", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block" } });
    const { result } = renderHook(() => useAccountDataSetting(client, invitePermissionConfig));
    expect(result.current).toMatchObject({ status: "loading", value: { blockAll: false } });

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value.blockAll).toBe(true);
  });

  it("unblocks by removing default_action and keeping the user lists", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block", blocked_users: ["@spam:evil.example"] } });
    const { result } = renderHook(() => useAccountDataSetting(client, invitePermissionConfig));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set({ blockAll: false }));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value.blockAll).toBe(false);
    expect(client.callsTo("setAccountData")[0]?.args.slice(0, 2)).toEqual([
      INVITE_PERMISSION_CONFIG_TYPE,
      { blocked_users: ["@spam:evil.example"] },
    ]);
  });

  it("shows a failed read as an error with the safe value", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    const { result } = renderHook(() => useAccountDataSetting(client, invitePermissionConfig));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current).toMatchObject({ value: { blockAll: false }, error: { code: "network", operation: "read" } });
  });
});

describe("useAccountDataSetting", () => {
  /** A string setting stored as `{ value }`; content it cannot read is "safe". */
  const setting: AccountDataSetting<string, string> = {
    type: "org.example.setting",
    defaultValue: "default",
    parse: (content) => {
      const value = typeof content === "object" && content !== null ? (content as { value?: unknown }).value : undefined;
      return typeof value === "string" ? value : "safe";
    },
    write: (_current, value) => ({ value }),
  };

  function serverHoldingValue(client: RecordingClient, value: string): void {
    client.respond("getAccountData", { value: { value } });
  }

  it("keeps the latest of two quick writes on screen while the first one lands", async () => {
    const client = createRecordingClient();
    serverHoldingValue(client, "initial");
    client.respond("setAccountData", "hold");
    const { result } = renderHook(() => useAccountDataSetting(client, setting));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set("first"));
    act(() => result.current.set("second"));
    const first = await client.waitForCall("setAccountData", 1);
    act(() => first.resolve(undefined));
    await Promise.resolve();

    expect(result.current).toMatchObject({ status: "saving", value: "second" });
    // Writes of one setting run one at a time: the second goes out once the first has landed.
    const second = await client.waitForCall("setAccountData", 2);
    act(() => second.resolve(undefined));
    await waitFor(() => expect(result.current).toMatchObject({ status: "ready", value: "second" }));
  });

  it("rolls back to what the server confirmed when the latest write fails", async () => {
    const client = createRecordingClient();
    serverHoldingValue(client, "initial");
    client.respond("setAccountData", "hold");
    const { result } = renderHook(() => useAccountDataSetting(client, setting));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set("first"));
    act(() => result.current.set("second"));
    const first = await client.waitForCall("setAccountData", 1);
    act(() => first.resolve(undefined));
    const second = await client.waitForCall("setAccountData", 2);
    act(() => second.reject(new MatrixApiError({ status: 500 })));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.value).toBe("first");
  });

  it("does not let a slow first read undo a write that finished before it", async () => {
    const client = createRecordingClient();
    client.respondOnce("getAccountData", "hold");
    const { result } = renderHook(() => useAccountDataSetting(client, setting));
    expect(result.current).toMatchObject({ status: "loading", value: "safe" });
    const slowRead = await client.waitForCall("getAccountData");

    act(() => result.current.set("written"));
    await waitFor(() => expect(result.current).toMatchObject({ status: "ready", value: "written" }));
    await act(async () => slowRead.resolve({ value: "stale" }));

    expect(result.current.value).toBe("written");
  });

  it("ignores slow reads of an earlier client or reload, success or failure, that land after the newest read", async () => {
    const reads: Deferred<Record<string, unknown> | undefined>[] = [];
    // The read ignores the abort signal, as a slow client might: the hook alone must drop its answer.
    function ignoringAborts(client: RecordingClient): RecordingClient {
      client.getAccountData = () => {
        const read = deferred<Record<string, unknown> | undefined>();
        reads.push(read);
        return read.promise;
      };
      return client;
    }
    const first = ignoringAborts(createRecordingClient());
    const second = ignoringAborts(createRecordingClient());
    const { result, rerender } = renderHook(({ client }) => useAccountDataSetting(client, setting), { initialProps: { client: first } });
    act(() => result.current.reload());
    rerender({ client: second });
    expect(reads).toHaveLength(3);

    await act(async () => reads[2]?.resolve({ value: "second client's" }));
    expect(result.current).toMatchObject({ status: "ready", value: "second client's" });
    await act(async () => {
      reads[0]?.reject(new MatrixApiError({ status: 500 }));
      reads[1]?.resolve({ value: "first client's" });
    });

    expect(result.current).toMatchObject({ status: "ready", value: "second client's", error: undefined });
  });

  it("ignores the answer of a write that lands after unmount", async () => {
    const client = createRecordingClient();
    serverHoldingValue(client, "initial");
    client.respond("setAccountData", "hold");
    const consoleError = vi.spyOn(console, "error");
    const { result, unmount } = renderHook(() => useAccountDataSetting(client, setting));
    await waitFor(() => expect(result.current.status).toBe("ready"));
    act(() => result.current.set("changed"));
    const write = await client.waitForCall("setAccountData");

    unmount();
    write.reject(new MatrixApiError({ status: 500 }));
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(write.signal).toBeUndefined();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
});
