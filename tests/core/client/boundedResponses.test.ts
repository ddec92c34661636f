/**
 * Bounded answers: a thumbnail is read up to 4 MiB and a JSON answer up to 32 MiB, then the
 * body is cancelled, so a homeserver streaming 128 MiB cannot make the client hold it. The
 * bounds are checked by bytes (what the client pulled from the stream, what a real server got
 * out before the client hung up), never by time.
 */
import { createClient } from "matrix-js-sdk";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeSyncResponse } from "../../../bench/syncInvites.mjs";
import { MatrixNetworkError } from "../../../src/core/client/errors";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { fromMatrixJsSdk } from "../../../src/core/client/matrixJsSdk";
import { MAX_JSON_BYTES, MAX_MEDIA_BYTES } from "../../../src/core/client/request";
import type { MembershipClient } from "../../../src/core/client/types";
import { deferred } from "../../support/deferred";
import { silentLogger } from "../../support/silentLogger";
import { createFakeFetch, hang } from "./fakeFetch";
import { startLocalServer, streamBytes } from "./localServer";
import type { LocalServer, StreamedBytes } from "./localServer";

const MiB = 1024 * 1024;
const HOSTILE_BYTES = 128 * MiB;
const CHUNK = 64 * 1024;
const BOB = "@bob:hs.example";
const AVATAR = "mxc://hs.example/avatar";
const SIZE = { width: 64, height: 64 };

