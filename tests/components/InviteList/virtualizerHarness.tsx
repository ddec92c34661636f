/**
 * A minimal list on top of `useVirtualizer` for the hook tests, rendering what InviteList
 * renders (positioned rows in a canvas), with a fake layout, a ResizeObserver and animation
 * frames that the tests drive.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { useCallback, useRef } from "react";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { useVirtualizer, type Virtualizer } from "../../../src/components/InviteList/virtualizerHook";

/** A row of the test list: `size` is what the browser would measure. */
export interface Row {
  key: string;
  size: number;
}

/** Height of the test viewport. */
export const VIEWPORT = 100;
/** Rows are keyed by `key`. */
export const getKey = (row: Row) => row.key;

/** `count` rows keyed `<prefix>-<n>`, each `size` pixels tall. */
export function rowsOf(count: number, size = 50, prefix = "row"): Row[] {
  return Array.from({ length: count }, (_, index) => ({ key: `${prefix}-${index}`, size }));
}

/** Props of {@link List}. */
export interface ListProps {
  rows: readonly Row[];
  estimate?: number;
  keepIndex?: number;
  onRender?(): void;
  onVirtualizer?(virtualizer: Virtualizer): void;
}

/** The smallest list on top of the hook, rendering what InviteList renders: positioned rows in a canvas. */
export function List({ rows, estimate = 50, keepIndex, onRender, onVirtualizer }: ListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const estimateSize = useCallback(() => estimate, [estimate]);
  const { virtualizer, virtualItems } = useVirtualizer({ rows, getKey, estimateSize, overscan: 2, keepIndex, scrollRef });
  onRender?.();
  onVirtualizer?.(virtualizer);
  return (
    <div ref={scrollRef} data-testid="viewport">
      <div data-testid="canvas" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualItems.map((item) => (
          <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} data-size={rows[item.index]?.size} data-start={item.start}>
            {item.key}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The rendered rows as `key@start`. */
export function rendered(): string[] {
  return [...screen.getByTestId("canvas").children].map((row) => `${row.textContent}@${row.getAttribute("data-start")}`);
}

/** The keys of the rendered rows, in order. */
export function renderedKeys(): string[] {
  return [...screen.getByTestId("canvas").children].map((row) => row.textContent ?? "");
}

/** Scrolls the test viewport to `top` and fires `scroll`, as a browser does. */
export function scrollTo(top: number) {
  const viewport = screen.getByTestId("viewport");
  viewport.scrollTop = top;
  fireEvent.scroll(viewport);
}

/** A ResizeObserver the test drives: `resize` reports new border-box sizes. */
export class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.disconnected = true;
    this.observed.clear();
  }
  resize(element: Element, blockSize: number) {
    const entry = { target: element, borderBoxSize: [{ blockSize, inlineSize: 400 }] } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  static live(): FakeResizeObserver {
    const live = FakeResizeObserver.instances.filter((instance) => !instance.disconnected);
    expect(live).toHaveLength(1);
    return live[0] as FakeResizeObserver;
  }
}

/** Animation frames run when the test says so. */
export function installFrames() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
    callbacks.set(next, callback);
    return next++;
  });
  vi.stubGlobal("cancelAnimationFrame", (handle: number) => callbacks.delete(handle));
  return {
    pending: () => callbacks.size,
    run() {
      const queued = [...callbacks.values()];
      callbacks.clear();
      act(() => queued.forEach((callback) => callback(0)));
    },
  };
}

/** The rendered row element of `key`. */
export function rowElement(key: string): HTMLElement {
  return screen.getByText(key, { selector: "[data-index]" });
}

/** Resets the fake observers and undoes every stub after each test of the calling file. */
export function resetAfterEach(): void {
  beforeEach(() => {
    FakeResizeObserver.instances = [];
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
}

/** Gives the viewport a height of {@link VIEWPORT} and each row the size in its `data-size`, for each test. */
export function installLayout(): void {
  beforeEach(() => {
    vi.spyOn(Element.prototype, "clientHeight", "get").mockImplementation(function (this: Element) {
      return this.getAttribute("data-testid") === "viewport" ? VIEWPORT : 0;
    });
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
      const height = Number(this.getAttribute("data-size") ?? 0);
      return { x: 0, y: 0, top: 0, left: 0, width: 400, height, right: 400, bottom: height, toJSON: () => ({}) } as DOMRect;
    });
  });
}
