import { act, renderHook, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAuthenticatedMedia } from "../../src/hooks/useAuthenticatedMedia";
import type { AuthenticatedMediaClient, UseAuthenticatedMediaOptions } from "../../src/hooks/useAuthenticatedMedia";
import { createMatrixHttpClient } from "../../src/core/client/http";
import { createFakeFetch } from "../core/client/fakeFetch";
import { createRecordingClient } from "../support/recordingClient";
import { deferred } from "../support/deferred";
import type { Deferred } from "../support/deferred";
import type { RecordingClient } from "../support/recordingClient";

const AVATAR = "mxc://localhost/AvatarMediaId";
const SIZE = { width: 40, height: 40 };

let createdUrls: Blob[];
let revokedUrls: string[];

beforeEach(() => {
  createdUrls = [];
  revokedUrls = [];
  // jsdom implements neither; record what the hook creates and revokes.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    createdUrls.push(blob);
    return `blob:test/${createdUrls.length}`;
  });
  URL.revokeObjectURL = vi.fn((url: string) => {
    revokedUrls.push(url);
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the hook's deferred clean-up (a microtask) run. */
async function flushCleanUp(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
  });
}

function renderMedia(client: RecordingClient | undefined, mxcUrl: string | undefined, options: UseAuthenticatedMediaOptions = SIZE) {
  return renderHook((props: { mxcUrl: string | undefined; options: UseAuthenticatedMediaOptions }) =>
    useAuthenticatedMedia(client, props.mxcUrl, props.options), { initialProps: { mxcUrl, options } });
}

