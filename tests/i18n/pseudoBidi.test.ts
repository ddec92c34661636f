import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/locales/en/index";
import { createPseudoBidiCatalog, pseudoBidiText } from "../../src/i18n/pseudoBidi";

/** The Unicode bidi class of the first strong character, as `dir="auto"` finds it (R, L or none). */
function firstStrongDirection(text: string): "rtl" | "ltr" | undefined {
  for (const character of text) {
    if (character === "\u200F") return "rtl";
    if (/[A-Za-z]/.test(character)) return "ltr";
  }
  return undefined;
}

describe("the pseudo-bidi locale (qps-plocm)", () => {
  it("makes every message right-to-left text, even one that starts with a placeholder", () => {
    expect(firstStrongDirection(pseudoBidiText("Decline the invite to {room}?"))).toBe("rtl");
    expect(firstStrongDirection(pseudoBidiText("{name} wants to chat with you"))).toBe("rtl");
  });

  it("keeps placeholders and punctuation, and every letter, in logical order", () => {
    const text = pseudoBidiText("Decline the invite to {room}?");
    expect(text).toContain("{room}?");
    expect(text.replace(/[\u200F\u202E\u202C]/g, "")).toBe("Decline the invite to {room}?");
  });

  it("covers every key of the English catalog, plural forms included", () => {
    const catalog = createPseudoBidiCatalog();
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const message of Object.values(catalog)) {
      const texts = typeof message === "string" ? [message] : Object.values(message);
      for (const text of texts) expect(firstStrongDirection(text as string)).toBe("rtl");
    }
  });
});
