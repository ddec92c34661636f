/**
 * The identifier checks are hand-written character loops (they run several times per
 * invite); these properties hold them to the spec grammar written as regular expressions,
 * over strings built from the characters and pieces where the grammar has its edges.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMxcUri, isRoomAlias, isRoomId, isServerName, isUserId } from "../../src/core/identifiers";

const SERVER_NAME = "(?:\\[[0-9A-Fa-f:.]{2,45}\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?)(?::[0-9]{1,5})?";
const LOCALPART = "[\\x21-\\x39\\x3B-\\x7E]+";
const GRAMMAR = {
  serverName: new RegExp(`^${SERVER_NAME}$`),
  userId: new RegExp(`^@${LOCALPART}:${SERVER_NAME}$`),
  roomAlias: new RegExp(`^#${LOCALPART}:${SERVER_NAME}$`),
  roomId: new RegExp(`^!${LOCALPART}(?::${SERVER_NAME})?$`),
  mxcUri: new RegExp(`^mxc://(${SERVER_NAME})/[A-Za-z0-9_-]+$`),
};

function expected(pattern: RegExp, value: string): boolean {
  if (pattern === GRAMMAR.mxcUri) {
    const server = pattern.exec(value)?.[1];
    return server !== undefined && server.length <= 255 && value.length <= 2048;
  }
  return value.length <= 255 && pattern.test(value);
}

const piece = fc.constantFrom(
  ..."@#!:[]./-_ aZ09fFgé\u202E\u0000~".split(""),
  "::",
  "localhost",
  "example.org",
  "[::1]",
  "[2001:db8::1]",
  ":8448",
  ":123456",
  "192.168.0.1",
  "mxc://",
  "x".repeat(60),
  "a".repeat(250),
);
const candidate = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "grapheme-ascii", maxLength: 40 }),
);
const prefixes = ["", "@", "#", "!", "mxc://", "@a:", "#a:", "!a:", "mxc://a/", "mxc://example.org/"];

describe("identifier checks follow the spec grammar", () => {
  it("agree with the grammar's regular expressions on edge-heavy strings", () => {
    fc.assert(
      fc.property(candidate, fc.constantFrom(...prefixes), (body, prefix) => {
        const value = prefix + body;
        expect(isServerName(value), `server name ${JSON.stringify(value)}`).toBe(expected(GRAMMAR.serverName, value));
        expect(isUserId(value), `user ID ${JSON.stringify(value)}`).toBe(expected(GRAMMAR.userId, value));
        expect(isRoomAlias(value), `alias ${JSON.stringify(value)}`).toBe(expected(GRAMMAR.roomAlias, value));
        expect(isRoomId(value), `room ID ${JSON.stringify(value)}`).toBe(expected(GRAMMAR.roomId, value));
        expect(isMxcUri(value), `mxc URI ${JSON.stringify(value)}`).toBe(expected(GRAMMAR.mxcUri, value));
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts the limits the grammar allows and rejects one past them", () => {
    expect(isServerName(`[${"0".repeat(45)}]`)).toBe(true);
    expect(isServerName(`[${"0".repeat(46)}]`)).toBe(false);
    expect(isServerName("[0]")).toBe(false);
    expect(isServerName("a:65535")).toBe(true);
    expect(isServerName("a:655350")).toBe(false);
    expect(isServerName("a:")).toBe(false);
    expect(isServerName("a-.b")).toBe(true);
    expect(isServerName("a.")).toBe(false);
    expect(isUserId("@a:b")).toBe(true);
    expect(isRoomId("!opaque")).toBe(true);
    expect(isRoomId("!opaque:")).toBe(false);
    expect(isMxcUri("mxc://a/")).toBe(false);
  });
});
