/**
 * The inbox's multi-select as pure functions: toggle, range from the anchor, select a group,
 * and invites leaving the list.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_SELECTION, isSelected, keepSelectedWhere, selectRange, setSelected, toggleSelected } from "../../src/core/inviteSelection";

const ORDER = ["a", "b", "c", "d", "e"];
const keysOf = (selection: { keys: ReadonlySet<string> }) => [...selection.keys].sort();

describe("toggleSelected", () => {
  it("selects, then clears, and moves the anchor", () => {
    const once = toggleSelected(EMPTY_SELECTION, "b");
    expect(isSelected(once, "b")).toBe(true);
    expect(once.anchor).toBe("b");
    const twice = toggleSelected(once, "b");
    expect(isSelected(twice, "b")).toBe(false);
    expect(EMPTY_SELECTION.keys.size).toBe(0);
  });
});

describe("selectRange", () => {
  it("selects from the anchor to the key, either way, keeping the rest", () => {
    const start = toggleSelected(toggleSelected(EMPTY_SELECTION, "e"), "b");
    expect(keysOf(selectRange(start, ORDER, "d"))).toEqual(["b", "c", "d", "e"]);
    expect(keysOf(selectRange(toggleSelected(EMPTY_SELECTION, "d"), ORDER, "b"))).toEqual(["b", "c", "d"]);
    expect(selectRange(start, ORDER, "d").anchor).toBe("b");
  });

  it("selects only the key when there is no anchor, or the anchor left the list", () => {
    expect(keysOf(selectRange(EMPTY_SELECTION, ORDER, "c"))).toEqual(["c"]);
    const gone = toggleSelected(EMPTY_SELECTION, "z");
    expect(keysOf(selectRange(gone, ORDER, "c"))).toEqual(["c", "z"]);
    expect(selectRange(gone, ORDER, "c").anchor).toBe("c");
  });

  it("changes nothing for a key outside the list", () => {
    const start = toggleSelected(EMPTY_SELECTION, "a");
    expect(selectRange(start, ORDER, "zz")).toBe(start);
  });
});

describe("setSelected", () => {
  it("selects and clears a group, returning the same object when nothing changes", () => {
    const all = setSelected(EMPTY_SELECTION, ["a", "b"], true);
    expect(keysOf(all)).toEqual(["a", "b"]);
    expect(setSelected(all, ["a"], true)).toBe(all);
    expect(setSelected(all, ["a", "b"], false).keys.size).toBe(0);
  });
});

describe("keepSelectedWhere", () => {
  it("drops invites that left the list, and the anchor with them", () => {
    const start = toggleSelected(setSelected(EMPTY_SELECTION, ["a", "b", "c"], true), "c");
    const kept = keepSelectedWhere(start, (key) => key !== "c");
    expect(keysOf(kept)).toEqual(["a", "b"]);
    expect(kept.anchor).toBeUndefined();
    expect(keepSelectedWhere(kept, () => true)).toBe(kept);
  });
});

describe("properties", () => {
  const key = fc.constantFrom(...ORDER, "x");
  it("a range always includes its end and never drops what was selected", () => {
    fc.assert(
      fc.property(fc.array(key), key, (toggles, end) => {
        const start = toggles.reduce(toggleSelected, EMPTY_SELECTION);
        const next = selectRange(start, ORDER, end);
        if (ORDER.includes(end)) expect(isSelected(next, end)).toBe(true);
        for (const selected of start.keys) expect(isSelected(next, selected)).toBe(true);
      }),
    );
  });

  it("toggling twice restores the selected keys", () => {
    fc.assert(
      fc.property(fc.array(key), key, (toggles, target) => {
        const start = toggles.reduce(toggleSelected, EMPTY_SELECTION);
        expect(keysOf(toggleSelected(toggleSelected(start, target), target))).toEqual(keysOf(start));
      }),
    );
  });
});
