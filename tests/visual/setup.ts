/**
 * Setup of the `visual` project: the clock is frozen before any story module is imported (a
 * story that computes `Date.now() + …` at import then always shows the same countdown), the
 * project's Storybook annotations apply to every composed story, and the pinned font is loaded.
 */
import { setProjectAnnotations } from "@storybook/react-vite";
import { afterAll, vi } from "vitest";
import preview from "../../.storybook/preview";
import { installHarnessStyles, loadPinnedFonts, removeCanvas, VISUAL_NOW } from "./harness";

vi.useFakeTimers({ toFake: ["Date"], now: VISUAL_NOW });
setProjectAnnotations([preview]);
installHarnessStyles();
await loadPinnedFonts();

afterAll(() => {
  removeCanvas();
  vi.useRealTimers();
});
