import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/createI18n";
import { enCommon, enErrors, enInvite } from "../../src/i18n/english";
import { getErrorMessage } from "../../src/i18n/errors";
import { getLoadedLocale, loadLocale } from "../../src/i18n/loadLocale";
import { en } from "../../src/i18n/locales/en/index";
import { createPseudoCatalog } from "../../src/i18n/pseudo";
import { formatRoomNameText } from "../../src/i18n/roomName";
import { createLocaleMessages, getTranslator, withEnglishAreas } from "../../src/i18n/translator";
import type { I18n, MessageKey } from "../../src/i18n/types";

describe("English from the areas a component asks for", () => {
  it("finds a message in any of the given areas", () => {
    const i18n = getTranslator(createLocaleMessages(), [enInvite, enCommon]);
    expect(i18n.t("common.close")).toBe("Close");
    expect(i18n.t("invite.accept")).toBe("Accept");
  });

  it("shows the key of a message from an area it was not given, so tests can see the omission", () => {
    const i18n: I18n<MessageKey> = getTranslator(createLocaleMessages(), [enCommon]);
    expect(i18n.t("invite.accept")).toBe("invite.accept");
    expect(i18n.plural("invite.member_count", 3)).toBe("invite.member_count");
  });

  it("rejects, at compile time, a key from an area it was not given", () => {
    const i18n = getTranslator(createLocaleMessages(), [enCommon]);
    // @ts-expect-error: "invite.accept" is not a key of enCommon.
    expect(i18n.t("invite.accept")).toBe("invite.accept");
    expect(i18n.t("common.cancel")).toBe("Cancel");
  });

  it("looks in host overrides first, then the locale's catalog, then English", async () => {
    const { catalog } = await loadLocale("pl");
    const polish = createLocaleMessages({ locale: "pl", catalog, messages: { "common.close": "Zamknij to" } });
    const i18n = getTranslator(polish, [enCommon, enInvite]);
    expect(i18n.t("common.close")).toBe("Zamknij to");
    expect(i18n.t("common.cancel")).toBe("Anuluj");
    const english = getTranslator(createLocaleMessages({ messages: { "invite.accept": "Join" } }), [enInvite]);
    expect(english.t("invite.accept")).toBe("Join");
    expect(english.t("invite.decline")).toBe("Decline");
  });

  it("speaks the loaded catalog for keys of areas it was not given (a complete locale needs no English)", async () => {
    const { catalog } = await loadLocale("pl");
    const i18n: I18n<MessageKey> = getTranslator(createLocaleMessages({ locale: "pl", catalog }), []);
    expect(i18n.t("common.cancel")).toBe("Anuluj");
  });
});

describe("one translator per locale and areas", () => {
  it("returns the same object for the same locale messages and areas", () => {
    const messages = createLocaleMessages();
    const first = getTranslator(messages, [enInvite, enCommon]);
    expect(getTranslator(messages, [enInvite, enCommon])).toBe(first);
    expect(getTranslator(messages, [enInvite])).not.toBe(first);
    expect(getTranslator(createLocaleMessages(), [enInvite, enCommon])).not.toBe(first);
  });

  it("adds areas to a translator once, and not at all when it already has them", () => {
    const messages = createLocaleMessages();
    const invite = getTranslator(messages, [enInvite]);
    const withErrors = withEnglishAreas(invite, enErrors);
    expect(withErrors).not.toBe(invite);
    expect(withEnglishAreas(invite, enErrors)).toBe(withErrors);
    expect(withErrors.t("errors.unknown")).toBe("Something went wrong. Try again.");
    expect(withErrors.t("invite.accept")).toBe("Accept");
    expect(withEnglishAreas(withErrors, enInvite, enErrors)).toBe(withErrors);
  });
});

describe("helpers bring their own English", () => {
  const bare = getTranslator(createLocaleMessages(), []);

  it("getErrorMessage words an error for a translator without the errors area", () => {
    expect(getErrorMessage(bare, "invite_revoked")).toBe("This invite is no longer valid.");
    expect(getErrorMessage(bare, "rate_limited", { retryAfterMs: 2000 })).toBe("Too many requests. You can try again in 2 seconds.");
  });

  it("formatRoomNameText names a room for a translator without the common area", () => {
    expect(formatRoomNameText({ kind: "empty" }, bare)).toBe("Unnamed room");
    const members = [{ userId: "@alice:localhost", displayName: "Alice" }];
    expect(formatRoomNameText({ kind: "members", members, othersCount: 2 }, bare)).toBe("Alice and 2 others");
  });
});

describe("locales that need no catalog", () => {
  it("has English loaded from the start, without a catalog to download", async () => {
    expect(getLoadedLocale("en")).toEqual({ locale: "en", intlLocale: "en" });
    await expect(loadLocale("en")).resolves.toEqual({ locale: "en", intlLocale: "en" });
  });

  it("builds the pseudo-locale from whatever English areas a translator has", async () => {
    const loaded = await loadLocale("qps-ploc");
    const i18n = getTranslator(createLocaleMessages(loaded), [enCommon]);
    expect(i18n.t("common.close")).toMatch(/^\[Çļöšé ~+\]$/);
    expect(i18n.plural("common.room_name.others", 3)).toMatch(/^\[3 öţĥéŕš ~+\]$/);
  });

  it("words every message of the pseudo-locale as the complete pseudo catalog does", async () => {
    const loaded = await loadLocale("qps-ploc");
    const fromAreas = getTranslator(createLocaleMessages(loaded), [en]);
    const fromCatalog = createI18n({ ...loaded, catalog: createPseudoCatalog() });
    for (const key of Object.keys(en) as MessageKey[]) {
      for (const count of [1, 3]) expect(fromAreas.t(key, { count }), key).toBe(fromCatalog.t(key, { count }));
    }
  });

  it("keeps createI18n complete: every English message without naming areas", () => {
    const i18n = createI18n();
    for (const key of Object.keys(en) as MessageKey[]) expect(i18n.t(key, { count: 2 })).not.toBe(key);
  });
});
