import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/locales/en/index";
import { pl } from "../../src/i18n/locales/pl/index";
import type { Catalog, MessageValue } from "../../src/i18n/types";

/** A word the glossary (`src/i18n/locales/en/index.ts`) forbids, and the keys where it belongs. */
interface Rule {
  word: RegExp;
  /** Keys that may use the word: its one meaning in the glossary. */
  allowedIn?: RegExp;
}

const englishRules: Rule[] = [
  { word: /\binvitations?\b/i },
  { word: /\breject/i },
  { word: /\bdisinvit/i },
  { word: /\brevok/i },
  { word: /\bblock/i, allowedIn: /^settings\.block_invites_/ },
  // `inbox.block.*` is block and clear: the ignore list plus declining, worded "Ignore".
  { word: /\bignor/i, allowedIn: /ignore|^inbox\.block/ },
  { word: /\b(un)?ban/i, allowedIn: /ban/ },
];

const polishRules: Rule[] = [
  // "Blokuj wszystkie zaproszenia" is the setting; a ban is "ban", ignoring is "ignoruj".
  { word: /blok/i, allowedIn: /^settings\.block_invites_/ },
  { word: /ignor/i, allowedIn: /ignore|^inbox\.block/ },
  { word: /\b(z|od)?ban/i, allowedIn: /ban/ },
];

function textsOf(message: MessageValue): string[] {
  return typeof message === "string" ? [message] : Object.values(message).filter((text) => text !== undefined);
}

function violations(catalog: Catalog, rules: Rule[]): string[] {
  const found: string[] = [];
  for (const [key, message] of Object.entries(catalog)) {
    for (const text of textsOf(message as MessageValue)) {
      for (const rule of rules) {
        if (rule.word.test(text) && !(rule.allowedIn?.test(key) ?? false)) found.push(`${key}: ${rule.word} in "${text}"`);
      }
    }
  }
  return found;
}

describe("the catalogs follow the glossary", () => {
  it("English says invite, Decline, Withdraw invite, and keeps Ignore, Ban and Block to their one meaning", () => {
    expect(violations(en, englishRules)).toEqual([]);
  });

  it("Polish keeps ban, ignoruj and blokuj apart", () => {
    expect(violations(pl, polishRules)).toEqual([]);
  });

  it("the scan finds a forbidden word where it is planted", () => {
    const planted = { ...en, "members.action.disinvite": "Disinvite", "invite.decline": "Reject" } as Catalog;
    expect(violations(planted, englishRules)).toHaveLength(2);
    expect(violations({ ...pl, "members.action.ban": "Zablokuj" } as Catalog, polishRules)).toHaveLength(1);
  });

  it("Polish Ban and the decline dialog's button are different words", () => {
    expect(pl["members.action.ban"]).not.toMatch(/zablokuj/i);
    expect(pl["invite.decline_and_ignore"]).not.toMatch(new RegExp(String(pl["members.action.ban"]), "i"));
  });
});
