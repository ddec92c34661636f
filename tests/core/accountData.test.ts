import { describe, expect, it } from "vitest";
import {
  addIgnoredUser,
  IGNORED_USER_LIST_TYPE,
  INVITE_PERMISSION_CONFIG_TYPE,
  MEDIA_PREVIEW_CONFIG_TYPE,
  mediaPreviewPolicyFromContent,
  parseIgnoredUsers,
  parseInvitePermission,
  parseMediaPreviewConfig,
  readIgnoredUsers,
  readInvitePermission,
  readMediaPreviewPolicy,
  removeIgnoredUser,
  setBlockAllInvites,
  setInviteAvatarsEnabled,
  UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE,
  UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE,
  type AccountDataClient,
} from "../../src/core/accountData";
import { createAccountDataClient } from "../support/accountDataClient";


describe("ignored users", () => {
  it("keeps the existing entries when adding a user", async () => {
    const { client, data } = createAccountDataClient({
      [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@spam:example.org": {}, "@troll:evil.test": { note: "kept" } } },
    });
    await expect(addIgnoredUser(client, "@mallory:localhost")).resolves.toBe(true);
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({
      ignored_users: { "@spam:example.org": {}, "@troll:evil.test": { note: "kept" }, "@mallory:localhost": {} },
    });
  });

  it("creates the list when the user has none", async () => {
    const { client, data } = createAccountDataClient();
    await addIgnoredUser(client, "@mallory:localhost");
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({ ignored_users: { "@mallory:localhost": {} } });
  });

  it("repairs a malformed list instead of failing, keeping other top-level keys", async () => {
    const { client, data } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: ["@a:b"], extra: 1 } });
    await addIgnoredUser(client, "@mallory:localhost");
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({ ignored_users: { "@mallory:localhost": {} }, extra: 1 });
  });

  it("does not write when the user is already ignored", async () => {
    const { client, calls } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@mallory:localhost": {} } } });
    await expect(addIgnoredUser(client, "@mallory:localhost")).resolves.toBe(false);
    expect(calls).toEqual([`get ${IGNORED_USER_LIST_TYPE}`]);
  });

  it("keeps both users when two ignores run at the same time", async () => {
    const { client, data } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@old:x.org": {} } } });
    await Promise.all([addIgnoredUser(client, "@one:x.org"), addIgnoredUser(client, "@two:x.org")]);
    expect(parseIgnoredUsers(data.get(IGNORED_USER_LIST_TYPE))).toEqual(new Set(["@old:x.org", "@one:x.org", "@two:x.org"]));
  });

  it("removes only the given user", async () => {
    const { client, data } = createAccountDataClient({
      [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@a:x.org": {}, "@b:x.org": {} } },
    });
    await expect(removeIgnoredUser(client, "@a:x.org")).resolves.toBe(true);
    expect(data.get(IGNORED_USER_LIST_TYPE)).toEqual({ ignored_users: { "@b:x.org": {} } });
    await expect(removeIgnoredUser(client, "@a:x.org")).resolves.toBe(false);
  });

  it("rejects something that is not a user ID without touching the server", async () => {
    const { client, calls } = createAccountDataClient();
    await expect(addIgnoredUser(client, "mallory")).rejects.toThrow(TypeError);
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
    const first = addIgnoredUser(flaky, "@one:x.org");
    const second = addIgnoredUser(flaky, "@two:x.org");
    await expect(first).rejects.toThrow("boom");
    await expect(second).resolves.toBe(true);
    expect(parseIgnoredUsers(data.get(IGNORED_USER_LIST_TYPE))).toEqual(new Set(["@two:x.org"]));
  });

  it("parses only valid user IDs and never throws on garbage", async () => {
    expect(parseIgnoredUsers({ ignored_users: { "@a:x.org": {}, "not-a-user": {}, "": {} } })).toEqual(new Set(["@a:x.org"]));
    for (const garbage of [null, 1, "x", [], { ignored_users: null }, { ignored_users: "x" }, JSON.parse('{"__proto__":{"x":1}}')]) {
      expect(parseIgnoredUsers(garbage)).toEqual(new Set());
    }
    const { client } = createAccountDataClient({ [IGNORED_USER_LIST_TYPE]: { ignored_users: { "@a:x.org": {} } } });
    await expect(readIgnoredUsers(client)).resolves.toEqual(new Set(["@a:x.org"]));
  });

  it("keeps a __proto__ key as plain data when merging", async () => {
    const { client, data } = createAccountDataClient({
      [IGNORED_USER_LIST_TYPE]: JSON.parse('{"ignored_users":{"__proto__":{"polluted":true}}}'),
    });
    await addIgnoredUser(client, "@a:x.org");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys((data.get(IGNORED_USER_LIST_TYPE) as { ignored_users: object }).ignored_users)).toEqual(["__proto__", "@a:x.org"]);
  });
});

