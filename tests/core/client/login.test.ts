import { describe, expect, it } from "vitest";
import { loginWithPassword } from "../../../src/core/client/login";
import { MatrixApiError, MatrixNetworkError } from "../../../src/core/client/errors";
import { connectionFailure, createFakeFetch, reply } from "./fakeFetch";

describe("signing in with a password", () => {
  it("posts m.login.password with a user identifier and returns the session", async () => {
    const fake = createFakeFetch([reply(200, { access_token: "tok", user_id: "@alice:localhost", device_id: "DEV1" })]);
    const session = await loginWithPassword({ baseUrl: "http://127.0.0.1:8008/", user: " alice ", password: "pw", fetch: fake.fetch });
    expect(session).toEqual({ accessToken: "tok", userId: "@alice:localhost", deviceId: "DEV1" });
    const request = fake.requests[0]!;
    expect(`${request.method} ${request.url.href}`).toBe("POST http://127.0.0.1:8008/_matrix/client/v3/login");
    expect(request.headers.get("Authorization")).toBeNull();
    expect(request.body).toMatchObject({ type: "m.login.password", identifier: { type: "m.id.user", user: "alice" }, password: "pw" });
  });

  it("rejects a wrong password with the server's 403", async () => {
    const fake = createFakeFetch([reply(403, { errcode: "M_FORBIDDEN", error: "Invalid username or password" })]);
    const error = await loginWithPassword({ baseUrl: "http://h", user: "alice", password: "x", fetch: fake.fetch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MatrixApiError);
    expect((error as MatrixApiError).message).toContain("Invalid username or password");
  });

  it.each<unknown>(["..", ".", "alice", "@alice", "", 1, null])("rejects a session whose user ID is %j, which is not one", async (userId) => {
    const fake = createFakeFetch([reply(200, { access_token: "tok", user_id: userId, device_id: "DEV1" })]);
    const error = await loginWithPassword({ baseUrl: "http://h", user: "alice", password: "x", fetch: fake.fetch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MatrixApiError);
    expect(error).toMatchObject({ status: 200, message: "200: unusable answer", path: "/_matrix/client/v3/login" });
  });

  it("says when the server cannot be reached", async () => {
    const fake = createFakeFetch([connectionFailure("ECONNRESET")]);
    await expect(loginWithPassword({ baseUrl: "http://h", user: "alice", password: "x", fetch: fake.fetch })).rejects.toBeInstanceOf(MatrixNetworkError);
  });

  it("refuses empty credentials and a malformed URL before sending anything", async () => {
    const fake = createFakeFetch();
    await expect(loginWithPassword({ baseUrl: "http://h", user: "", password: "x", fetch: fake.fetch })).rejects.toThrow(/user name/);
    await expect(loginWithPassword({ baseUrl: "not a url", user: "a", password: "x", fetch: fake.fetch })).rejects.toThrow(/homeserver URL/);
    expect(fake.requests).toHaveLength(0);
  });
});
