import { Fragment, createElement, isValidElement } from "react";
import type { ReactElement, ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createI18n, getTextDirection } from "../../src/i18n/createI18n";
import { loadLocale } from "../../src/i18n/loadLocale";
import { getErrorMessage } from "../../src/i18n/errors";

/** Flattens the nodes `t` returns into text, writing elements as `<bdi>text</bdi>`. */
function flatten(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(flatten).join("");
  if (isValidElement(node)) {
    const element = node as ReactElement<{ children?: ReactNode }>;
    const inner = flatten(element.props.children);
    return element.type === Fragment ? inner : `<${String(element.type)}>${inner}</${String(element.type)}>`;
  }
  return "?";
}

describe("plural selection", () => {
  it("uses English's one and other forms", () => {
    const i18n = createI18n();
    expect(i18n.plural("common.room_name.others", 1)).toBe("1 other");
    expect(i18n.plural("common.room_name.others", 0)).toBe("0 others");
    expect(i18n.plural("common.room_name.others", 2)).toBe("2 others");
    expect(i18n.plural("common.room_name.others", 1000)).toBe("1,000 others");
  });

  it("uses Polish's one, few, many and other forms", async () => {
    const { catalog } = await loadLocale("pl");
    const i18n = createI18n({ locale: "pl", catalog });
    expect(i18n.pluralCategory(1)).toBe("one");
    expect(i18n.plural("common.room_name.others", 1)).toBe("1 inna osoba");
    expect(i18n.plural("common.room_name.others", 3)).toBe("3 inne osoby");
    expect(i18n.plural("common.room_name.others", 22)).toBe("22 inne osoby");
    expect(i18n.plural("common.room_name.others", 5)).toBe("5 innych osób");
    expect(i18n.plural("common.room_name.others", 12)).toBe("12 innych osób");
    expect(i18n.plural("common.room_name.others", 1.5)).toBe("1,5 innej osoby");
  });

  it("falls back to the other form when a catalog lacks the locale's category", () => {
    const i18n = createI18n({ locale: "pl" });
    // English words under Polish rules: "few" is missing, so "other" is used.
    expect(i18n.plural("common.room_name.others", 3)).toBe("3 others");
  });
});

describe("interpolation", () => {
  it("returns a plain string when every value is text", () => {
    const i18n = createI18n();
    const text = i18n.t("common.name_with_user_id", { name: "Alice", userId: "@alice:localhost" });
    expect(text).toBe("Alice (@alice:localhost)");
  });

  it("embeds React nodes in the sentence instead of turning them into text", () => {
    const i18n = createI18n();
    const name = createElement("bdi", null, "Alice");
    const result = i18n.t("common.name_with_user_id", { name, userId: "@alice:localhost" });
    expect(Array.isArray(result)).toBe(true);
    expect(flatten(result)).toBe("<bdi>Alice</bdi> (@alice:localhost)");
  });

  it("leaves a placeholder without a value visible rather than dropping it", () => {
    const i18n = createI18n();
    expect(i18n.t("common.name_with_user_id", { name: "Alice" })).toBe("Alice ({userId})");
  });

  it("applies host overrides before the catalog", () => {
    const i18n = createI18n({ messages: { "common.close": "Shut" } });
    expect(i18n.t("common.close")).toBe("Shut");
    expect(i18n.t("common.cancel")).toBe("Cancel");
  });

  it("places node items where the locale's list pattern puts them", async () => {
    const { catalog } = await loadLocale("pl");
    const polish = createI18n({ locale: "pl", catalog });
    const items = ["Alice", "Bob", "Carol"].map((name) => createElement("bdi", { key: name }, name));
    expect(flatten(polish.formatList(items))).toBe("<bdi>Alice</bdi>, <bdi>Bob</bdi> i <bdi>Carol</bdi>");
    expect(createI18n().formatList(["Alice", "Bob"])).toBe("Alice and Bob");
  });
});

describe("error messages", () => {
  it("writes a rate limit's wait as a relative time in the locale's words", async () => {
    const { catalog } = await loadLocale("pl");
    const polish = createI18n({ locale: "pl", catalog });
    expect(getErrorMessage(polish, "rate_limited", { retryAfterMs: 4200 })).toContain("za 5 sekund.");
    expect(getErrorMessage(polish, "rate_limited", { retryAfterMs: 3_593_000 })).toBe("Zbyt wiele żądań. Możesz spróbować ponownie za 1 godzinę.");
    expect(getErrorMessage(createI18n(), "rate_limited", { retryAfterMs: 900 })).toContain("in 1 second.");
    expect(getErrorMessage(createI18n(), "rate_limited", { retryAfterMs: 185_000 })).toBe("Too many requests. You can try again in 3 minutes.");
    // 3,593 seconds are "about an hour", never "3,593 seconds".
    expect(getErrorMessage(createI18n(), "rate_limited", { retryAfterMs: 3_593_000 })).toBe("Too many requests. You can try again in 1 hour.");
    expect(getErrorMessage(createI18n(), "rate_limited")).toBe("Too many requests. Wait a moment, then try again.");
    expect(getErrorMessage(createI18n(), "invite_revoked")).toBe("This invite is no longer valid.");
  });
});

describe("the pseudo-locale", () => {
  it("accents, brackets and lengthens every message but keeps placeholders", async () => {
    const loaded = await loadLocale("qps-ploc");
    expect(loaded.catalog).toBeUndefined();
    const i18n = createI18n(loaded);
    const text = i18n.t("common.name_with_user_id", { name: "N", userId: "U" });
    expect(text).toMatch(/^\[N \(U\) ~+\]$/);
    const close = i18n.t("common.close");
    expect(close).toMatch(/^\[Çļöšé ~+\]$/);
    expect(i18n.formatList(["1", "2"])).not.toMatch(/and/);
  });

  it("reads right to left only for right-to-left languages", () => {
    expect(getTextDirection("ar-EG")).toBe("rtl");
    expect(getTextDirection("he")).toBe("rtl");
    expect(getTextDirection("pl")).toBe("ltr");
    expect(getTextDirection("qps-ploc")).toBe("ltr");
  });
});
