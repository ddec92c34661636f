/**
 * One table of cases for every endpoint of the `MembershipClient` port, run against both
 * transports: the fetch client and the matrix-js-sdk adapter (a real `MatrixClient`), each
 * over the same recording fake `fetch`. Both must put the same request on the wire (method,
 * encoded path, query in order, JSON body) and give the same result, so they cannot drift.
 */
import { createClient } from "matrix-js-sdk";
import { describe, expect, it } from "vitest";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { fromMatrixJsSdk } from "../../../src/core/client/matrixJsSdk";
import type { MembershipClient } from "../../../src/core/client/types";
import { silentLogger } from "../../support/silentLogger";
import { createFakeFetch, reply } from "./fakeFetch";
import type { FakeFetch, RecordedRequest, Responder } from "./fakeFetch";

const BASE = "https://hs.example";
const BOB = "@bob:hs.example";
const CAROL = "@carol:hs.example";
const ROOM = "!room:hs.example";
const ENCODED_ROOM = "!room%3Ahs.example";
const V12_ROOM = "!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI";
const ALIAS = "#design/review?:hs.example";
const ENCODED_ALIAS = "%23design%2Freview%3F%3Ahs.example";
const V3 = "/_matrix/client/v3";

/** A request as it went over the wire. */
interface WireRequest {
  method: string;
  /** The encoded path, prefix included, without the query string. */
  path: string;
  /** Query parameters in the order sent; keys may repeat. */
  query: [string, string][];
  /** The parsed JSON body, or `undefined` when none was sent. */
  body: unknown;
}

/** How a call settles: its value, or the fields of the error it rejects with. */
type Outcome = { resolves: unknown } | { rejects: Record<string, unknown> };

interface EndpointCase {
  title: string;
  /** The scripted answers, one per request. */
  answers: Responder[];
  call(client: MembershipClient): Promise<unknown>;
  /** Every request the call must send, in order. */
  requests: WireRequest[];
  outcome: Outcome;
}

function post(path: string, body: unknown, query: [string, string][] = []): WireRequest {
  return { method: "POST", path, query, body };
}

function get(path: string, query: [string, string][] = []): WireRequest {
  return { method: "GET", path, query, body: undefined };
}

const done: Outcome = { resolves: undefined };

const memberActionCases = (["invite", "kick", "ban", "unban"] as const).flatMap((action): EndpointCase[] => {
  const method = `${action}User` as const;
  return [
    {
      title: `${method} sends the target user`,
      answers: [reply(200)],
      call: (client) => client[method](V12_ROOM, CAROL),
      requests: [post(`${V3}/rooms/${V12_ROOM}/${action}`, { user_id: CAROL })],
      outcome: done,
    },
    {
      title: `${method} sends the target user and the reason`,
      answers: [reply(200)],
      call: (client) => client[method](ROOM, CAROL, { reason: `${action} reason` }),
      requests: [post(`${V3}/rooms/${ENCODED_ROOM}/${action}`, { user_id: CAROL, reason: `${action} reason` })],
      outcome: done,
    },
  ];
});

/** An ID with a lone surrogate: `encodeURIComponent` cannot encode it (it throws a bare URIError). */
const UNENCODABLE = "!\uD800:hs.example";

/**
 * Arguments no client method may send: dot segments (a URL parser drops `.` and `..`, even
 * percent-encoded, with the segment before), lone surrogates, empty strings and IDs of the
 * wrong kind. Each call rejects with a TypeError naming the method and the argument, and
 * sends nothing.
 */
