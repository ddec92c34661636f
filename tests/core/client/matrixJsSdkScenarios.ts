/**
 * The adapter's scenarios over a real matrix-js-sdk `MatrixClient` and a recording fake
 * `fetch`, shared by every SDK version under test: each version's entry file
 * (`matrixJsSdk.test.ts`, `matrixJsSdk34.test.ts`, `matrixJsSdk43.node22.test.ts`) calls
 * {@link describeMatrixJsSdkAdapter} with its own SDK.
 */
import { describe, expect, it } from "vitest";
import errorsFixture from "../../fixtures/errors.json";
import { writeSetting } from "../../../src/core/accountData";
import { ignoredUserList } from "../../../src/core/accountDataSettings";
import { MatrixApiError, MatrixNetworkError, toMembershipError } from "../../../src/core/client/errors";
import { fromMatrixJsSdk, translateSdkError } from "../../../src/core/client/matrixJsSdk";
import { connectionFailure, createFakeFetch, hang, json, reply } from "./fakeFetch";
import type { MatrixJsSdkUnderTest } from "../../support/matrixJsSdkUnderTest";
import { silentLogger } from "../../support/silentLogger";

const BOB = "@bob:hs.example";
const ROOM = "!room:hs.example";
const V12_ROOM = "!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI";

function lastRequest(fake: ReturnType<typeof createFakeFetch>) {
  const request = fake.requests.at(-1);
  if (!request) throw new Error("no request was sent");
  return { method: request.method, path: request.url.pathname, query: request.url.search, body: request.body, headers: request.headers };
}

