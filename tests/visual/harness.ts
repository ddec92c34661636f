/**
 * How a visual test renders a story and waits until it is ready for its picture.
 *
 * A story is rendered through Storybook's portable stories (`composeStories` + `run()`), so the
 * project's decorators (theme, direction, locale) and the story's play function apply exactly
 * as in Storybook. The harness pins what a machine could otherwise change: the width of the
 * canvas, the font (loaded from files, never matched by fontconfig), the clock, and it waits
 * for fonts, images and avatars before the picture is taken.
 */
import { page, type Locator } from "vitest/browser";
import pinnedFontFaces from "virtual:mmui-visual-fonts";

/** The moment the visual tests' clock is frozen at, so countdowns and "time left" texts never move. */
export const VISUAL_NOW = new Date("2025-06-02T09:30:00Z");

/** Inline size of the canvas a story renders in: wide enough for every component's max width. */
export const CANVAS_INLINE_SIZE = 720;

/** Storybook globals: `theme`, `locale`, `direction` (see `.storybook/decorators.tsx`). */
export type Globals = Record<string, unknown>;

/** What {@link renderStory} needs of a composed story. */
export interface VisualStory {
  /** The story's own globals (theme, locale, direction), before any override. */
  globals: Globals;
  /** Loads, renders into `canvasElement` and plays the story. */
  run(context?: { canvasElement?: HTMLElement; globals?: Globals }): Promise<void>;
}

/** How to render one story for its picture. */
export interface RenderOptions {
  /** Globals merged over the story's own, e.g. `{ theme: "dark" }` to see a story in another theme. */
  globals?: Globals;
  /**
   * CSS selector of the element to photograph, searched in the whole document (a modal dialog
   * sits in the top layer). Default: the component, i.e. the story root's only element child.
   */
  target?: string;
  /** Inline size of the canvas, in CSS pixels, or `"window"` for the window's width. Default {@link CANVAS_INLINE_SIZE}. */
  canvasInlineSize?: number | "window";
}

let fontsLoaded: Promise<void> | undefined;

/** Registers the pinned faces once per test file; rejects if a face cannot be decoded. */
export function loadPinnedFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    for (const face of pinnedFontFaces) {
      const bytes = Uint8Array.from(atob(face.base64), (character) => character.charCodeAt(0));
      const fontFace = new FontFace(face.family, bytes, { weight: face.weight, style: "normal" });
      document.fonts.add(await fontFace.load());
    }
  })();
  return fontsLoaded;
}

/**
 * The harness's own styles: the pinned font on the page, the canvas and every themed root (the
 * theme sets `--mmui-font-family`, so it is overridden there too), and a page with no margin.
 */
export function installHarnessStyles(): void {
  if (document.getElementById("mmui-visual-harness-styles")) return;
  const style = document.createElement("style");
  style.id = "mmui-visual-harness-styles";
  style.textContent = `
    html, body { margin: 0; padding: 0; background: #ffffff; }
    :root, :root [data-mmui-theme] {
      --mmui-font-family: "MMUI Visual Sans" !important;
      --mmui-font-family-monospace: "MMUI Visual Mono" !important;
    }
    body, [data-visual-canvas] { font-family: "MMUI Visual Sans"; }
    [data-visual-canvas] { box-sizing: border-box; inline-size: ${CANVAS_INLINE_SIZE}px; }
  `;
  document.head.append(style);
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves once no avatar is still fetching its image (they load after the first paint). */
async function avatarsSettled(timeoutMs = 5_000): Promise<void> {
  const started = performance.now();
  while (document.querySelector('.mmui-avatar[data-state="loading"]')) {
    if (performance.now() - started > timeoutMs) throw new Error("An avatar was still loading after 5 s.");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits for everything a picture depends on: fonts, avatars, decoded images, and two painted frames. */
export async function settle(): Promise<void> {
  await avatarsSettled();
  await document.fonts.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await nextFrame();
  await nextFrame();
}

let canvas: HTMLElement | undefined;

/** Removes the previous story's canvas (the story itself is unmounted by the next `run()`). */
export function removeCanvas(): void {
  canvas?.remove();
  canvas = undefined;
}

/** Renders `story` (loaders, decorators, play function) and returns the element to photograph. */
export async function renderStory(story: VisualStory, options: RenderOptions = {}): Promise<Locator> {
  removeCanvas();
  canvas = document.createElement("div");
  canvas.setAttribute("data-visual-canvas", "");
  if (options.canvasInlineSize !== undefined) {
    canvas.style.inlineSize = options.canvasInlineSize === "window" ? "100%" : `${options.canvasInlineSize}px`;
  }
  document.body.append(canvas);
  await story.run({ canvasElement: canvas, globals: { ...story.globals, ...options.globals } });
  await settle();
  const element = options.target ? document.querySelector(options.target) : componentElement(canvas);
  if (!(element instanceof HTMLElement)) throw new Error(`Nothing to photograph: no element matches ${options.target ?? "the story root's child"}.`);
  return page.elementLocator(element);
}

function componentElement(root: HTMLElement): Element | null {
  const storyRoot = root.querySelector(".mmui-storybook-root");
  if (!storyRoot) return null;
  if (storyRoot.childElementCount !== 1) {
    throw new Error(`The story root holds ${storyRoot.childElementCount} elements: name the one to photograph with \`target\`.`);
  }
  return storyRoot.firstElementChild;
}

/** One baseline: its file name (kebab-case, no extension), the story, and how to render it. */
export interface Baseline {
  /** Baseline name: `tests/visual/__screenshots__/<test file>/<name>-chromium-linux.png`. */
  name: string;
  /** The composed story. */
  story: VisualStory;
  /** Globals override and element to photograph. */
  options?: RenderOptions;
}