const invalidIdCases = (
  [
    ["joinRoom", "roomIdOrAlias", "..", "room ID or alias", (client) => client.joinRoom("..")],
    ["joinRoom", "roomIdOrAlias", UNENCODABLE, "room ID or alias", (client) => client.joinRoom(UNENCODABLE)],
    ["knockRoom", "roomIdOrAlias", ".", "room ID or alias", (client) => client.knockRoom(".")],
    ["knockRoom", "roomIdOrAlias", CAROL, "room ID or alias", (client) => client.knockRoom(CAROL)],
    ["leaveRoom", "roomId", "..", "room ID", (client) => client.leaveRoom("..")],
    ["leaveRoom", "roomId", "#club:hs.example", "room ID", (client) => client.leaveRoom("#club:hs.example")],
    ["forgetRoom", "roomId", "..", "room ID", (client) => client.forgetRoom("..")],
    ["forgetRoom", "roomId", UNENCODABLE, "room ID", (client) => client.forgetRoom(UNENCODABLE)],
    ["inviteUser", "roomId", "..", "room ID", (client) => client.inviteUser("..", CAROL)],
    ["inviteUser", "userId", "..", "user ID", (client) => client.inviteUser(ROOM, "..")],
    ["kickUser", "userId", "carol", "user ID", (client) => client.kickUser(ROOM, "carol")],
    ["banUser", "userId", "@carol", "user ID", (client) => client.banUser(V12_ROOM, "@carol")],
    ["unbanUser", "roomId", UNENCODABLE, "room ID", (client) => client.unbanUser(UNENCODABLE, CAROL)],
    ["getRoomState", "roomId", ".", "room ID", (client) => client.getRoomState(".")],
    ["getRoomSummary", "roomIdOrAlias", "..", "room ID or alias", (client) => client.getRoomSummary("..")],
    ["getRoomSummary", "roomIdOrAlias", "#\uD800:hs.example", "room ID or alias", (client) => client.getRoomSummary("#\uD800:hs.example")],
    ["reportRoom", "roomId", "..", "room ID", (client) => client.reportRoom("..", "spam")],
    ["reportUser", "userId", "..", "user ID", (client) => client.reportUser("..", "spam")],
    ["reportUser", "userId", ROOM, "user ID", (client) => client.reportUser(ROOM, "spam")],
    ["getMutualRooms", "userId", "..", "user ID", (client) => client.getMutualRooms!("..")],
    ["getMutualRooms", "userId", ROOM, "user ID", (client) => client.getMutualRooms!(ROOM)],
    ["getAccountData", "type", "..", "event type", (client) => client.getAccountData("..")],
    ["getAccountData", "type", ".", "event type", (client) => client.getAccountData(".")],
    ["getAccountData", "type", "", "event type", (client) => client.getAccountData("")],
    ["getAccountData", "type", "m.\uD800", "event type", (client) => client.getAccountData("m.\uD800")],
    ["setAccountData", "type", "..", "event type", (client) => client.setAccountData("..", {})],
    ["setAccountData", "type", "\uDC00m.direct", "event type", (client) => client.setAccountData("\uDC00m.direct", {})],
    ["getInviteState", "roomId", "..", "room ID", (client) => client.getInviteState!("..")],
    ["getInviteState", "roomId", UNENCODABLE, "room ID", (client) => client.getInviteState!(UNENCODABLE)],
  ] satisfies [string, string, string, string, EndpointCase["call"]][]
).map(([method, argument, value, kind, call]): EndpointCase => ({
  title: `${method} rejects ${argument} ${JSON.stringify(value)} before sending anything`,
  answers: [],
  call,
  requests: [],
  outcome: { rejects: { name: "TypeError", message: `${method}: ${argument} ${JSON.stringify(value)} is not a valid ${kind}` } },
}));

