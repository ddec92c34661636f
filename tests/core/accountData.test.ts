import { describe, expect, it } from "vitest";
import { readSetting, settingFromContents, writeSetting, type AccountDataClient } from "../../src/core/accountData";
import { ignoredUserList, invitePermissionConfig, mediaPreviewConfig } from "../../src/core/accountDataSettings";
import { createAccountDataClient } from "../support/accountDataClient";

// The wire names, written out: the descriptors must use exactly these.
const IGNORED_USER_LIST_TYPE = "m.ignored_user_list";
const MEDIA_PREVIEW_CONFIG_TYPE = "m.media_preview_config";
const UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE = "io.element.msc4278.media_preview_config";
const INVITE_PERMISSION_CONFIG_TYPE = "m.invite_permission_config";
const UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE = "org.matrix.msc4380.invite_permission_config";

describe("ignored users", () => {
  it("keeps the existing entries when adding a user", async () => {
    const { client, data } = createAccountDataClient({
      [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@spam:example.org": {}, "@troll:evil.test": { note: "kept" } } },
    });
    await expect(writeSetting(client, ignoredUserList, { add: "@mallory:localhost" })).resolves.toBe(true);
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({
      ignored_users: { "@spam:example.org": {}, "@troll:evil.test": { note: "kept" }, "@mallory:localhost": {} },
    });
  });

  it("creates the list when the user has none", async () => {
    const { client, data } = createAccountDataClient();
    await writeSetting(client, ignoredUserList, { add: "@mallory:localhost" });
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({ ignored_users: { "@mallory:localhost": {} } });
  });

  it("repairs a malformed list instead of failing, keeping other top-level keys", async () => {
    const { client, data } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: ["@a:b"], extra: 1 } });
    await writeSetting(client, ignoredUserList, { add: "@mallory:localhost" });
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({ ignored_users: { "@mallory:localhost": {} }, extra: 1 });
  });

  it("does not write when the user is already ignored", async () => {
    const { client, calls } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@mallory:localhost": {} } } });
    await expect(writeSetting(client, ignoredUserList, { add: "@mallory:localhost" })).resolves.toBe(false);
    expect(calls).toEqual([`get ${IGNORED_USER_LIST_TYPE}`]);
  });

  it("keeps both users when two ignores run at the same time", async () => {
    const { client, data } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@old:x.org": {} } } });
    await Promise.all([writeSetting(client, ignoredUserList, { add: "@one:x.org" }), writeSetting(client, ignoredUserList, { add: "@two:x.org" })]);
    expect(ignoredUserList.parse(data.get(IGNORED_USER_LIST_TYPE))).toEqual(new Set(["@old:x.org", "@one:x.org", "@two:x.org"]));
  });

  it("removes only the given user", async () => {
    const { client, data } = createAccountDataClient({
      [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@a:x.org": {}, "@b:x.org": {} } },
    });
    await expect(writeSetting(client, ignoredUserList, { remove: "@a:x.org" })).resolves.toBe(true);
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({ ignored_users: { "@b:x.org": {} } });
    await expect(writeSetting(client, ignoredUserList, { remove: "@a:x.org" })).resolves.toBe(false);
  });

  it("rejects something that is not a user ID without touching the server", async () => {
    const { client, calls } = createAccountDataClient();
    await expect(writeSetting(client, ignoredUserList, { add: "mallory" })).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it("still runs the next write after a failed one", async () => {
    const { client, data } = createAccountDataClient();
    let fail = true;
    const flaky: AccountDataClient = {
      getAccountData: (type, options) => client.getAccountData(type, options),
      setAccountData: async (type, content, options) => {
        if (fail) {
          fail = false;
          throw new Error("boom");
        }
        return client.setAccountData(type, content, options);
      },
    };
    const first = writeSetting(flaky, ignoredUserList, { add: "@one:x.org" });
    const second = writeSetting(flaky, ignoredUserList, { add: "@two:x.org" });
    await expect(first).rejects.toThrow("boom");
    await expect(second).resolves.toBe(true);
    expect(ignoredUserList.parse(data.get(IGNORED_USER_LIST_TYPE))).toEqual(new Set(["@two:x.org"]));
  });

  it("parses only valid user IDs and never throws on garbage", async () => {
    expect(ignoredUserList.parse({ ignored_users: { "@a:x.org": {}, "not-a-user": {}, "": {} } })).toEqual(new Set(["@a:x.org"]));
    for (const garbage of [null, 1, "x", [], { ignored_users: null }, { ignored_users: "x" }, JSON.parse('{"__proto__":{"x":1}}')]) {
      expect(ignoredUserList.parse(garbage)).toEqual(new Set());
    }
    const { client } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@a:x.org": {} } } });
    await expect(readSetting(client, ignoredUserList)).resolves.toEqual({ value: new Set(["@a:x.org"]), source: "stable" });
  });

  it("keeps a __proto__ key as plain data when merging", async () => {
    const { client, data } = createAccountDataClient({
      [IGNORED_USER_LIST_TYPE]: JSON.parse('{"ignored_users":{"__proto__":{"polluted":true}}}'),
    });
    await writeSetting(client, ignoredUserList, { add: "@a:x.org" });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys((data.get(IGNORED_USER_LIST_TYPE) as { ignored_users: object }).ignored_users)).toEqual(["__proto__", "@a:x.org"]);
  });
});

