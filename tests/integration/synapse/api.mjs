// A tiny raw client-server API helper for test SET-UP only (building scenarios on the server).
// It is deliberately not the library under test. Types: api.d.mts.

/** A non-2xx answer from the homeserver, with the Matrix error fields. */
export class HomeserverError extends Error {
  /**
   * @param {string} method
   * @param {string} path
   * @param {number} status
   * @param {Record<string, unknown>} body
   * @param {number | undefined} retryAfterMs
   */
  constructor(method, path, status, body, retryAfterMs) {
    super(`${method} ${path} → ${status} ${String(body.errcode ?? "")} ${String(body.error ?? "")}`.trim());
    this.name = "HomeserverError";
    this.status = status;
    this.errcode = typeof body.errcode === "string" ? body.errcode : undefined;
    this.body = body;
    this.retryAfterMs = retryAfterMs;
  }
}

let transactionCounter = 0;
const transactionId = () => `setup-${Date.now()}-${++transactionCounter}`;
const encode = encodeURIComponent;

/**
 * Raw API for one access token.
 * @param {string} baseUrl
 * @param {string} [accessToken]
 * @returns {import("./api.d.mts").HomeserverApi}
 */
export function api(baseUrl, accessToken) {
  async function request(method, path, body, query) {
    const url = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(query ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== undefined) url.searchParams.append(key, String(item));
      }
    }
    const headers = {};
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = { error: text };
    }
    if (!response.ok) {
      const header = response.headers.get("retry-after");
      const retryAfterMs =
        typeof parsed.retry_after_ms === "number" ? parsed.retry_after_ms : header ? Number(header) * 1000 : undefined;
      throw new HomeserverError(method, path, response.status, parsed, retryAfterMs);
    }
    return parsed;
  }

  let ownUserId;
  const self = {
    baseUrl,
    accessToken,
    request,
    get: (path, query) => request("GET", path, undefined, query),
    post: (path, body = {}, query) => request("POST", path, body, query),
    put: (path, body = {}, query) => request("PUT", path, body, query),
    delete: (path, query) => request("DELETE", path, undefined, query),

    async whoami() {
      const body = await request("GET", "/_matrix/client/v3/account/whoami");
      ownUserId = body.user_id;
      return body;
    },
    async userId() {
      return ownUserId ?? (await self.whoami()).user_id;
    },
    async createRoom(options = {}) {
      const body = await request("POST", "/_matrix/client/v3/createRoom", options);
      return body.room_id;
    },
    invite: (roomId, userId, reason) =>
      request("POST", `/_matrix/client/v3/rooms/${encode(roomId)}/invite`, { user_id: userId, reason }),
    async join(roomIdOrAlias, options = {}) {
      const body = await request(
        "POST",
        `/_matrix/client/v3/join/${encode(roomIdOrAlias)}`,
        { reason: options.reason },
        { via: options.via },
      );
      return body.room_id;
    },
    async knock(roomIdOrAlias, options = {}) {
      const body = await request(
        "POST",
        `/_matrix/client/v3/knock/${encode(roomIdOrAlias)}`,
        { reason: options.reason },
        { via: options.via },
      );
      return body.room_id;
    },
    leave: (roomId, reason) => request("POST", `/_matrix/client/v3/rooms/${encode(roomId)}/leave`, { reason }),
    forget: (roomId) => request("POST", `/_matrix/client/v3/rooms/${encode(roomId)}/forget`, {}),
    kick: (roomId, userId, reason) =>
      request("POST", `/_matrix/client/v3/rooms/${encode(roomId)}/kick`, { user_id: userId, reason }),
    ban: (roomId, userId, reason) =>
      request("POST", `/_matrix/client/v3/rooms/${encode(roomId)}/ban`, { user_id: userId, reason }),
    unban: (roomId, userId, reason) =>
      request("POST", `/_matrix/client/v3/rooms/${encode(roomId)}/unban`, { user_id: userId, reason }),
    async sendState(roomId, type, stateKey, content) {
      const path = `/_matrix/client/v3/rooms/${encode(roomId)}/state/${encode(type)}/${encode(stateKey)}`;
      return (await request("PUT", path, content)).event_id;
    },
    getStateEvent: (roomId, type, stateKey = "") =>
      request("GET", `/_matrix/client/v3/rooms/${encode(roomId)}/state/${encode(type)}/${encode(stateKey)}`),
    getState: (roomId) => request("GET", `/_matrix/client/v3/rooms/${encode(roomId)}/state`),
    async sendMessage(roomId, text, type = "m.room.message") {
      const path = `/_matrix/client/v3/rooms/${encode(roomId)}/send/${encode(type)}/${transactionId()}`;
      return (await request("PUT", path, { msgtype: "m.text", body: text })).event_id;
    },
    async setDisplayName(displayName) {
      const userId = await self.userId();
      await request("PUT", `/_matrix/client/v3/profile/${encode(userId)}/displayname`, { displayname: displayName });
    },
    async setAvatarUrl(avatarUrl) {
      const userId = await self.userId();
      await request("PUT", `/_matrix/client/v3/profile/${encode(userId)}/avatar_url`, { avatar_url: avatarUrl });
    },
    async getAccountData(type) {
      const userId = await self.userId();
      return request("GET", `/_matrix/client/v3/user/${encode(userId)}/account_data/${encode(type)}`);
    },
    async setAccountData(type, content) {
      const userId = await self.userId();
      await request("PUT", `/_matrix/client/v3/user/${encode(userId)}/account_data/${encode(type)}`, content);
    },
    async setAlias(alias, roomId) {
      await request("PUT", `/_matrix/client/v3/directory/room/${encode(alias)}`, { room_id: roomId });
    },
    async upload(bytes, contentType = "image/png", filename) {
      const url = new URL("/_matrix/media/v3/upload", baseUrl);
      if (filename) url.searchParams.set("filename", filename);
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${accessToken}`, "content-type": contentType },
        body: bytes,
      });
      const body = await response.json();
      if (!response.ok) throw new HomeserverError("POST", url.pathname, response.status, body, undefined);
      return body.content_uri;
    },
    sync: (options = {}) =>
      request("GET", "/_matrix/client/v3/sync", undefined, {
        since: options.since,
        timeout: options.timeout ?? 0,
        filter: typeof options.filter === "object" ? JSON.stringify(options.filter) : options.filter,
        full_state: options.fullState,
      }),
  };
  return self;
}

/**
 * Polls `/sync` until `predicate` finds something, returning it; throws after `timeoutMs`.
 * @template T
 * @param {import("./api.d.mts").HomeserverApi} client
 * @param {(sync: any) => T | undefined} predicate
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<T>}
 */
export async function waitForSync(client, predicate, options = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let since;
  for (;;) {
    const sync = await client.sync({ since, timeout: since ? 1_000 : 0 });
    const found = predicate(sync);
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > deadline) throw new Error("waitForSync: the expected data never arrived in /sync");
    since = sync.next_batch;
  }
}