const cases: EndpointCase[] = [
  {
    title: "joinRoom sends via and server_name once per server, and the reason",
    answers: [reply(200, { room_id: ROOM })],
    call: (client) => client.joinRoom(ALIAS, { via: ["a.example", "b.example", "a.example"], reason: "hello" }),
    requests: [
      post(`${V3}/join/${ENCODED_ALIAS}`, { reason: "hello" }, [
        ["via", "a.example"],
        ["via", "b.example"],
        ["server_name", "a.example"],
        ["server_name", "b.example"],
      ]),
    ],
    outcome: { resolves: { roomId: ROOM } },
  },
  {
    title: "joinRoom sends an empty body and no query without options",
    answers: [reply(200, { room_id: V12_ROOM })],
    call: (client) => client.joinRoom(V12_ROOM),
    requests: [post(`${V3}/join/${V12_ROOM}`, {})],
    outcome: { resolves: { roomId: V12_ROOM } },
  },
  {
    title: "joinRoom rejects an answer without a room ID",
    answers: [reply(200, { nope: true })],
    call: (client) => client.joinRoom(ROOM),
    requests: [post(`${V3}/join/${ENCODED_ROOM}`, {})],
    outcome: { rejects: { name: "MatrixApiError", status: 200, method: "POST", path: `${V3}/join/${ENCODED_ROOM}` } },
  },
  {
    title: "knockRoom sends via, server_name and the reason",
    answers: [reply(200, { room_id: ROOM })],
    call: (client) => client.knockRoom("#club:hs.example", { via: ["a.example"], reason: "let me in" }),
    requests: [post(`${V3}/knock/%23club%3Ahs.example`, { reason: "let me in" }, [["via", "a.example"], ["server_name", "a.example"]])],
    outcome: { resolves: { roomId: ROOM } },
  },
  {
    title: "knockRoom rejects an answer whose room ID is empty",
    answers: [reply(200, { room_id: "" })],
    call: (client) => client.knockRoom(ROOM),
    requests: [post(`${V3}/knock/${ENCODED_ROOM}`, {})],
    outcome: { rejects: { name: "MatrixApiError", status: 200, method: "POST", path: `${V3}/knock/${ENCODED_ROOM}` } },
  },
  {
    title: "leaveRoom sends the reason",
    answers: [reply(200)],
    call: (client) => client.leaveRoom(ROOM, { reason: "Not for me" }),
    requests: [post(`${V3}/rooms/${ENCODED_ROOM}/leave`, { reason: "Not for me" })],
    outcome: done,
  },
  {
    title: "leaveRoom keeps an empty reason",
    answers: [reply(200)],
    call: (client) => client.leaveRoom(ROOM, { reason: "" }),
    requests: [post(`${V3}/rooms/${ENCODED_ROOM}/leave`, { reason: "" })],
    outcome: done,
  },
  {
    title: "leaveRoom sends an empty body without a reason",
    answers: [reply(200)],
    call: (client) => client.leaveRoom(V12_ROOM),
    requests: [post(`${V3}/rooms/${V12_ROOM}/leave`, {})],
    outcome: done,
  },
  {
    title: "forgetRoom posts to the forget path",
    answers: [reply(200)],
    call: (client) => client.forgetRoom(ROOM),
    // The fetch transport always sends a JSON body with a POST ({}); see `sdkBody` below.
    requests: [post(`${V3}/rooms/${ENCODED_ROOM}/forget`, {})],
    outcome: done,
  },
  ...memberActionCases,
  {
    title: "slidingSync posts the body with pos and timeout as query parameters",
    answers: [reply(200, { pos: "2", lists: {} })],
    call: (client) => client.slidingSync!({ body: { lists: { invites: { ranges: [[0, 9]] } } }, pos: "1/s5", timeoutMs: 30_000 }),
    requests: [
      post("/_matrix/client/unstable/org.matrix.simplified_msc3575/sync", { lists: { invites: { ranges: [[0, 9]] } } }, [
        ["pos", "1/s5"],
        ["timeout", "30000"],
      ]),
    ],
    outcome: { resolves: { pos: "2", lists: {} } },
  },
  {
    title: "slidingSync without pos starts a connection with timeout 0",
    answers: [reply(400, { errcode: "M_UNKNOWN_POS", error: "Unknown position" })],
    call: (client) => client.slidingSync!({ body: {} }),
    requests: [post("/_matrix/client/unstable/org.matrix.simplified_msc3575/sync", {}, [["timeout", "0"]])],
    outcome: { rejects: { name: "MatrixApiError", status: 400, errcode: "M_UNKNOWN_POS" } },
  },
  {
    title: "getVersions reads the versions object",
    answers: [reply(200, { versions: ["v1.12"], unstable_features: { "org.matrix.simplified_msc3575": true } })],
    call: (client) => client.getVersions!(),
    requests: [get("/_matrix/client/versions")],
    outcome: { resolves: { versions: ["v1.12"], unstable_features: { "org.matrix.simplified_msc3575": true } } },
  },
  {
    title: "getVersions rejects an answer that is not an object",
    answers: [reply(200, [])],
    call: (client) => client.getVersions!(),
    requests: [get("/_matrix/client/versions")],
    outcome: { rejects: { name: "MatrixApiError", status: 200, method: "GET", path: "/_matrix/client/versions" } },
  },
  {
    title: "getRoomState returns the state array",
    answers: [reply(200, [{ type: "m.room.name" }])],
    call: (client) => client.getRoomState(ROOM),
    requests: [get(`${V3}/rooms/${ENCODED_ROOM}/state`)],
    outcome: { resolves: [{ type: "m.room.name" }] },
  },
  {
    title: "getRoomState rejects an answer that is not an array",
    answers: [reply(200, { events: [] })],
    call: (client) => client.getRoomState(V12_ROOM),
    requests: [get(`${V3}/rooms/${V12_ROOM}/state`)],
    outcome: { rejects: { name: "MatrixApiError", status: 200, method: "GET", path: `${V3}/rooms/${V12_ROOM}/state` } },
  },
  {
    title: "getRoomSummary asks the stable path with via only",
    answers: [reply(200, { room_id: ROOM, num_joined_members: 3 })],
    call: (client) => client.getRoomSummary(ALIAS, { via: ["a.example", "a.example", "b.example"] }),
    requests: [get(`/_matrix/client/v1/room_summary/${ENCODED_ALIAS}`, [["via", "a.example"], ["via", "b.example"]])],
    outcome: { resolves: { room_id: ROOM, num_joined_members: 3 } },
  },
  {
    title: "getRoomSummary falls back to MSC3266's unstable path when the server does not know the stable one",
    answers: [reply(404, { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" }), reply(200, { room_id: ROOM })],
    call: (client) => client.getRoomSummary(ROOM, { via: ["a.example"] }),
    requests: [
      get(`/_matrix/client/v1/room_summary/${ENCODED_ROOM}`, [["via", "a.example"]]),
      get(`/_matrix/client/unstable/im.nheko.summary/summary/${ENCODED_ROOM}`, [["via", "a.example"]]),
    ],
    outcome: { resolves: { room_id: ROOM } },
  },
  {
    title: "getRoomSummary does not fall back when the room is unknown",
    answers: [reply(404, { errcode: "M_NOT_FOUND", error: "Room not found" })],
    call: (client) => client.getRoomSummary(ROOM),
    requests: [get(`/_matrix/client/v1/room_summary/${ENCODED_ROOM}`)],
    outcome: { rejects: { name: "MatrixApiError", status: 404, errcode: "M_NOT_FOUND" } },
  },
  {
    title: "getRoomSummary rejects an answer that is not an object",
    answers: [reply(200, ["not", "a", "summary"])],
    call: (client) => client.getRoomSummary(ROOM),
    requests: [get(`/_matrix/client/v1/room_summary/${ENCODED_ROOM}`)],
    outcome: { rejects: { name: "MatrixApiError", status: 200, method: "GET" } },
  },
  {
    title: "getMutualRooms asks for the user's shared rooms and keeps only valid room IDs",
    answers: [reply(200, { joined: [ROOM, "not a room", V12_ROOM, ROOM, 7], count: 2 })],
    call: (client) => client.getMutualRooms!(CAROL),
    requests: [get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL]])],
    outcome: { resolves: { supported: true, roomIds: [ROOM, V12_ROOM], count: 2, complete: true } },
  },
  {
    title: "getMutualRooms follows next_batch until the last page",
    answers: [reply(200, { joined: [ROOM], count: 2, next_batch: "b2s=" }), reply(200, { joined: [V12_ROOM], count: 2 })],
    call: (client) => client.getMutualRooms!(CAROL),
    requests: [
      get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL]]),
      get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL], ["from", "b2s="]]),
    ],
    outcome: { resolves: { supported: true, roomIds: [ROOM, V12_ROOM], count: 2, complete: true } },
  },
  {
    title: "getMutualRooms stops when next_batch does not move on",
    answers: [reply(200, { joined: [ROOM], next_batch: "same" }), reply(200, { joined: [ROOM], next_batch: "same" })],
    call: (client) => client.getMutualRooms!(CAROL),
    requests: [
      get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL]]),
      get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL], ["from", "same"]]),
    ],
    outcome: { resolves: { supported: true, roomIds: [ROOM], count: 1, complete: true } },
  },
  {
    title: "getMutualRooms answers unsupported when the server does not know the endpoint",
    answers: [reply(404, { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" })],
    call: (client) => client.getMutualRooms!(CAROL),
    requests: [get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL]])],
    outcome: { resolves: { supported: false } },
  },
  {
    title: "getMutualRooms answers unsupported for a bare 404 without a Matrix error (a proxy in front of an older server)",
    answers: [reply(404, "<html>Not Found</html>")],
    call: (client) => client.getMutualRooms!(CAROL),
    requests: [get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL]])],
    outcome: { resolves: { supported: false } },
  },
  {
    title: "getMutualRooms still fails on other errors",
    answers: [reply(400, { errcode: "M_INVALID_PARAM", error: "You cannot request a list of shared rooms with yourself" })],
    call: (client) => client.getMutualRooms!(BOB),
    requests: [get("/_matrix/client/v1/mutual_rooms", [["user_id", BOB]])],
    outcome: { rejects: { name: "MatrixApiError", status: 400, errcode: "M_INVALID_PARAM" } },
  },
  {
    title: "getMutualRooms rejects an answer without a joined list",
    answers: [reply(200, { joined: "!room:hs.example", count: 1 })],
    call: (client) => client.getMutualRooms!(CAROL),
    requests: [get("/_matrix/client/v1/mutual_rooms", [["user_id", CAROL]])],
    outcome: { rejects: { name: "MatrixApiError", status: 200, method: "GET", path: "/_matrix/client/v1/mutual_rooms" } },
  },
  {
    title: "reportRoom sends the reason",
    answers: [reply(200)],
    call: (client) => client.reportRoom(V12_ROOM, "spam"),
    requests: [post(`${V3}/rooms/${V12_ROOM}/report`, { reason: "spam" })],
    outcome: done,
  },
  {
    title: "reportUser sends the reason, even an empty one",
    answers: [reply(200)],
    call: (client) => client.reportUser("@mallory:evil.example", ""),
    requests: [post(`${V3}/users/%40mallory%3Aevil.example/report`, { reason: "" })],
    outcome: done,
  },
  {
    title: "reportUser sends an empty reason when a JavaScript caller passes none (the spec requires the field)",
    answers: [reply(200)],
    call: (client) => client.reportUser("@mallory:evil.example", undefined as unknown as string),
    requests: [post(`${V3}/users/%40mallory%3Aevil.example/report`, { reason: "" })],
    outcome: done,
  },
  {
    title: "getAccountData reads the signed-in user's account data",
    answers: [reply(200, { ignored_users: {} })],
    call: (client) => client.getAccountData("m.ignored_user_list"),
    requests: [get(`${V3}/user/%40bob%3Ahs.example/account_data/m.ignored_user_list`)],
    outcome: { resolves: { ignored_users: {} } },
  },
  {
    title: "getAccountData answers undefined when the server has none",
    answers: [reply(404, { errcode: "M_NOT_FOUND", error: "Account data not found" })],
    call: (client) => client.getAccountData("org.example/odd type"),
    requests: [get(`${V3}/user/%40bob%3Ahs.example/account_data/org.example%2Fodd%20type`)],
    outcome: { resolves: undefined },
  },
  {
    title: "getAccountData answers undefined for content that is not an object",
    answers: [reply(200, ["odd"])],
    call: (client) => client.getAccountData("m.direct"),
    requests: [get(`${V3}/user/%40bob%3Ahs.example/account_data/m.direct`)],
    outcome: { resolves: undefined },
  },
  {
    title: "getAccountData still fails on other errors",
    answers: [reply(403, { errcode: "M_FORBIDDEN", error: "no" })],
    call: (client) => client.getAccountData("m.direct"),
    requests: [get(`${V3}/user/%40bob%3Ahs.example/account_data/m.direct`)],
    outcome: { rejects: { name: "MatrixApiError", status: 403, errcode: "M_FORBIDDEN", path: `${V3}/user/%40bob%3Ahs.example/account_data/m.direct` } },
  },
  {
    title: "setAccountData puts the content",
    answers: [reply(200)],
    call: (client) => client.setAccountData("m.direct", { [CAROL]: [ROOM] }),
    requests: [{ method: "PUT", path: `${V3}/user/%40bob%3Ahs.example/account_data/m.direct`, query: [], body: { [CAROL]: [ROOM] } }],
    outcome: done,
  },
  {
    title: "setAccountData sends null-prototype content with its own constructor key as JSON",
    answers: [reply(200)],
    call: (client) => client.setAccountData("org.example.odd", Object.assign(Object.create(null) as Record<string, unknown>, { constructor: "x", nested: { a: 1 } })),
    requests: [{ method: "PUT", path: `${V3}/user/%40bob%3Ahs.example/account_data/org.example.odd`, query: [], body: { constructor: "x", nested: { a: 1 } } }],
    outcome: done,
  },
  ...invalidIdCases,
];