/** Registers the adapter's scenarios for one SDK version. */
export function describeMatrixJsSdkAdapter(sdkUnderTest: MatrixJsSdkUnderTest): void {
  /** A real matrix-js-sdk MatrixClient over a recording fake fetch, wrapped by the adapter. */
  function setup(options: { localTimeoutMs?: number } = {}) {
    const fake = createFakeFetch();
    const sdk = sdkUnderTest.createClient({
      baseUrl: "https://hs.example",
      accessToken: "secret-token",
      userId: BOB,
      fetchFn: fake.fetch,
      logger: silentLogger,
      localTimeoutMs: options.localTimeoutMs,
    });
    return { fake, sdk, client: fromMatrixJsSdk(sdk, { fetch: fake.fetch }) };
  }

  describe(`fromMatrixJsSdk over matrix-js-sdk ${sdkUnderTest.version}`, () => {
    it("knows the signed-in user", () => {
      expect(setup().client.userId).toBe(BOB);
    });

    describe("reasons are never dropped", () => {
      it("declines with the reason in the POST /leave body, which sdk.leave() cannot send", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200));

        await client.leaveRoom(ROOM, { reason: "no thanks" });

        expect(lastRequest(fake)).toMatchObject({
          method: "POST",
          path: "/_matrix/client/v3/rooms/!room%3Ahs.example/leave",
          body: { reason: "no thanks" },
        });
        expect(lastRequest(fake).headers.get("Authorization")).toBe("Bearer secret-token");
      });

      it("keeps an empty reason and sends none when absent", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200), reply(200));

        await client.leaveRoom(ROOM, { reason: "" });
        await client.leaveRoom(ROOM);

        expect(fake.requests.map((request) => request.body)).toEqual([{ reason: "" }, {}]);
      });

      it("sends the reason with join, knock, invite, kick, ban and unban", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { room_id: ROOM }), reply(200, { room_id: ROOM }), reply(200), reply(200), reply(200), reply(200));

        await client.joinRoom(ROOM, { reason: "hi" });
        await client.knockRoom(ROOM, { reason: "let me in" });
        await client.inviteUser(ROOM, "@carol:hs.example", { reason: "r1" });
        await client.kickUser(ROOM, "@carol:hs.example", { reason: "r2" });
        await client.banUser(ROOM, "@carol:hs.example", { reason: "r3" });
        await client.unbanUser(ROOM, "@carol:hs.example", { reason: "r4" });

        expect(fake.requests.map((request) => [request.url.pathname.split("/").at(-1), request.body])).toEqual([
          ["!room%3Ahs.example", { reason: "hi" }],
          ["!room%3Ahs.example", { reason: "let me in" }],
          ["invite", { user_id: "@carol:hs.example", reason: "r1" }],
          ["kick", { user_id: "@carol:hs.example", reason: "r2" }],
          ["ban", { user_id: "@carol:hs.example", reason: "r3" }],
          ["unban", { user_id: "@carol:hs.example", reason: "r4" }],
        ]);
      });
    });

    describe("joining and knocking", () => {
      it("joins a room version 12 ID through via and server_name and returns the room ID", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { room_id: V12_ROOM }));

        const result = await client.joinRoom(V12_ROOM, { via: ["a.example", "b.example"] });

        expect(result).toEqual({ roomId: V12_ROOM });
        const request = lastRequest(fake);
        expect(request.path).toBe(`/_matrix/client/v3/join/${V12_ROOM}`);
        const query = new URLSearchParams(request.query);
        expect(query.getAll("via")).toEqual(["a.example", "b.example"]);
        expect(query.getAll("server_name")).toEqual(["a.example", "b.example"]);
      });

      it("encodes an alias and returns the room ID the server resolved", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { room_id: ROOM }));

        const result = await client.knockRoom("#club:hs.example");

        expect(result).toEqual({ roomId: ROOM });
        expect(lastRequest(fake).path).toBe("/_matrix/client/v3/knock/%23club%3Ahs.example");
      });

      it("rejects a join answer without a room ID", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { nope: true }));

        await expect(client.joinRoom(ROOM)).rejects.toBeInstanceOf(MatrixApiError);
      });
    });

    describe("reading rooms", () => {
      it("returns the live state array", async () => {
        const { fake, client } = setup();
        const state = [{ type: "m.room.name", state_key: "", sender: BOB, content: { name: "Live" } }];
        fake.enqueue(reply(200, state));

        await expect(client.getRoomState(ROOM)).resolves.toEqual(state);
        expect(lastRequest(fake).path).toBe("/_matrix/client/v3/rooms/!room%3Ahs.example/state");
      });

      it("rejects a state answer that is not an array", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { events: [] }));

        await expect(client.getRoomState(ROOM)).rejects.toBeInstanceOf(MatrixApiError);
      });

      it("asks the stable room summary path first and falls back to MSC3266's", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(404, { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" }), reply(200, { room_id: ROOM }));

        await expect(client.getRoomSummary("#club:hs.example", { via: ["hs.example"] })).resolves.toEqual({ room_id: ROOM });

        expect(fake.requests.map((request) => request.url.pathname)).toEqual([
          "/_matrix/client/v1/room_summary/%23club%3Ahs.example",
          "/_matrix/client/unstable/im.nheko.summary/summary/%23club%3Ahs.example",
        ]);
        expect(new URLSearchParams(fake.requests[0]?.url.search).getAll("via")).toEqual(["hs.example"]);
      });

      it("reports rooms and users with the reason", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200), reply(200));

        await client.reportRoom(ROOM, "spam");
        await client.reportUser("@mallory:hs.example", "");

        expect(fake.requests.map((request) => [request.url.pathname, request.body])).toEqual([
          ["/_matrix/client/v3/rooms/!room%3Ahs.example/report", { reason: "spam" }],
          ["/_matrix/client/v3/users/%40mallory%3Ahs.example/report", { reason: "" }],
        ]);
      });

      it("forgets through the SDK, which also drops the room from its store", async () => {
        const { fake, sdk, client } = setup();
        fake.enqueue(reply(200));
        const deleted: string[] = [];
        sdk.on("deleteRoom", (roomId: string) => deleted.push(roomId));

        await client.forgetRoom(ROOM);

        expect(lastRequest(fake)).toMatchObject({ method: "POST", path: "/_matrix/client/v3/rooms/!room%3Ahs.example/forget" });
        expect(deleted).toEqual([ROOM]);
      });
    });

    describe("account data", () => {
      it("reads from the server, and an absent type as undefined", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { ignored_users: {} }), reply(404, { errcode: "M_NOT_FOUND", error: "Account data not found" }));

        await expect(client.getAccountData("m.ignored_user_list")).resolves.toEqual({ ignored_users: {} });
        await expect(client.getAccountData("m.media_preview_config")).resolves.toBeUndefined();
        expect(fake.requests[0]?.url.pathname).toBe("/_matrix/client/v3/user/%40bob%3Ahs.example/account_data/m.ignored_user_list");
      });

      it("merges a newly ignored user into the server's list instead of replacing it like setIgnoredUsers", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(200, { ignored_users: { "@spammer:elsewhere.example": {} } }), reply(200));

        await writeSetting(client, ignoredUserList, { add: "@mallory:hs.example" });

        expect(lastRequest(fake)).toMatchObject({
          method: "PUT",
          path: "/_matrix/client/v3/user/%40bob%3Ahs.example/account_data/m.ignored_user_list",
          body: { ignored_users: { "@spammer:elsewhere.example": {}, "@mallory:hs.example": {} } },
        });
      });
    });

    describe("errors", () => {
      it("turns a revoked invite into a MatrixApiError the flows map to invite_revoked", async () => {
        const { fake, client } = setup();
        const revoked = errorsFixture.responses.join_after_invite_revoked;
        fake.enqueue(reply(revoked.status, revoked.body));

        const error = await client.joinRoom(ROOM).catch((failure: unknown) => failure);

        expect(error).toBeInstanceOf(MatrixApiError);
        expect(error).toMatchObject({ status: 403, errcode: "M_FORBIDDEN" });
        expect(toMembershipError(error, "join")?.code).toBe("invite_revoked");
      });

      it("keeps retry_after_ms of a 429", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(429, { errcode: "M_LIMIT_EXCEEDED", error: "Too Many Requests", retry_after_ms: 4548 }));

        const error = await client.leaveRoom(ROOM).catch((failure: unknown) => failure);

        expect(error).toBeInstanceOf(MatrixApiError);
        expect(toMembershipError(error, "decline")).toMatchObject({ code: "rate_limited", retryAfterMs: 4548 });
      });

      it("hands a 429 to the caller after one request, whatever rateLimitRetries asks (the SDK retries none itself)", async () => {
        const { fake, client } = setup();
        const limited = reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 10 });
        fake.enqueue(limited, limited, limited, reply(200));

        const errors = [
          await client.leaveRoom(ROOM).catch((failure: unknown) => failure),
          await client.leaveRoom(ROOM, { rateLimitRetries: 0 }).catch((failure: unknown) => failure),
          await client.leaveRoom(ROOM, { rateLimitRetries: 3 }).catch((failure: unknown) => failure),
        ];

        expect(errors.map((error) => (error as MatrixApiError).status)).toEqual([429, 429, 429]);
        expect(fake.requests).toHaveLength(3);
      });

      // SDK 34's MatrixError keeps only the JSON body, so the header cannot reach the adapter.
      const headerTitle = sdkUnderTest.keepsResponseHeaders
        ? "prefers the Retry-After header of a 429"
        : "cannot see the Retry-After header of a 429, which this SDK drops";
      it(headerTitle, async () => {
        const { fake, client } = setup();
        fake.enqueue(() => json(429, { errcode: "M_LIMIT_EXCEEDED", error: "Too Many Requests" }, { "Retry-After": "3" }));

        const error = await client.leaveRoom(ROOM).catch((failure: unknown) => failure);

        expect(error).toBeInstanceOf(MatrixApiError);
        expect(error).toMatchObject({ status: 429, retryAfterMs: sdkUnderTest.keepsResponseHeaders ? 3000 : undefined });
      });

      it("maps a bad token to unauthorized with soft_logout", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(401, { errcode: "M_UNKNOWN_TOKEN", error: "Invalid access token passed.", soft_logout: true }));

        const error = await client.getRoomState(ROOM).catch((failure: unknown) => failure);

        expect(toMembershipError(error, "state")).toMatchObject({ code: "unauthorized", softLogout: true });
      });

      it("turns a dropped connection into a MatrixNetworkError", async () => {
        const { fake, client } = setup();
        fake.enqueue(connectionFailure());

        const error = await client.leaveRoom(ROOM).catch((failure: unknown) => failure);

        expect(error).toBeInstanceOf(MatrixNetworkError);
        expect(error).toMatchObject({ requestMayHaveReachedServer: true });
        expect(toMembershipError(error, "decline")?.code).toBe("network");
      });

      it("turns the SDK's own timeout into a timed-out network error, not a cancellation", async () => {
        const { fake, client } = setup({ localTimeoutMs: 20 });
        fake.enqueue(hang());

        const error = await client.getRoomState(ROOM).catch((failure: unknown) => failure);

        expect(error).toBeInstanceOf(MatrixNetworkError);
        expect(error).toMatchObject({ timedOut: true });
      });

      it("leaves errors it does not know unchanged", () => {
        const odd = new RangeError("odd");
        expect(translateSdkError(odd)).toBe(odd);
        expect(translateSdkError("text")).toBe("text");
      });
    });

    describe("cancellation", () => {
      it("passes the caller's signal to the request and rejects with an AbortError", async () => {
        const { fake, client } = setup();
        fake.enqueue(hang());
        const controller = new AbortController();

        const pending = client.joinRoom(ROOM, { signal: controller.signal }).catch((failure: unknown) => failure);
        await new Promise((resolve) => setTimeout(resolve, 5));
        controller.abort();
        const error = await pending;

        expect(error).toMatchObject({ name: "AbortError" });
        expect(error).not.toBeInstanceOf(MatrixNetworkError);
      });

      it("sends nothing when the signal has already aborted", async () => {
        const { fake, client } = setup();
        const controller = new AbortController();
        controller.abort();

        await expect(client.leaveRoom(ROOM, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
        await expect(client.forgetRoom(ROOM, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
        expect(fake.requests).toHaveLength(0);
      });

      it("stops waiting for a forget when the caller aborts", async () => {
        const { fake, client } = setup();
        fake.enqueue(hang());
        const controller = new AbortController();

        const pending = client.forgetRoom(ROOM, { signal: controller.signal }).catch((failure: unknown) => failure);
        await new Promise((resolve) => setTimeout(resolve, 5));
        controller.abort();

        expect(await pending).toMatchObject({ name: "AbortError" });
      });
    });

    describe("thumbnails", () => {
      it("fetches the authenticated thumbnail with the access token", async () => {
        const { fake, client } = setup();
        fake.enqueue(() => new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { "Content-Type": "image/png" } }));

        const blob = await client.fetchThumbnail?.("mxc://hs.example/abc123", { width: 40, height: 40 });

        expect(blob?.size).toBe(3);
        const request = lastRequest(fake);
        expect(request.path).toBe("/_matrix/client/v1/media/thumbnail/hs.example/abc123");
        expect(request.headers.get("Authorization")).toBe("Bearer secret-token");
      });

      it("refuses anything that is not an mxc URI without fetching", async () => {
        const { fake, client } = setup();

        await expect(client.fetchThumbnail?.("javascript:alert(1)", { width: 40, height: 40 })).rejects.toThrow(TypeError);
        expect(fake.requests).toHaveLength(0);
      });

      it("turns a failed thumbnail into a MatrixApiError", async () => {
        const { fake, client } = setup();
        fake.enqueue(reply(404, { errcode: "M_NOT_FOUND", error: "Not found" }));

        await expect(client.fetchThumbnail?.("mxc://hs.example/gone", { width: 40, height: 40 })).rejects.toMatchObject({ status: 404 });
      });
    });
  });

  describe(`fromMatrixJsSdk request bodies over matrix-js-sdk ${sdkUnderTest.version}`, () => {
    it("sends content with its own constructor key and a null prototype as JSON", async () => {
      const { fake, client } = setup();
      fake.enqueue(reply(200));
      const content = Object.assign(Object.create(null) as Record<string, unknown>, { constructor: "x", nested: { a: 1 } });

      await client.setAccountData("org.example.odd", content);

      expect(lastRequest(fake).body).toEqual({ constructor: "x", nested: { a: 1 } });
      expect(lastRequest(fake).headers.get("Content-Type")).toBe("application/json");
    });
  });
}
