import { render } from "@testing-library/react";
import { StrictMode, useCallback, useRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { useVirtualizer } from "../../../src/components/InviteList/virtualizerHook";
import {
  FakeResizeObserver,
  getKey,
  installFrames,
  installLayout,
  List,
  renderedKeys,
  resetAfterEach,
  rowElement,
  rowsOf,
  scrollTo,
} from "./virtualizerHarness";

describe("useVirtualizer lifecycle", () => {
  resetAfterEach();
  installLayout();

  it("stops observing rows that left the document, and disconnects on unmount", () => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const { unmount } = render(<List rows={rowsOf(1_000)} />);
    const observer = FakeResizeObserver.live();
    const first = rowElement("row-0");
    scrollTo(10_000);
    expect(observer.observed.has(first)).toBe(false);
    expect(observer.observed.size).toBe(1 + renderedKeys().length);
    unmount();
    expect(observer.disconnected).toBe(true);
  });

  it("drops a resize that arrives after unmount", () => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const frames = installFrames();
    const onRender = vi.fn();
    const { unmount } = render(<List rows={rowsOf(100)} onRender={onRender} />);
    const observer = FakeResizeObserver.live();
    const row = rowElement("row-1");
    observer.resize(row, 80);
    unmount();
    onRender.mockClear();
    expect(frames.pending()).toBe(0);
    frames.run();
    expect(onRender).not.toHaveBeenCalled();
  });

  it("keeps one live scroll listener and observer through StrictMode's double effects", () => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const onRender = vi.fn();
    render(
      <StrictMode>
        <List rows={rowsOf(1_000)} onRender={onRender} />
      </StrictMode>,
    );
    const observer = FakeResizeObserver.live();
    expect(observer.observed.has(rowElement("row-0"))).toBe(true);
    onRender.mockClear();
    scrollTo(5_000);
    expect(renderedKeys()[0]).toBe("row-98");
    // StrictMode renders twice per update; one listener means one update.
    expect(onRender).toHaveBeenCalledTimes(2);
  });

  it("follows a scroll element that mounts later", () => {
    const rows = rowsOf(1_000);
    function Later({ shown }: { shown: boolean }) {
      const scrollRef = useRef<HTMLDivElement>(null);
      const estimateSize = useCallback(() => 50, []);
      const { virtualizer, virtualItems } = useVirtualizer({ rows, getKey, estimateSize, overscan: 0, scrollRef });
      if (!shown) return null;
      return (
        <div ref={scrollRef} data-testid="viewport">
          <div data-testid="canvas" style={{ blockSize: virtualizer.getTotalSize() }}>
            {virtualItems.map((item) => (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} data-size={rows[item.index]?.size}>
                {item.key}
              </div>
            ))}
          </div>
        </div>
      );
    }
    const { rerender } = render(<Later shown={false} />);
    rerender(<Later shown />);
    expect(renderedKeys()).toEqual(["row-0", "row-1"]);
    scrollTo(1_000);
    expect(renderedKeys()).toEqual(["row-20", "row-21"]);
  });
  });