interface Transport {
  name: string;
  create(fake: FakeFetch): MembershipClient;
  /** The body this transport sends for `forgetRoom`, when it differs from the table's. */
  forgetBody?: unknown;
}

const transports: Transport[] = [
  {
    name: "createMatrixHttpClient (fetch)",
    create: (fake) =>
      createMatrixHttpClient({ baseUrl: BASE, accessToken: "secret-token", userId: BOB, fetch: fake.fetch, maxRateLimitRetries: 0, maxNetworkRetries: 0 }),
  },
  {
    name: "fromMatrixJsSdk (authedRequest)",
    create: (fake) =>
      fromMatrixJsSdk(createClient({ baseUrl: BASE, accessToken: "secret-token", userId: BOB, fetchFn: fake.fetch, logger: silentLogger }), { fetch: fake.fetch }),
    // The SDK's own forget() sends the POST (so it can drop the room from its store), without a body.
    forgetBody: undefined,
  },
];

function onTheWire(request: RecordedRequest): WireRequest {
  return { method: request.method, path: request.url.pathname, query: [...request.url.searchParams], body: request.body };
}

async function settle(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { resolves: await promise };
  } catch (error) {
    return { rejects: error as Record<string, unknown> };
  }
}

describe.each(transports)("every endpoint over $name", (transport) => {
  it.each(cases)("$title", async (endpointCase) => {
    const fake = createFakeFetch(endpointCase.answers);
    const client = transport.create(fake);

    const outcome = await settle(endpointCase.call(client));

    const expected = endpointCase.requests.map((request) =>
      "forgetBody" in transport && request.path.endsWith("/forget") ? { ...request, body: transport.forgetBody } : request,
    );
    expect(fake.requests.map(onTheWire)).toEqual(expected);
    if ("resolves" in endpointCase.outcome) expect(outcome).toEqual(endpointCase.outcome);
    else expect(outcome).toMatchObject({ rejects: endpointCase.outcome.rejects });
  });

  it("sends the access token as a bearer header", async () => {
    const fake = createFakeFetch([reply(200)]);

    await transport.create(fake).leaveRoom(ROOM);

    expect(fake.requests[0]?.headers.get("Authorization")).toBe("Bearer secret-token");
    expect(fake.requests[0]?.url.href).not.toContain("secret-token");
  });
});

