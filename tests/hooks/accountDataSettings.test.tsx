import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { INVITE_PERMISSION_CONFIG_TYPE, MEDIA_PREVIEW_CONFIG_TYPE, UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE } from "../../src/core/accountData";
import { MatrixApiError, MatrixNetworkError } from "../../src/core/client/errors";
import { useAccountDataSetting } from "../../src/hooks/useAccountDataSetting";
import type { AccountDataSettingAccess } from "../../src/hooks/useAccountDataSetting";
import { useInviteBlocking } from "../../src/hooks/useInviteBlocking";
import { useMediaPreviewPolicy } from "../../src/hooks/useMediaPreviewPolicy";
import { deferred } from "../support/deferred";
import type { Deferred } from "../support/deferred";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

/** Answers account-data reads from a map, like a server holding these contents. */
function serverHolding(client: RecordingClient, contents: Record<string, Record<string, unknown>>): void {
  client.respond("getAccountData", (type) => contents[type]);
}

describe("useMediaPreviewPolicy", () => {
  it("shows no invite avatars until the user's choice is known", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const { result } = renderHook(() => useMediaPreviewPolicy(client));

    expect(result.current).toMatchObject({ status: "loading", inviteAvatars: false });
    const read = await client.waitForCall("getAccountData");
    expect(read.args[0]).toBe(MEDIA_PREVIEW_CONFIG_TYPE);
  });

  it("allows invite avatars when the user never chose (the MSC4278 default)", async () => {
    const client = createRecordingClient();
    const { result } = renderHook(() => useMediaPreviewPolicy(client));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.inviteAvatars).toBe(true);
    expect(client.callsTo("getAccountData").map((call) => call.args[0])).toEqual([MEDIA_PREVIEW_CONFIG_TYPE, UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]);
  });

  it("reads invite_avatars: off as no avatars", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off", media_previews: "private" } });
    const { result } = renderHook(() => useMediaPreviewPolicy(client));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.inviteAvatars).toBe(false);
  });

  it("aborts the read on unmount", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const { unmount } = renderHook(() => useMediaPreviewPolicy(client));
    const read = await client.waitForCall("getAccountData");

    unmount();

    expect(read.status).toBe("aborted");
  });

  it("shows a change at once and writes it, keeping the other keys", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "on", media_previews: "private" } });
    client.respond("setAccountData", "hold");
    const { result } = renderHook(() => useMediaPreviewPolicy(client));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.setInviteAvatars(false));
    expect(result.current).toMatchObject({ status: "saving", inviteAvatars: false });
    const write = await client.waitForCall("setAccountData");
    expect(write.args.slice(0, 2)).toEqual([MEDIA_PREVIEW_CONFIG_TYPE, { invite_avatars: "off", media_previews: "private" }]);
    act(() => write.resolve(undefined));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.inviteAvatars).toBe(false);
  });

  it("rolls back when the server refuses the change, and a later change works", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "on" } });
    client.respondOnce("setAccountData", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 2000 } }) });
    const { result } = renderHook(() => useMediaPreviewPolicy(client));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.setInviteAvatars(false));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.inviteAvatars).toBe(true);
    expect(result.current.error).toEqual({ code: "rate_limited", operation: "write", retryAfterMs: 2000 });

    act(() => result.current.setInviteAvatars(false));
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.inviteAvatars).toBe(false);
    expect(result.current.error).toBeUndefined();
  });
});

describe("useInviteBlocking", () => {
  it("reads a blocked default action", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block" } });
    const { result } = renderHook(() => useInviteBlocking(client));
    expect(result.current).toMatchObject({ status: "loading", blockAll: false });

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.blockAll).toBe(true);
  });

  it("unblocks by removing default_action and keeping the user lists", async () => {
    const client = createRecordingClient();
    serverHolding(client, { [INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block", blocked_users: ["@spam:evil.example"] } });
    const { result } = renderHook(() => useInviteBlocking(client));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.setBlockAll(false));

    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.blockAll).toBe(false);
    expect(client.callsTo("setAccountData")[0]?.args.slice(0, 2)).toEqual([
      INVITE_PERMISSION_CONFIG_TYPE,
      { blocked_users: ["@spam:evil.example"] },
    ]);
  });

  it("shows a failed read as an error with the safe value", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    const { result } = renderHook(() => useInviteBlocking(client));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current).toMatchObject({ blockAll: false, error: { code: "network", operation: "read" } });
  });
});

