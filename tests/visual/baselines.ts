/**
 * The one test every visual file runs: render each story, then compare the picture of its
 * component with the committed baseline. A difference fails with the baseline, the new picture
 * and a diff image written under `.cache/visual-diffs/`.
 */
import { describe, expect, test } from "vitest";
import { renderStory, type Baseline } from "./harness";

/** Declares one test per baseline, titled by the baseline's name. */
export function describeBaselines(title: string, baselines: readonly Baseline[]): void {
  describe(title, () => {
    for (const { name, story, options } of baselines) {
      test(`${name} looks as in its baseline`, async () => {
        const element = await renderStory(story, options);
        await expect.element(element).toMatchScreenshot(name);
      });
    }
  });
}