describe("account data over the fetch client without a known user ID", () => {
  it("rejects a type it cannot encode before asking whoami", async () => {
    const fake = createFakeFetch([reply(200, { user_id: BOB })]);
    const client = createMatrixHttpClient({ baseUrl: BASE, accessToken: "secret-token", fetch: fake.fetch });

    await expect(client.getAccountData(UNENCODABLE)).rejects.toMatchObject({ name: "TypeError", message: expect.stringContaining("getAccountData: type") });
    await expect(client.setAccountData("..", {})).rejects.toMatchObject({ name: "TypeError", message: expect.stringContaining("setAccountData: type") });
    expect(fake.requests).toHaveLength(0);
  });

  it.each<unknown>(["..", ".", "", "alice", "@alice", 42, null])("never puts a whoami answer of %j in the account-data path", async (userId) => {
    const fake = createFakeFetch([reply(200, { user_id: userId }), reply(200, {})]);
    const client = createMatrixHttpClient({ baseUrl: BASE, accessToken: "secret-token", fetch: fake.fetch });

    await expect(client.getAccountData("m.ignored_user_list")).rejects.toMatchObject({ name: "MatrixApiError", status: 200 });
    expect(fake.requests.map((request) => request.url.pathname)).toEqual([`${V3}/account/whoami`]);
    expect(client.userId).toBeUndefined();
  });
});