describe("media preview policy", () => {
  it("shows everything when the user never set a policy", async () => {
    const { client } = createAccountDataClient();
    await expect(readMediaPreviewPolicy(client)).resolves.toEqual({ inviteAvatars: true, mediaPreviews: "on", source: "default" });
  });

  it("hides invite avatars when invite_avatars is off", async () => {
    const { client } = createAccountDataClient({ [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off", media_previews: "private" } });
    await expect(readMediaPreviewPolicy(client)).resolves.toEqual({ inviteAvatars: false, mediaPreviews: "private", source: "stable" });
  });

  it("falls back to the unstable MSC4278 type", async () => {
    const { client } = createAccountDataClient({ [UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off" } });
    await expect(readMediaPreviewPolicy(client)).resolves.toEqual({ inviteAvatars: false, mediaPreviews: "on", source: "unstable" });
  });

  it("prefers the stable type over the unstable one", async () => {
    const { client } = createAccountDataClient({
      [MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "on" },
      [UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]: { invite_avatars: "off" },
    });
    await expect(readMediaPreviewPolicy(client)).resolves.toMatchObject({ inviteAvatars: true, source: "stable" });
  });

  it("counts unknown values as off", () => {
    expect(parseMediaPreviewConfig({ invite_avatars: "yes", media_previews: "sometimes" })).toEqual({ inviteAvatars: false, mediaPreviews: "off" });
    expect(parseMediaPreviewConfig({ invite_avatars: true, media_previews: 1 })).toEqual({ inviteAvatars: false, mediaPreviews: "off" });
    expect(parseMediaPreviewConfig({ invite_avatars: "private" })).toEqual({ inviteAvatars: false, mediaPreviews: "on" });
    expect(mediaPreviewPolicyFromContent("garbage")).toEqual({ inviteAvatars: false, mediaPreviews: "off", source: "stable" });
  });

  it("writes the stable type and keeps the other keys", async () => {
    const { client, data } = createAccountDataClient({ [MEDIA_PREVIEW_CONFIG_TYPE]: { media_previews: "private", extra: [1] } });
    await setInviteAvatarsEnabled(client, false);
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "private", extra: [1], invite_avatars: "off" });
    await setInviteAvatarsEnabled(client, true);
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "private", extra: [1], invite_avatars: "on" });
  });

  it("carries the unstable settings over when it first writes the stable type", async () => {
    const { client, data } = createAccountDataClient({ [UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE]: { media_previews: "off" } });
    await setInviteAvatarsEnabled(client, false);
    expect(data.get(MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "off", invite_avatars: "off" });
    expect(data.get(UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE)).toEqual({ media_previews: "off" });
  });
});

describe("invite blocking", () => {
  it("lets invites through when nothing is set", async () => {
    const { client } = createAccountDataClient();
    await expect(readInvitePermission(client)).resolves.toEqual({ blockAll: false, source: "default" });
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
    await expect(readInvitePermission(client)).resolves.toEqual({ blockAll: true, source: "stable" });
  });

  it("treats unknown or malformed default_action values as allow", () => {
    for (const content of [{ default_action: "BLOCK" }, { default_action: true }, { default_action: "allow" }, {}, null, "block", ["block"]]) {
      expect(parseInvitePermission(content)).toEqual({ blockAll: false });
    }
  });

  it("falls back to the unstable MSC4380 type", async () => {
    const { client } = createAccountDataClient({ [UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE]: { default_action: "block" } });
    await expect(readInvitePermission(client)).resolves.toEqual({ blockAll: true, source: "unstable" });
  });

  it("blocks and unblocks while keeping the other keys", async () => {
    const { client, data } = createAccountDataClient({ [INVITE_PERMISSION_CONFIG_TYPE]: { allowed_users: ["@friend:x.org"] } });
    await setBlockAllInvites(client, true);
    expect(data.get(INVITE_PERMISSION_CONFIG_TYPE)).toEqual({ allowed_users: ["@friend:x.org"], default_action: "block" });
    await setBlockAllInvites(client, false);
    expect(data.get(INVITE_PERMISSION_CONFIG_TYPE)).toEqual({ allowed_users: ["@friend:x.org"] });
    await expect(readInvitePermission(client)).resolves.toEqual({ blockAll: false, source: "stable" });
  });
});
