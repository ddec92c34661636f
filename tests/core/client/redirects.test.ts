/**
 * Redirects, against real local servers and Node's real `fetch`: a homeserver that answers
 * 302 or 307 pointing at another port. The client must never follow: the other port receives
 * nothing (no token, no body, not even a request), and the call fails with a clear error.
 */
import { createClient } from "matrix-js-sdk";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MatrixNetworkError, toMembershipError } from "../../../src/core/client/errors";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { loginWithPassword } from "../../../src/core/client/login";
import { fromMatrixJsSdk } from "../../../src/core/client/matrixJsSdk";
import type { MembershipClient } from "../../../src/core/client/types";
import { silentLogger } from "../../support/silentLogger";
import { startLocalServer } from "./localServer";
import type { LocalServer } from "./localServer";

const BOB = "@bob:hs.example";
const ROOM = "!room:hs.example";

let homeserver: LocalServer;
let elsewhere: LocalServer;
/** The status the homeserver redirects with. */
let redirectStatus = 302;

beforeEach(async () => {
  elsewhere = await startLocalServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end('{"room_id":"!stolen:elsewhere","access_token":"t","user_id":"@x:elsewhere","device_id":"D"}');
  });
  homeserver = await startLocalServer((request, response) => {
    response.writeHead(redirectStatus, { Location: `${elsewhere.origin}${request.url}` });
    response.end();
  });
});

afterEach(async () => {
  await Promise.all([homeserver.close(), elsewhere.close()]);
});

function httpClient(): MembershipClient & { fetchThumbnail: NonNullable<MembershipClient["fetchThumbnail"]> } {
  return createMatrixHttpClient({ baseUrl: homeserver.origin, accessToken: "secret-token", userId: BOB });
}

function sdkAdapter(fetchFn?: typeof fetch): MembershipClient {
  return fromMatrixJsSdk(createClient({ baseUrl: homeserver.origin, accessToken: "secret-token", userId: BOB, fetchFn, logger: silentLogger }));
}

const refusedRedirect = { name: "MatrixNetworkError", refused: "redirect", requestMayHaveReachedServer: true };

const calls: [string, (client: ReturnType<typeof httpClient>) => Promise<unknown>][] = [
  ["GET /rooms/{roomId}/state", (client) => client.getRoomState(ROOM)],
  ["POST /rooms/{roomId}/leave with a reason", (client) => client.leaveRoom(ROOM, { reason: "a reason only the homeserver may read" })],
  ["PUT /user/{userId}/account_data/{type}", (client) => client.setAccountData("m.direct", { [BOB]: [ROOM] })],
  ["GET /media/thumbnail", (client) => client.fetchThumbnail("mxc://hs.example/avatar", { width: 40, height: 40 })],
];

describe.each([302, 307])("a homeserver that answers %i to another port", (status) => {
  beforeEach(() => {
    redirectStatus = status;
  });

  it.each(calls)("the fetch client does not follow %s", async (_title, call) => {
    const error = await call(httpClient()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MatrixNetworkError);
    expect(error).toMatchObject({ ...refusedRedirect, message: expect.stringContaining("redirected") });
    expect(toMembershipError(error, "leave")).toMatchObject({ code: "network", requestMayHaveReachedServer: true });
    expect(homeserver.received).toHaveLength(1);
    expect(homeserver.received[0]?.authorization).toBe("Bearer secret-token");
    expect(elsewhere.received).toEqual([]);
  });

  it("the password of a sign-in never goes to the other port", async () => {
    const error = await loginWithPassword({ baseUrl: homeserver.origin, user: "bob", password: "hunter2" }).catch((caught: unknown) => caught);

    expect(error).toMatchObject(refusedRedirect);
    expect(homeserver.received).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
  });

  it("the matrix-js-sdk adapter does not follow a thumbnail's redirect", async () => {
    const adapter = sdkAdapter();

    await expect(adapter.fetchThumbnail?.("mxc://hs.example/avatar", { width: 40, height: 40 })).rejects.toMatchObject(refusedRedirect);
    expect(homeserver.received).toHaveLength(1);
    expect(homeserver.received[0]?.authorization).toBe("Bearer secret-token");
    expect(elsewhere.received).toEqual([]);
  });

  it("the matrix-js-sdk adapter's other calls follow the SDK's fetchFn, and one that refuses redirects keeps them home", async () => {
    // matrix-js-sdk sends every request with `redirect: "follow"`; a host that wants
    // redirects refused passes a fetchFn that overrides it (what the README suggests).
    const adapter = sdkAdapter((input, init) => fetch(input, { ...init, redirect: "manual" }));

    await expect(adapter.leaveRoom(ROOM, { reason: "a reason only the homeserver may read" })).rejects.toMatchObject({ name: "MatrixApiError", status });
    expect(homeserver.received).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
  });
});
