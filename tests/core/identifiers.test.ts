import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getThumbnailUrl,
  isMxcUri,
  isRoomAlias,
  isRoomId,
  isServerName,
  isUserId,
  serverNameOf,
} from "../../src/core";
import { parseMxcUri } from "../../src/core/identifiers";

describe("user IDs, aliases, room IDs and server names", () => {
  it.each(["@alice:localhost", "@a:b", "@Hist0rical=_./+:example.org:8448", "@x:[::1]:8008", "@x:192.168.0.1"])(
    "accepts %s as a user ID",
    (userId) => expect(isUserId(userId)).toBe(true),
  );

  it.each([
    ["no sigil", "alice:localhost"],
    ["no server", "@alice"],
    ["an empty localpart", "@:localhost"],
    ["a space", "@ali ce:localhost"],
    ["a bidi override", "@alice\u202E:localhost"],
    ["a bad server", "@alice:-bad-"],
    ["a port that is not a number", "@alice:localhost:http"],
    ["a non-string", 42],
  ])("rejects a user ID with %s", (_title, userId) => expect(isUserId(userId)).toBe(false));

  it("allows user IDs of at most 255 characters", () => {
    const server = ":example.org";
    expect(isUserId(`@${"a".repeat(255 - 1 - server.length)}${server}`)).toBe(true);
    expect(isUserId(`@${"a".repeat(256 - 1 - server.length)}${server}`)).toBe(false);
  });

  it("checks aliases and room IDs, including version 12 room IDs without a server", () => {
    expect(isRoomAlias("#lobby:localhost")).toBe(true);
    expect(isRoomAlias("#lobby")).toBe(false);
    expect(isRoomAlias("lobby:localhost")).toBe(false);
    expect(isRoomId("!hDUENNEbhZzdiyDsME:localhost")).toBe(true);
    expect(isRoomId("!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI")).toBe(true);
    expect(isRoomId("!has space:localhost")).toBe(false);
    expect(isServerName("matrix.org:8448")).toBe(true);
    expect(isServerName("evil.org/path")).toBe(false);
    expect(serverNameOf("@alice:example.org:8448")).toBe("example.org:8448");
    expect(serverNameOf("!opaque")).toBeUndefined();
  });
});

describe("mxc URIs", () => {
  it("parses a valid mxc URI into server and media ID", () => {
    expect(parseMxcUri("mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK")).toEqual({
      serverName: "localhost",
      mediaId: "oJIHkPlLpjpZUAFXGfCeUPeK",
    });
  });

  it.each([
    "http://example.org/a.png",
    "https://example.org/a.png",
    "data:image/png;base64,AAAA",
    "javascript:alert(1)",
    "MXC://example.org/abc",
    "mxc://",
    "mxc://example.org",
    "mxc://example.org/",
    "mxc:///abc",
    "mxc://example.org/../secret",
    "mxc://example.org/a/b",
    "mxc://example.org/abc?x=1",
    "mxc://exa mple.org/abc",
    " mxc://example.org/abc",
  ])("rejects %s", (uri) => {
    expect(isMxcUri(uri)).toBe(false);
    expect(getThumbnailUrl("https://hs.example", uri, { width: 40, height: 40 })).toBeUndefined();
  });

  it("builds the authenticated thumbnail URL", () => {
    expect(getThumbnailUrl("https://hs.example/", "mxc://localhost/abc_DEF-1", { width: 48, height: 32, method: "scale" })).toBe(
      "https://hs.example/_matrix/client/v1/media/thumbnail/localhost/abc_DEF-1?width=48&height=32&method=scale",
    );
    expect(getThumbnailUrl("https://hs.example", "mxc://[::1]:8008/abc", { width: 40.4, height: 1e9 })).toBe(
      "https://hs.example/_matrix/client/v1/media/thumbnail/%5B%3A%3A1%5D%3A8008/abc?width=40&height=1600&method=crop",
    );
  });

  it("only ever produces URLs under the homeserver's thumbnail endpoint", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant("mxc://a.b/c"), fc.string().map((s) => `mxc://${s}`)), (uri) => {
        const url = getThumbnailUrl("https://hs.example", uri, { width: 1, height: 1 });
        if (url === undefined) return;
        expect(url.startsWith("https://hs.example/_matrix/client/v1/media/thumbnail/")).toBe(true);
        expect(new URL(url).origin).toBe("https://hs.example");
      }),
    );
  });
});
