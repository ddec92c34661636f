import { describe, expect, it } from "vitest";
import { buildRows, foldForSearch, groupOf, inviteKey, searchTextOf } from "../../../src/components/InviteList/groupInvites";
import { nextItemIndex } from "../../../src/components/InviteList/keyboard";
import { fixtureEntries, generatedEntries } from "./entries";
import type { InviteEntry } from "../../../src/core/store/inviteStore";

const entries = fixtureEntries();
const byName = (name: string) =>
  entries.find((entry) => entry.summary.name.kind === "named" && entry.summary.name.name === name) as InviteEntry;

function rowsFor(list: readonly InviteEntry[], query = "", knownUserIds?: ReadonlySet<string>, hidden: ReadonlySet<string> = new Set()) {
  return buildRows(list, { query, knownUserIds, hidden, searchText: (entry) => searchTextOf(entry, entry.summary.name.kind === "named" ? entry.summary.name.name : "") });
}

describe("foldForSearch", () => {
  it("ignores case, accents and compatibility forms", () => {
    expect(foldForSearch("Łódź Café")).toBe("lodz cafe");
    expect(foldForSearch("ＡＢＣ")).toBe("abc");
    expect(foldForSearch("Straße")).toBe("strasse");
  });
});

describe("groupOf", () => {
  it("sorts knocks, spaces, DMs and rooms apart", () => {
    expect(groupOf(entries.find((entry) => entry.kind === "knock") as InviteEntry, undefined)).toBe("knocks");
    expect(groupOf(entries.find((entry) => entry.summary.isSpace) as InviteEntry, undefined)).toBe("spaces");
    expect(groupOf(entries.find((entry) => entry.summary.isDirect) as InviteEntry, undefined)).toBe("people");
    expect(groupOf(byName("Design Review"), undefined)).toBe("rooms");
  });

  it("puts an invite from someone outside knownUserIds under unknown, whatever its kind", () => {
    const dm = entries.find((entry) => entry.summary.isDirect) as InviteEntry;
    expect(groupOf(dm, new Set())).toBe("unknown");
    expect(groupOf(dm, new Set([dm.summary.inviter?.userId as string]))).toBe("people");
  });
});

describe("buildRows", () => {
  it("emits a heading before each non-empty group, in a fixed order, with positions inside the group", () => {
    const { rows, items } = rowsFor(entries);
    const headings = rows.filter((row) => row.type === "heading").map((row) => row.group);
    expect(headings).toEqual(["people", "rooms", "spaces", "knocks"]);
    expect(items).toHaveLength(entries.length);
    const rooms = items.filter((item) => item.group === "rooms");
    expect(rooms.map((item) => item.position)).toEqual(rooms.map((_, index) => index + 1));
    expect(new Set(rooms.map((item) => item.setSize))).toEqual(new Set([rooms.length]));
  });

  it("requires every word of the filter to match", () => {
    expect(rowsFor(entries, "design review").items.map((item) => item.entry)).toEqual([byName("Design Review")]);
    expect(rowsFor(entries, "design nothing").items).toEqual([]);
  });

  it("hides an invite by its key, but shows a newer invite to the same room", () => {
    const design = byName("Design Review");
    const hidden = new Set([inviteKey(design)]);
    expect(rowsFor([design], "", undefined, hidden).items).toHaveLength(0);
    const reinvited = { ...design, summary: { ...design.summary, invitedAt: (design.summary.invitedAt ?? 0) + 1000 } };
    expect(rowsFor([reinvited], "", undefined, hidden).items).toHaveLength(1);
    expect(rowsFor([{ ...design }], "", undefined, hidden).items).toHaveLength(0);
  });

  it("lists a room once even if the host passes it twice", () => {
    const [first] = generatedEntries(1);
    expect(rowsFor([first as InviteEntry, first as InviteEntry]).items).toHaveLength(1);
  });

  it("finds every matching room among 10,000 entries, and only those", () => {
    const many = generatedEntries(10_000);
    const names = (list: readonly InviteEntry[]) =>
      list.map((entry) => (entry.summary.name.kind === "named" ? entry.summary.name.name : "")).sort();
    const expected = many.filter((entry) => entry.summary.name.kind === "named" && entry.summary.name.name.includes("offer #99"));
    const found = rowsFor(many, "offer #99").items.map((row) => row.entry);
    // #99, #990–#999 and #9900–#9999.
    expect(found).toHaveLength(111);
    expect(names(found)).toEqual(names(expected));
  });
});

describe("nextItemIndex", () => {
  it("moves by one, by a page, to the ends, and stops there", () => {
    expect(nextItemIndex("ArrowDown", 0, 5, 3)).toBe(1);
    expect(nextItemIndex("ArrowDown", 4, 5, 3)).toBe(4);
    expect(nextItemIndex("ArrowUp", 0, 5, 3)).toBe(0);
    expect(nextItemIndex("PageDown", 1, 5, 3)).toBe(4);
    expect(nextItemIndex("PageUp", 4, 5, 3)).toBe(1);
    expect(nextItemIndex("Home", 3, 5, 3)).toBe(0);
    expect(nextItemIndex("End", 0, 5, 3)).toBe(4);
    expect(nextItemIndex("a", 0, 5, 3)).toBeUndefined();
    expect(nextItemIndex("ArrowDown", 0, 0, 3)).toBeUndefined();
  });
});