describe("useAuthenticatedMedia: what it refuses to fetch", () => {
  it.each([
    ["an https URL", "https://evil.example/track.png"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:image/png;base64,AAAA"],
    ["an mxc URI with a bad media ID", "mxc://localhost/../../etc"],
    ["an mxc URI without a media ID", "mxc://localhost/"],
    ["an empty string", ""],
  ])("fetches nothing for %s", (_label, url) => {
    const client = createRecordingClient();
    const { result } = renderMedia(client, url);

    expect(result.current).toEqual({ status: "idle", url: undefined });
    expect(client.calls).toHaveLength(0);
  });

  it("fetches nothing when disabled (the media-preview policy says no)", () => {
    const client = createRecordingClient();
    const { result } = renderMedia(client, AVATAR, { ...SIZE, enabled: false });

    expect(result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);
  });

  it("fetches nothing without a client or with a client lacking authenticated media", () => {
    const withoutThumbnails = createRecordingClient({ withoutThumbnails: true });
    expect(renderMedia(undefined, AVATAR).result.current.status).toBe("idle");
    expect(renderMedia(withoutThumbnails, AVATAR).result.current.status).toBe("idle");
    expect(withoutThumbnails.calls).toHaveLength(0);
  });

  it("starts fetching once enabled, and not before", async () => {
    const client = createRecordingClient();
    const { result, rerender } = renderMedia(client, AVATAR, { ...SIZE, enabled: false });
    expect(client.calls).toHaveLength(0);

    rerender({ mxcUrl: AVATAR, options: { ...SIZE, enabled: true } });

    await waitFor(() => expect(result.current.status).toBe("loaded"));
    expect(client.callsTo("fetchThumbnail")).toHaveLength(1);
  });
});

describe("useAuthenticatedMedia: fetching", () => {
  it("fetches the thumbnail through the client and exposes a blob URL", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", "hold");
    const { result } = renderMedia(client, AVATAR);
    expect(result.current).toEqual({ status: "loading", url: undefined });

    const call = await client.waitForCall("fetchThumbnail");
    expect(call.args.slice(0, 2)).toEqual([AVATAR, SIZE]);
    const image = new Blob(["png"], { type: "image/png" });
    act(() => call.resolve(image));

    await waitFor(() => expect(result.current).toEqual({ status: "loaded", url: "blob:test/1" }));
    expect(createdUrls).toEqual([image]);
  });

  it("re-types a non-image answer so the blob URL can never run as a page", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", { value: new Blob(["<script>alert(1)</script>"], { type: "text/html" }) });
    const { result } = renderMedia(client, AVATAR);

    await waitFor(() => expect(result.current.status).toBe("loaded"));
    expect(createdUrls[0]?.type).toBe("application/octet-stream");
  });

  it("accepts a Blob from another realm (an iframe's or Node's fetch)", async () => {
    const client = createRecordingClient();
    const foreign = { size: 3, type: "image/png", arrayBuffer: async () => new ArrayBuffer(3) } as unknown as Blob;
    client.respond("fetchThumbnail", { value: foreign });
    const { result } = renderMedia(client, AVATAR);

    await waitFor(() => expect(result.current.status).toBe("loaded"));
    expect(createdUrls).toEqual([foreign]);
  });

  it("treats an answer that is not a Blob as an error", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", { value: "<svg onload=alert(1)>" as unknown as Blob });
    const { result } = renderMedia(client, AVATAR);

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(createdUrls).toHaveLength(0);
  });

  it("shares one request and one URL between two components asking for the same image", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", "hold");
    const first = renderMedia(client, AVATAR);
    const second = renderMedia(client, AVATAR);

    const call = await client.waitForCall("fetchThumbnail");
    act(() => call.resolve(new Blob(["png"], { type: "image/png" })));

    await waitFor(() => expect(first.result.current.url).toBe("blob:test/1"));
    expect(second.result.current.url).toBe("blob:test/1");
    expect(client.callsTo("fetchThumbnail")).toHaveLength(1);
    expect(createdUrls).toHaveLength(1);
  });

  it("makes separate requests for separate sizes and separate clients", async () => {
    const client = createRecordingClient();
    const other = createRecordingClient();
    renderMedia(client, AVATAR, { width: 40, height: 40 });
    renderMedia(client, AVATAR, { width: 80, height: 80 });
    renderMedia(other, AVATAR, { width: 40, height: 40 });

    await waitFor(() => expect(createdUrls).toHaveLength(3));
    expect(client.callsTo("fetchThumbnail").map((call) => call.args[1])).toEqual([
      { width: 40, height: 40 },
      { width: 80, height: 80 },
    ]);
    expect(other.callsTo("fetchThumbnail")).toHaveLength(1);
  });

  it("does not fetch twice under StrictMode", async () => {
    const client = createRecordingClient();
    const { result } = renderHook(() => useAuthenticatedMedia(client, AVATAR, SIZE), { wrapper: StrictMode });

    await waitFor(() => expect(result.current.status).toBe("loaded"));
    expect(client.callsTo("fetchThumbnail")).toHaveLength(1);
    expect(revokedUrls).toEqual([]);
  });
});