describe.each([
  {
    name: "createMatrixHttpClient (fetch)",
    create: (fake: FakeFetch, userId: string) =>
      createMatrixHttpClient({ baseUrl: BASE, accessToken: "secret-token", userId, fetch: fake.fetch, maxNetworkRetries: 0 }),
  },
  {
    name: "fromMatrixJsSdk (authedRequest)",
    create: (fake: FakeFetch, userId: string) =>
      fromMatrixJsSdk(createClient({ baseUrl: BASE, accessToken: "secret-token", userId, fetchFn: fake.fetch, logger: silentLogger }), { fetch: fake.fetch }),
  },
])("account data over $name with a signed-in user ID that is not one", ({ create }) => {
  it.each(["..", ".", "bob", "@bob:hs.example/../.."])("sends nothing for a user ID of %j", async (userId) => {
    const fake = createFakeFetch([reply(200, {}), reply(200, {})]);
    const client = create(fake, userId);

    const message = `getAccountData: the signed-in user ID ${JSON.stringify(userId)} is not a valid user ID`;
    await expect(client.getAccountData("m.direct")).rejects.toMatchObject({ name: "TypeError", message });
    await expect(client.setAccountData("m.direct", {})).rejects.toMatchObject({ name: "TypeError", message: message.replace("get", "set") });
    expect(fake.requests).toHaveLength(0);
  });
});