describe("useAccountDataSetting", () => {
  function access(read: (client: RecordingClient) => Promise<string>) {
    const write = vi.fn((client: RecordingClient, value: string) => client.setAccountData("org.example.setting", { value }));
    const setting: AccountDataSettingAccess<string> = {
      read: (client) => read(client as RecordingClient),
      write: (client, value) => write(client as RecordingClient, value),
      fallback: "safe",
    };
    return { setting, write };
  }

  it("keeps the latest of two quick writes on screen while the first one lands", async () => {
    const client = createRecordingClient();
    client.respond("setAccountData", "hold");
    const { setting } = access(async () => "initial");
    const { result } = renderHook(() => useAccountDataSetting(client, setting));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set("first"));
    act(() => result.current.set("second"));
    const first = await client.waitForCall("setAccountData", 1);
    const second = await client.waitForCall("setAccountData", 2);
    act(() => first.resolve(undefined));
    await Promise.resolve();

    expect(result.current).toMatchObject({ status: "saving", value: "second" });
    act(() => second.resolve(undefined));
    await waitFor(() => expect(result.current).toMatchObject({ status: "ready", value: "second" }));
  });

  it("rolls back to what the server confirmed when the latest write fails", async () => {
    const client = createRecordingClient();
    client.respond("setAccountData", "hold");
    const { setting } = access(async () => "initial");
    const { result } = renderHook(() => useAccountDataSetting(client, setting));
    await waitFor(() => expect(result.current.status).toBe("ready"));

    act(() => result.current.set("first"));
    act(() => result.current.set("second"));
    const first = await client.waitForCall("setAccountData", 1);
    const second = await client.waitForCall("setAccountData", 2);
    act(() => first.resolve(undefined));
    act(() => second.reject(new MatrixApiError({ status: 500 })));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.value).toBe("first");
  });

  it("does not let a slow first read undo a write that finished before it", async () => {
    const client = createRecordingClient();
    const slowRead = deferred<string>();
    const { setting } = access(() => slowRead.promise);
    const { result } = renderHook(() => useAccountDataSetting(client, setting));
    expect(result.current).toMatchObject({ status: "loading", value: "safe" });

    act(() => result.current.set("written"));
    await waitFor(() => expect(result.current).toMatchObject({ status: "ready", value: "written" }));
    await act(async () => slowRead.resolve("stale"));

    expect(result.current.value).toBe("written");
  });

  it("ignores slow reads of an earlier client or reload, success or failure, that land after the newest read", async () => {
    const reads: Deferred<string>[] = [];
    // The read ignores the abort signal, as a slow client might: the hook alone must drop its answer.
    const { setting } = access(() => {
      const read = deferred<string>();
      reads.push(read);
      return read.promise;
    });
    const first = createRecordingClient();
    const second = createRecordingClient();
    const { result, rerender } = renderHook(({ client }) => useAccountDataSetting(client, setting), { initialProps: { client: first } });
    act(() => result.current.reload());
    rerender({ client: second });
    expect(reads).toHaveLength(3);

    await act(async () => reads[2]?.resolve("second client's"));
    expect(result.current).toMatchObject({ status: "ready", value: "second client's" });
    await act(async () => {
      reads[0]?.reject(new MatrixApiError({ status: 500 }));
      reads[1]?.resolve("first client's");
    });

    expect(result.current).toMatchObject({ status: "ready", value: "second client's", error: undefined });
  });

  it("ignores the answer of a write that lands after unmount", async () => {
    const client = createRecordingClient();
    client.respond("setAccountData", "hold");
    const consoleError = vi.spyOn(console, "error");
    const { setting } = access(async () => "initial");
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