describe("useAuthenticatedMedia: clean-up", () => {
  it("revokes the blob URL only when the last user unmounts", async () => {
    const client = createRecordingClient();
    const first = renderMedia(client, AVATAR);
    const second = renderMedia(client, AVATAR);
    await waitFor(() => expect(first.result.current.status).toBe("loaded"));

    first.unmount();
    await flushCleanUp();
    expect(revokedUrls).toEqual([]);
    expect(second.result.current.url).toBe("blob:test/1");

    second.unmount();
    await flushCleanUp();
    expect(revokedUrls).toEqual(["blob:test/1"]);
  });

  it("aborts the fetch when the component unmounts mid-request, and sets no URL afterwards", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", "hold");
    const { unmount } = renderMedia(client, AVATAR);
    const call = await client.waitForCall("fetchThumbnail");

    unmount();
    await flushCleanUp();

    expect(call.signal?.aborted).toBe(true);
    expect(call.status).toBe("aborted");
    expect(createdUrls).toHaveLength(0);
  });

  it("keeps the fetch running while another component still wants the image", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", "hold");
    const first = renderMedia(client, AVATAR);
    const second = renderMedia(client, AVATAR);
    const call = await client.waitForCall("fetchThumbnail");

    first.unmount();
    await flushCleanUp();
    expect(call.signal?.aborted).toBe(false);

    act(() => call.resolve(new Blob(["png"], { type: "image/png" })));
    await waitFor(() => expect(second.result.current.status).toBe("loaded"));
  });

  it("releases the old image when the URL changes, and ignores the old answer", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", "hold");
    const { result, rerender } = renderMedia(client, AVATAR);
    const old = await client.waitForCall("fetchThumbnail");

    rerender({ mxcUrl: "mxc://localhost/NewAvatar", options: SIZE });
    await flushCleanUp();
    const next = await client.waitForCall("fetchThumbnail", 2);
    expect(old.signal?.aborted).toBe(true);

    act(() => next.resolve(new Blob(["new"], { type: "image/png" })));
    await waitFor(() => expect(result.current.status).toBe("loaded"));
    expect(createdUrls).toHaveLength(1);
  });

  it("makes no blob URL from an answer a client delivers after the abort (a client that ignores the signal)", async () => {
    const requests: { signal: AbortSignal | undefined; answer: Deferred<Blob> }[] = [];
    const client: AuthenticatedMediaClient = {
      fetchThumbnail: (_mxcUrl, _size, options) => {
        const answer = deferred<Blob>();
        requests.push({ signal: options?.signal, answer });
        return answer.promise;
      },
    };
    const { result, rerender, unmount } = renderHook((props: { mxcUrl: string }) => useAuthenticatedMedia(client, props.mxcUrl, SIZE), {
      initialProps: { mxcUrl: AVATAR },
    });
    rerender({ mxcUrl: "mxc://localhost/NewAvatar" });
    await flushCleanUp();
    expect(requests.map((request) => request.signal?.aborted)).toEqual([true, false]);

    await act(async () => requests[0]?.answer.resolve(new Blob(["old"], { type: "image/png" })));
    expect(createdUrls).toHaveLength(0);
    expect(result.current.status).toBe("loading");

    unmount();
    await flushCleanUp();
    await act(async () => requests[1]?.answer.resolve(new Blob(["new"], { type: "image/png" })));
    expect(requests[1]?.signal?.aborted).toBe(true);
    expect(createdUrls).toHaveLength(0);
  });
});

describe("useAuthenticatedMedia: errors", () => {
  it("reports an error and does not retry while the image is shown or remounted soon after", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", { error: new Error("404") });
    const first = renderMedia(client, AVATAR);
    await waitFor(() => expect(first.result.current).toEqual({ status: "error", url: undefined }));

    first.unmount();
    await flushCleanUp();
    const again = renderMedia(client, AVATAR);

    expect(again.result.current.status).toBe("error");
    expect(client.callsTo("fetchThumbnail")).toHaveLength(1);
  });

  it("shows no image (the initials fallback) for a thumbnail over the client's size cap, read no further", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(65_536);
    const svg128MiB = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 128 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const fake = createFakeFetch([() => new Response(svg128MiB, { status: 200, headers: { "Content-Type": "image/svg+xml" } })]);
    const client = createMatrixHttpClient({ baseUrl: "https://hs.example", accessToken: "token", fetch: fake.fetch });

    const { result } = renderHook(() => useAuthenticatedMedia(client, AVATAR, SIZE));

    await waitFor(() => expect(result.current).toEqual({ status: "error", url: undefined }));
    expect(pulled).toBeLessThanOrEqual(4 * 1024 * 1024 + 2 * 65_536);
    expect(createdUrls).toHaveLength(0);
  });

  it("tries again once the failure is a minute old", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const client = createRecordingClient();
    client.respondOnce("fetchThumbnail", { error: new Error("503") });
    const first = renderMedia(client, "mxc://localhost/Flaky");
    await vi.waitFor(() => expect(first.result.current.status).toBe("error"));
    first.unmount();

    vi.advanceTimersByTime(61_000);
    const later = renderMedia(client, "mxc://localhost/Flaky");

    await vi.waitFor(() => expect(later.result.current.status).toBe("loaded"));
    expect(client.callsTo("fetchThumbnail")).toHaveLength(2);
  });
});
