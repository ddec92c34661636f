import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/locales/en/index";
import { pl } from "../../src/i18n/locales/pl/index";
import { createPseudoCatalog } from "../../src/i18n/pseudo";
import type { Catalog, MessageValue } from "../../src/i18n/types";

function placeholdersOf(message: MessageValue): string[] {
  const texts = typeof message === "string" ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const match of (text ?? "").matchAll(/\{([A-Za-z0-9_]+)\}/g)) names.add(match[1] ?? "");
  return [...names].sort();
}

const locales: [string, Catalog][] = [
  ["pl", pl],
  ["qps-ploc", createPseudoCatalog()],
];

describe("every shipped locale is complete", () => {
  it.each(locales)("%s has exactly the English keys", (_locale, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(locales)("%s uses the same placeholders as English in every message", (_locale, catalog) => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholdersOf(catalog[key]) }).toEqual({ key, placeholders: placeholdersOf(en[key]) });
    }
  });

  it.each([
    ["en", en as Catalog],
    ["pl", pl],
  ] as const)("%s gives every plural message a variant for each plural category of the language", (locale, catalog) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralKeys = Object.entries(en).filter(([, message]) => typeof message !== "string");
    expect(pluralKeys.length).toBeGreaterThan(0);
    for (const [key] of pluralKeys) {
      const message = catalog[key as keyof Catalog];
      expect(typeof message, key).toBe("object");
      for (const category of categories) expect(message, `${key} lacks ${category}`).toHaveProperty(category);
    }
  });

  it("keeps a message a plural in every locale when English makes it one", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, plural: typeof pl[key] === "object" }).toEqual({ key, plural: typeof en[key] === "object" });
    }
  });
});