/** `<svg>` padding, as a hostile server would send it. */
const svgChunk = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${" ".repeat(CHUNK - 80)}</svg>\n`.padEnd(CHUNK, " "));
/** One long JSON string, never closed. */
const jsonChunk = new TextEncoder().encode("a".repeat(CHUNK));

/**
 * A body of `total` bytes made on demand, counting what the reader pulled and whether it
 * cancelled: the bytes the client read are at most what it pulled.
 */
function countedBody(total: number, chunk: Uint8Array, prefix = "") {
  const counter = { pulled: 0, cancelled: false };
  const head = new TextEncoder().encode(prefix);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.byteLength > 0) controller.enqueue(head);
    },
    pull(controller) {
      if (counter.pulled >= total) {
        controller.close();
        return;
      }
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

function fetchClient(fetchImplementation: typeof fetch, baseUrl = "https://hs.example") {
  return createMatrixHttpClient({ baseUrl, accessToken: "secret-token", userId: BOB, fetch: fetchImplementation, maxNetworkRetries: 0 });
}

function sdkAdapter(fetchImplementation: typeof fetch | undefined, baseUrl = "https://hs.example"): MembershipClient {
  const sdk = createClient({ baseUrl, accessToken: "secret-token", userId: BOB, fetchFn: fetchImplementation, logger: silentLogger });
  return fromMatrixJsSdk(sdk, fetchImplementation ? { fetch: fetchImplementation } : {});
}

const tooLarge = { name: "MatrixNetworkError", refused: "too_large", requestMayHaveReachedServer: true };

afterEach(() => {
  vi.useRealTimers();
});

describe.each([
  { name: "the fetch client", create: (fetchImplementation: typeof fetch) => fetchClient(fetchImplementation) },
  { name: "the matrix-js-sdk adapter", create: (fetchImplementation: typeof fetch) => sdkAdapter(fetchImplementation) },
])("a thumbnail through $name", ({ create }) => {
  it("stops reading a 128 MiB SVG stream just past 4 MiB and cancels it", async () => {
    const { stream, counter } = countedBody(HOSTILE_BYTES, svgChunk);
    const fake = createFakeFetch([() => new Response(stream, { status: 200, headers: { "Content-Type": "image/svg+xml" } })]);

    const error = await create(fake.fetch).fetchThumbnail!(AVATAR, SIZE).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MatrixNetworkError);
    expect(error).toMatchObject({ ...tooLarge, message: expect.stringContaining("size cap") });
    expect(counter.cancelled).toBe(true);
    expect(counter.pulled).toBeGreaterThan(MAX_MEDIA_BYTES);
    expect(counter.pulled).toBeLessThanOrEqual(MAX_MEDIA_BYTES + 2 * CHUNK);
    expect(fake.requests).toHaveLength(1);
  });

  it("reads nothing of a body whose Content-Length is over 4 MiB", async () => {
    const { stream, counter } = countedBody(HOSTILE_BYTES, svgChunk);
    const headers = { "Content-Type": "image/svg+xml", "Content-Length": String(HOSTILE_BYTES) };
    const fake = createFakeFetch([() => new Response(stream, { status: 200, headers })]);

    await expect(create(fake.fetch).fetchThumbnail!(AVATAR, SIZE)).rejects.toMatchObject(tooLarge);
    expect(counter.cancelled).toBe(true);
    // The stream may have queued its first chunk before anyone asked.
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK);
  });

  it("caps the error answer to a thumbnail request as well", async () => {
    const { stream, counter } = countedBody(HOSTILE_BYTES, jsonChunk, '{"errcode":"M_UNKNOWN","error":"');
    const fake = createFakeFetch([() => new Response(stream, { status: 500, headers: { "Content-Type": "application/json" } })]);

    await expect(create(fake.fetch).fetchThumbnail!(AVATAR, SIZE)).rejects.toMatchObject(tooLarge);
    expect(counter.pulled).toBeLessThanOrEqual(MAX_MEDIA_BYTES + 2 * CHUNK);
  });

  it("keeps a thumbnail of exactly 4 MiB, with its type", async () => {
    const bytes = new Uint8Array(MAX_MEDIA_BYTES);
    const fake = createFakeFetch([() => new Response(bytes, { status: 200, headers: { "Content-Type": "image/png" } })]);

    const blob = await create(fake.fetch).fetchThumbnail!(AVATAR, SIZE);

    expect(blob.size).toBe(MAX_MEDIA_BYTES);
    expect(blob.type).toBe("image/png");
  });

  it("gives up on a thumbnail that never comes, after the client's 30 s timeout", async () => {
    vi.useFakeTimers();
    const fake = createFakeFetch([hang()]);

    const pending = create(fake.fetch).fetchThumbnail!(AVATAR, SIZE).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(30_000);

    expect(await pending).toMatchObject({ name: "MatrixNetworkError", timedOut: true });
  });
});

describe("JSON answers of the fetch client", () => {
  it("stops reading a 128 MiB /sync stream just past 32 MiB and cancels it", async () => {
    const { stream, counter } = countedBody(HOSTILE_BYTES, jsonChunk, '{"next_batch":"');
    const fake = createFakeFetch([() => new Response(stream, { status: 200, headers: { "Content-Type": "application/json" } })]);

    await expect(fetchClient(fake.fetch).sync()).rejects.toMatchObject(tooLarge);
    expect(counter.cancelled).toBe(true);
    expect(counter.pulled).toBeGreaterThan(MAX_JSON_BYTES);
    expect(counter.pulled).toBeLessThanOrEqual(MAX_JSON_BYTES + 2 * CHUNK);
    expect(fake.requests).toHaveLength(1);
  });

  it("never repeats a GET whose answer was too large", async () => {
    const headers = { "Content-Type": "application/json", "Content-Length": String(MAX_JSON_BYTES + 1) };
    const fake = createFakeFetch([() => new Response("{}", { status: 200, headers }), () => new Response("[]")]);
    const client = createMatrixHttpClient({ baseUrl: "https://hs.example", accessToken: "t", userId: BOB, fetch: fake.fetch, maxNetworkRetries: 2 });

    await expect(client.getRoomState("!room:hs.example")).rejects.toMatchObject(tooLarge);
    expect(fake.requests).toHaveLength(1);
  });
});

describe("over a real local HTTP server", () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A server that streams 128 MiB of `chunk` to any request; `streamed` tells what got out. */
  async function serve(contentType: string, chunk: Uint8Array) {
    const streamed = deferred<StreamedBytes>();
    server = await startLocalServer(async (_request, response) => {
      response.writeHead(200, { "Content-Type": contentType });
      streamed.resolve(await streamBytes(response, HOSTILE_BYTES, chunk));
    });
    return { origin: server.origin, streamed: streamed.promise };
  }

  it.each([
    ["the fetch client", (origin: string) => fetchClient(globalThis.fetch, origin)],
    ["the matrix-js-sdk adapter", (origin: string) => sdkAdapter(undefined, origin)],
  ])("%s hangs up on a server streaming 128 MiB of image/svg+xml for a 64×64 thumbnail", async (_name, create) => {
    const { origin, streamed } = await serve("image/svg+xml", svgChunk);

    await expect(create(origin).fetchThumbnail!(AVATAR, SIZE)).rejects.toMatchObject(tooLarge);
    const { written, finished } = await streamed;

    // What got out is the 4 MiB cap plus what the sockets buffer, far from the 128 MiB sent.
    expect(finished).toBe(false);
    expect(written).toBeLessThan(32 * MiB);
  });

  it("hangs up on a server streaming 128 MiB of JSON for /sync", async () => {
    const { origin, streamed } = await serve("application/json", jsonChunk);

    await expect(fetchClient(globalThis.fetch, origin).sync()).rejects.toMatchObject(tooLarge);
    const { written, finished } = await streamed;

    expect(finished).toBe(false);
    expect(written).toBeLessThan(64 * MiB);
  });

  it("reads a /sync with 10,000 invites (9.1 MiB from the real captures) in full", async () => {
    const text = makeSyncResponse("tests/fixtures", 10_000);
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(text);
    });

    const payload = (await fetchClient(globalThis.fetch, server.origin).sync()) as { rooms: { invite: Record<string, unknown> } };

    expect(new TextEncoder().encode(text).byteLength).toBeLessThan(MAX_JSON_BYTES / 3);
    expect(Object.keys(payload.rooms.invite)).toHaveLength(10_000);
  });
});