describe("media preview policy", () => {
  it("shows everything when the user never set a policy", async () => {
    const { client } = createAccountDataClient();
    await expect(readSetting(client, mediaPreviewConfig)).resolves.toEqual({ value: { inviteAvatars: true, mediaPreviews: "on" }, source: "default" });
  });

  it("hides invite avatars when invite_avatars is off", async () => {
    const { client } = createAccountDataClient({ [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off", media_previews: "private" } });
    await expect(readSetting(client, mediaPreviewConfig)).resolves.toEqual({ value: { inviteAvatars: false, mediaPreviews: "private" }, source: "stable" });
  });

  it("falls back to the unstable MSC4278 type", async () => {
    const { client } = createAccountDataClient({ [UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off" } });
    await expect(readSetting(client, mediaPreviewConfig)).resolves.toEqual({ value: { inviteAvatars: false, mediaPreviews: "on" }, source: "unstable" });
  });

  it("prefers the stable type over the unstable one", async () => {
    const { client } = createAccountDataClient({
      [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "on" },
      [UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off" },
    });
    await expect(readSetting(client, mediaPreviewConfig)).resolves.toMatchObject({ value: { inviteAvatars: true }, source: "stable" });
  });

  it("counts unknown values as off", () => {
    expect(mediaPreviewConfig.parse({ invite_avatars: "yes", media_previews: "sometimes" })).toEqual({ inviteAvatars: false, mediaPreviews: "off" });
    expect(mediaPreviewConfig.parse({ invite_avatars: true, media_previews: 1 })).toEqual({ inviteAvatars: false, mediaPreviews: "off" });
    expect(mediaPreviewConfig.parse({ invite_avatars: "private" })).toEqual({ inviteAvatars: false, mediaPreviews: "on" });
    expect(settingFromContents(mediaPreviewConfig, new Map([[MEDIA_PREVIEW_CONFIG_TYPE, "garbage"]]))).toEqual({
      value: { inviteAvatars: false, mediaPreviews: "off" },
      source: "stable",
    });
  });

  it("writes the stable type and keeps the other keys", async () => {
    const { client, data } = createAccountDataClient({ [MEDIA_PREVIEW_CONFIG_TYPE]: { media_previews: "private", extra: [1] } });
    await writeSetting(client, mediaPreviewConfig, { inviteAvatars: false });
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "private", extra: [1], invite_avatars: "off" });
    await writeSetting(client, mediaPreviewConfig, { inviteAvatars: true });
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "private", extra: [1], invite_avatars: "on" });
  });

  it("carries the unstable settings over when it first writes the stable type", async () => {
    const { client, data } = createAccountDataClient({ [UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]: { media_previews: "off" } });
    await writeSetting(client, mediaPreviewConfig, { inviteAvatars: false });
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "off", invite_avatars: "off" });
    expect(data.get(UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "off" });
  });
});

describe("invite blocking", () => {
  it("lets invites through when nothing is set", async () => {
    const { client } = createAccountDataClient();
    await expect(readSetting(client, invitePermissionConfig)).resolves.toEqual({ value: { blockAll: false }, source: "default" });
  });

  it("blocks everything with default_action block, tolerating MSC4155 lists", async () => {
    const { client } = createAccountDataClient({
      [INVITE_PERMISSION_CONFIG_TYPE]: {
        default_action: "block",
        allowed_users: ["@friend:x.org"],
        ignored_users: ["*"],
        blocked_servers: ["evil.test"],
        allowed_servers: "not even a list",
      },
    });
    await expect(readSetting(client, invitePermissionConfig)).resolves.toEqual({ value: { blockAll: true }, source: "stable" });
  });

  it("treats unknown or malformed default_action values as allow", () => {
    for (const content of [{ default_action: "BLOCK" }, { default_action: true }, { default_action: "allow" }, {}, null, "block", ["block"]]) {
      expect(invitePermissionConfig.parse(content)).toEqual({ blockAll: false });
    }
  });

  it("falls back to the unstable MSC4380 type", async () => {
    const { client } = createAccountDataClient({ [UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block" } });
    await expect(readSetting(client, invitePermissionConfig)).resolves.toEqual({ value: { blockAll: true }, source: "unstable" });
  });

  it("blocks and unblocks while keeping the other keys", async () => {
    const { client, data } = createAccountDataClient({ [INVITE_PERMISSION_CONFIG_TYPE]: { allowed_users: ["@friend:x.org"] } });
    await writeSetting(client, invitePermissionConfig, { blockAll: true });
    expect(data.get(INVITE_PERMISSION_CONFIG_TYPE)).toEqual({ allowed_users: ["@friend:x.org"], default_action: "block" });
    await writeSetting(client, invitePermissionConfig, { blockAll: false });
    expect(data.get(INVITE_PERMISSION_CONFIG_TYPE)).toEqual({ allowed_users: ["@friend:x.org"] });
    await expect(readSetting(client, invitePermissionConfig)).resolves.toEqual({ value: { blockAll: false }, source: "stable" });
  });
});

describe("media preview policy: hostile input and media_previews", () => {
  it("gives the safe choice for content whose getters throw, instead of throwing", () => {
    const hostile = {};
    Object.defineProperty(hostile, "invite_avatars", {
      enumerable: true,
      get() {
        throw new Error("hostile");
      },
    });
    expect(mediaPreviewConfig.parse(hostile)).toEqual({ inviteAvatars: false, mediaPreviews: "off" });
  });

  it("writes media_previews and keeps invite_avatars", async () => {
    const { client, data } = createAccountDataClient({ [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off" } });
    await expect(writeSetting(client, mediaPreviewConfig, { mediaPreviews: "private" })).resolves.toBe(true);
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ invite_avatars: "off", media_previews: "private" });
  });

  it("rejects a media_previews value the spec does not define without touching the server", async () => {
    const { client, calls } = createAccountDataClient();
    const change = { mediaPreviews: "sometimes" } as unknown as { mediaPreviews: "on" };
    await expect(writeSetting(client, mediaPreviewConfig, change)).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });
});

describe("invite blocking: stable and unstable names", () => {
  it("reads the stable type when it exists, even if only the unstable one blocks", async () => {
    const { client, calls } = createAccountDataClient({
      [INVITE_PERMISSION_CONFIG_TYPE]: {},
      [UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block" },
    });
    await expect(readSetting(client, invitePermissionConfig)).resolves.toEqual({ value: { blockAll: false }, source: "stable" });
    expect(calls).toEqual([`get ${INVITE_PERMISSION_CONFIG_TYPE}`]);
  });

  it("writes only the stable type, starting from the stable content alone", async () => {
    const { client, data, calls } = createAccountDataClient({ [UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "allow", note: 1 } });
    await writeSetting(client, invitePermissionConfig, { blockAll: true });
    expect(calls).toEqual([`get ${INVITE_PERMISSION_CONFIG_TYPE}`, `set ${INVITE_PERMISSION_CONFIG_TYPE}`]);
    expect(data.get(INVITE_PERMISSION_CONFIG_TYPE)).toEqual({ default_action: "block" });
    expect(data.get(UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE)).toEqual({ default_action: "allow", note: 1 });
  });
});

describe("every setting: what is written reads back as the change", () => {
  it.each([
    ["ignore", () => ignoredUserList.parse(ignoredUserList.write({ ignored_users: { "@a:x.org": {} } }, { add: "@b:x.org" })), new Set(["@a:x.org", "@b:x.org"])],
    ["unignore", () => ignoredUserList.parse(ignoredUserList.write({ ignored_users: { "@a:x.org": {} } }, { remove: "@a:x.org" })), new Set()],
    ["hide invite avatars", () => mediaPreviewConfig.parse(mediaPreviewConfig.write({ media_previews: "private" }, { inviteAvatars: false })), { inviteAvatars: false, mediaPreviews: "private" }],
    ["block all invites", () => invitePermissionConfig.parse(invitePermissionConfig.write(undefined, { blockAll: true })), { blockAll: true }],
    ["allow invites", () => invitePermissionConfig.parse(invitePermissionConfig.write({ default_action: "block" }, { blockAll: false })), { blockAll: false }],
  ])("%s", (_change, roundTrip, expected) => {
    expect(roundTrip()).toEqual(expected);
  });
});
