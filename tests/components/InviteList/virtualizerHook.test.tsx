import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Virtualizer } from "../../../src/components/InviteList/virtualizerHook";
import {
  FakeResizeObserver,
  installFrames,
  installLayout,
  List,
  rendered,
  renderedKeys,
  resetAfterEach,
  rowElement,
  rowsOf,
  scrollTo,
  VIEWPORT,
  type Row,
} from "./virtualizerHarness";

describe("useVirtualizer", () => {
  resetAfterEach();

  describe("without any layout (jsdom)", () => {
    it("still renders the first rows, laid out by their estimates", () => {
      render(<List rows={rowsOf(10_000)} />);
      expect(rendered()).toEqual(["row-0@0", "row-1@50", "row-2@100"]);
      expect(screen.getByTestId("canvas").style.blockSize).toBe("500000px");
    });
  });

  describe("with a layout", () => {
    installLayout();

    describe("scrolling", () => {
      it("renders the rows in view and the overscan of 10,000 rows", () => {
        render(<List rows={rowsOf(10_000)} />);
        expect(renderedKeys()).toEqual(["row-0", "row-1", "row-2", "row-3"]);
        scrollTo(5_000);
        expect(renderedKeys()).toEqual(["row-98", "row-99", "row-100", "row-101", "row-102", "row-103"]);
        expect(rendered()[2]).toBe("row-100@5000");
      });

      it("re-renders only when the rows in view change, not on every scroll event", () => {
        const onRender = vi.fn();
        render(<List rows={rowsOf(1_000)} onRender={onRender} />);
        onRender.mockClear();
        scrollTo(10);
        scrollTo(20);
        scrollTo(45);
        expect(onRender).toHaveBeenCalledTimes(1); // row 2 came into view at 10
        scrollTo(50);
        expect(onRender).toHaveBeenCalledTimes(2);
      });

      it("keeps the kept row rendered far from the viewport", () => {
        render(<List rows={rowsOf(10_000)} keepIndex={0} />);
        scrollTo(250_000);
        expect(renderedKeys()).toEqual(["row-0", "row-4998", "row-4999", "row-5000", "row-5001", "row-5002", "row-5003"]);
      });

      it("still renders the last rows when the list shrinks under the scroll position", () => {
        const { rerender } = render(<List rows={rowsOf(1_000)} />);
        scrollTo(40_000);
        rerender(<List rows={rowsOf(5)} />);
        expect(renderedKeys()).toEqual(["row-1", "row-2", "row-3", "row-4"]);
      });
    });

    describe("scroll to a row", () => {
      it("scrolls the least distance to show it, and not at all when it is in view", () => {
        let virtualizer: Virtualizer | undefined;
        render(<List rows={rowsOf(1_000)} onVirtualizer={(value) => (virtualizer = value)} />);
        const viewport = screen.getByTestId("viewport");
        act(() => virtualizer?.scrollToIndex(50));
        expect(viewport.scrollTop).toBe(51 * 50 - VIEWPORT);
        expect(renderedKeys()).toContain("row-50");
        act(() => virtualizer?.scrollToIndex(49));
        expect(viewport.scrollTop).toBe(51 * 50 - VIEWPORT);
        act(() => virtualizer?.scrollToIndex(10));
        expect(viewport.scrollTop).toBe(500);
        expect(renderedKeys()).toContain("row-10");
      });

      it.each([
        ["taller", 80, 999],
        ["taller", 80, 500],
        ["shorter", 20, 500],
        ["shorter", 20, 30],
      ])("shows a far row fully once the rows around it are measured %s than estimated (%s px, row %s)", (_, size, index) => {
        let virtualizer: Virtualizer | undefined;
        render(<List rows={rowsOf(1_000, size)} onVirtualizer={(value) => (virtualizer = value)} />);
        const viewport = screen.getByTestId("viewport");
        act(() => virtualizer?.scrollToIndex(index));
        const start = Number(rowElement(`row-${index}`).getAttribute("data-start"));
        expect(start).toBeGreaterThanOrEqual(viewport.scrollTop);
        expect(start + size).toBeLessThanOrEqual(viewport.scrollTop + VIEWPORT);
      });
    });

    describe("scroll to a row, then the user scrolls", () => {
      it("lets the user's scroll win over the row it went to", () => {
        vi.stubGlobal("ResizeObserver", FakeResizeObserver);
        installFrames();
        let virtualizer: Virtualizer | undefined;
        render(<List rows={rowsOf(1_000, 80)} onVirtualizer={(value) => (virtualizer = value)} />);
        act(() => virtualizer?.scrollToIndex(500));
        scrollTo(1_000);
        const viewport = screen.getByTestId("viewport");
        const userPosition = viewport.scrollTop;
        expect(Math.abs(userPosition - 1_000)).toBeLessThan(500);
        // A row below the viewport grows: nothing in view moves, and nothing scrolls back to row 500.
        FakeResizeObserver.live().resize(rowElement(renderedKeys().at(-1) as string), 120);
        expect(viewport.scrollTop).toBe(userPosition);
      });
    });

    describe("measuring", () => {
      it("measures rows as they mount and lays them out by their measured size", () => {
        render(<List rows={rowsOf(1_000, 30)} />);
        // 100 px show rows 0-3 of 30 px; with the overscan, rows 0-5 are rendered and measured.
        expect(rendered()).toEqual(["row-0@0", "row-1@30", "row-2@60", "row-3@90", "row-4@120", "row-5@150"]);
        expect(screen.getByTestId("canvas").style.blockSize).toBe(`${6 * 30 + 994 * 50}px`);
      });

      it("keeps a row's measured size by key when the rows are re-ordered and filtered", () => {
        const rows = [
          { key: "a", size: 30 },
          { key: "b", size: 20 },
          { key: "c", size: 40 },
        ];
        const { rerender } = render(<List rows={rows} />);
        expect(rendered()).toEqual(["a@0", "b@30", "c@50"]);
        // The element of "c" stays mounted and is not measured again: its size follows its key.
        rerender(<List rows={[{ key: "c", size: 999 }, rows[0] as Row]} />);
        expect(rendered()).toEqual(["c@0", "a@40"]);
        expect(screen.getByTestId("canvas").style.blockSize).toBe("70px");
      });

      it("places rows measured below the viewport on the next frame, rows in view before paint", () => {
        const frames = installFrames();
        const rows = rowsOf(100).map((row, index) => (index >= 2 ? { ...row, size: 80 } : row));
        rows[0] = { key: "row-0", size: 60 };
        render(<List rows={rows} />);
        expect(rendered().slice(0, 3)).toEqual(["row-0@0", "row-1@60", "row-2@110"]);
        const canvas = screen.getByTestId("canvas");
        expect(canvas.style.blockSize).toBe(`${60 + 50 + 80 + 97 * 50}px`); // row 3 (80 px) not applied yet
        expect(frames.pending()).toBe(1);
        frames.run();
        expect(canvas.style.blockSize).toBe(`${60 + 50 + 2 * 80 + 96 * 50}px`);
      });

      it("moves the rows after a row that changes size (ResizeObserver), on the next frame", () => {
        vi.stubGlobal("ResizeObserver", FakeResizeObserver);
        const frames = installFrames();
        render(<List rows={rowsOf(100)} />);
        const observer = FakeResizeObserver.live();
        expect(observer.observed.has(screen.getByTestId("viewport"))).toBe(true);
        expect(observer.observed.has(rowElement("row-1"))).toBe(true);
        observer.resize(rowElement("row-1"), 80);
        expect(rendered()[2]).toBe("row-2@100");
        frames.run();
        expect(rendered()[2]).toBe("row-2@130");
      });

      it("survives rows measured 80 times their estimate after a jump down (no endless chain of re-renders)", () => {
        const frames = installFrames();
        render(<List rows={rowsOf(20_000, 80)} estimate={1} />);
        scrollTo(15_000);
        for (let frame = 0; frame < 200 && frames.pending() > 0; frame++) frames.run();
        const viewport = screen.getByTestId("viewport");
        const starts = rendered().map((row) => Number(row.split("@")[1]));
        expect(starts.some((start) => start <= viewport.scrollTop && start + 80 > viewport.scrollTop)).toBe(true);
      });

      it("ignores an element without data-index instead of taking it for the first row", () => {
        let virtualizer: Virtualizer | undefined;
        const rows = rowsOf(100);
        const { rerender } = render(<List rows={rows} onVirtualizer={(value) => (virtualizer = value)} />);
        const stray = document.createElement("div");
        stray.setAttribute("data-size", "300");
        document.body.append(stray);
        virtualizer?.measureElement(stray);
        rerender(<List rows={rows} estimate={50} />);
        expect(rendered()[1]).toBe("row-1@50");
        stray.remove();
      });

      it("ignores a sub-pixel difference between two ways of measuring", () => {
        vi.stubGlobal("ResizeObserver", FakeResizeObserver);
        const frames = installFrames();
        render(<List rows={rowsOf(100)} />);
        FakeResizeObserver.live().resize(rowElement("row-1"), 50.484375);
        expect(frames.pending()).toBe(0);
      });

      it("keeps the rows in view still when a row above the viewport grows", () => {
        vi.stubGlobal("ResizeObserver", FakeResizeObserver);
        const frames = installFrames();
        render(<List rows={rowsOf(100)} />);
        scrollTo(1_000);
        const viewport = screen.getByTestId("viewport");
        FakeResizeObserver.live().resize(rowElement("row-18"), 80);
        expect(viewport.scrollTop).toBe(1_030);
        fireEvent.scroll(viewport);
        frames.run();
        expect(rendered()).toContain("row-20@1030");
      });
    });
  });
});
