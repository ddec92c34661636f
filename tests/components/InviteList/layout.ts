/**
 * jsdom has no layout: the inbox's virtualizer (`@tanstack/react-virtual`) would see a
 * viewport of 0 px and rows of 0 px. This gives elements the sizes a browser would report,
 * through the same DOM APIs the virtualizer reads, without touching the library:
 * - the scroll viewport is `VIEWPORT_HEIGHT` tall (`clientHeight`), and its `scrollHeight` is
 *   the height of the canvas inside it; `scrollTop` stays within what it can scroll, as in a
 *   browser, and `scrollTo` moves it and fires `scroll` (only when it moved);
 * - every other element is `ROW_HEIGHT` tall (`offsetHeight`, `getBoundingClientRect`) unless
 *   a test gives it another height ({@link FakeLayout.setHeight}, {@link FakeLayout.resize});
 * - a `ResizeObserver` reports an element's border box once after it is observed (on the next
 *   animation frame, as browsers do) and again when a test resizes it.
 */
import { act } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

/** Height of the scroll viewport in the tests. */
export const VIEWPORT_HEIGHT = 1200;
/** Height of every measured row in the tests, unless a test says otherwise. */
export const ROW_HEIGHT = 80;

const VIEWPORT_CLASS = "mmui-invite-list__viewport";

/** What a test can change in the fake layout. */
export interface FakeLayout {
  /** Heights by element for the rest of the test (`undefined`: the default, {@link ROW_HEIGHT}). */
  setHeight(height: (element: HTMLElement) => number | undefined): void;
  /** Gives one element a new height and lets the ResizeObservers watching it report it. */
  resize(element: HTMLElement, height: number): void;
  /** How many ResizeObservers still observe something (none after the list unmounts). */
  liveObservers(): number;
}

/** A ResizeObserver driven by the fake layout. */
class FakeResizeObserver {
  static instances = new Set<FakeResizeObserver>();
  readonly observed = new Set<Element>();

  constructor(private readonly callback: ResizeObserverCallback) {}

  observe(element: Element) {
    this.observed.add(element);
    FakeResizeObserver.instances.add(this);
    // Browsers report every newly observed element once, after the next layout.
    requestAnimationFrame(() => this.report([element]));
  }

  unobserve(element: Element) {
    this.observed.delete(element);
  }

  disconnect() {
    this.observed.clear();
  }

  report(elements: Element[]) {
    const entries = elements
      .filter((element) => this.observed.has(element) && element.isConnected)
      .map((element) => {
        const blockSize = heightOf(element as HTMLElement);
        const box = [{ blockSize, inlineSize: 400 }];
        return { target: element, borderBoxSize: box, contentBoxSize: box, contentRect: rectOf(blockSize) } as unknown as ResizeObserverEntry;
      });
    if (entries.length > 0) this.callback(entries, this as unknown as ResizeObserver);
  }
}

let heightFor: (element: HTMLElement) => number | undefined = () => undefined;
let resized = new WeakMap<Element, number>();

function heightOf(element: HTMLElement): number {
  if (element.classList.contains(VIEWPORT_CLASS)) return VIEWPORT_HEIGHT;
  return resized.get(element) ?? heightFor(element) ?? ROW_HEIGHT;
}

function rectOf(height: number): DOMRect {
  return { x: 0, y: 0, top: 0, left: 0, width: 400, height, right: 400, bottom: height, toJSON: () => ({}) } as DOMRect;
}

/** How far the viewport can scroll: its content (the canvas's block size) less its own height. */
function maxScrollTop(element: HTMLElement): number {
  return Math.max(0, element.scrollHeight - element.clientHeight);
}

/** Installs the fake layout for every test of the calling file. */
export function installFakeLayout(): FakeLayout {
  const restore: (() => void)[] = [];
  const scrollTops = new WeakMap<Element, number>();

  function shadow(property: string, descriptor: PropertyDescriptor) {
    // jsdom defines these on HTMLElement.prototype or Element.prototype; shadow them, then put back.
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, property);
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, ...descriptor });
    restore.push(() => {
      if (own) Object.defineProperty(HTMLElement.prototype, property, own);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[property];
    });
  }

  beforeEach(() => {
    heightFor = () => undefined;
    resized = new WeakMap();
    FakeResizeObserver.instances.clear();
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    restore.push(() => vi.unstubAllGlobals());

    const rect = vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      return rectOf(heightOf(this));
    });
    restore.push(() => rect.mockRestore());
    shadow("offsetHeight", { get: function (this: HTMLElement) { return heightOf(this); } });
    shadow("clientHeight", { get: function (this: HTMLElement) { return heightOf(this); } });
    shadow("offsetWidth", { get: () => 400 });
    shadow("clientWidth", { get: () => 400 });
    shadow("scrollHeight", {
      get: function (this: HTMLElement) {
        const content = this.classList.contains(VIEWPORT_CLASS) ? Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.blockSize ?? "") : Number.NaN;
        return Math.max(heightOf(this), Number.isFinite(content) ? content : 0);
      },
    });
    shadow("scrollTop", {
      get: function (this: HTMLElement) {
        return Math.min(scrollTops.get(this) ?? 0, maxScrollTop(this));
      },
      set: function (this: HTMLElement, top: number) {
        scrollTops.set(this, Math.max(0, Math.min(top, maxScrollTop(this))));
      },
    });
    shadow("scrollTo", {
      writable: true,
      value: function (this: HTMLElement, options?: ScrollToOptions | number) {
        const top = typeof options === "object" ? options.top : undefined;
        if (top === undefined) return;
        const before = this.scrollTop;
        this.scrollTop = top;
        if (this.scrollTop !== before) this.dispatchEvent(new Event("scroll"));
      },
    });
  });
  afterEach(() => {
    while (restore.length > 0) restore.pop()?.();
  });

  return {
    setHeight(height) {
      heightFor = height;
    },
    resize(element, height) {
      resized.set(element, height);
      act(() => FakeResizeObserver.instances.forEach((observer) => observer.report([element])));
    },
    liveObservers: () => [...FakeResizeObserver.instances].filter((observer) => observer.observed.size > 0).length,
  };
}

/** Where the inbox placed a row or heading: the start of its `translateY`, in pixels. */
export function startOf(element: Element): number {
  return Number(/translateY\((-?[\d.]+)px\)/.exec((element as HTMLElement).style.transform)?.[1]);
}

/** The inbox's scroll viewport. */
export function viewportElement(): HTMLElement {
  const element = document.querySelector<HTMLElement>(".mmui-invite-list__viewport");
  if (!element) throw new Error("no viewport");
  return element;
}

/** The height the inbox gave its canvas (every row, measured or estimated). */
export function canvasHeight(): number {
  return Number.parseFloat((viewportElement().firstElementChild as HTMLElement).style.blockSize);
}
