// @vitest-environment jsdom
/// <reference types="vite/client" />
/**
 * Every story of every component, rendered in English: no message key may reach the
 * screen. English words come only from the areas each component passes to `useI18n`
 * (nothing bundles the complete catalog), so a component that forgot an area shows the
 * key instead; this test renders each story's state and fails on it.
 */
import "@testing-library/jest-dom/vitest";
import { act, cleanup, render } from "@testing-library/react";
import { composeStories } from "@storybook/react-vite";
import type { Meta, StoryFn } from "@storybook/react-vite";
import { createElement } from "react";
import type { ComponentType } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import preview from "../../.storybook/preview";
import { installFakeLayout } from "../components/InviteList/layout";
import { findRawMessageKeys } from "./rawKeys";

installFakeLayout();
afterEach(() => cleanup());
// jsdom has no canvas: the avatar stories' image client then fails quietly (initials show).
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

type StoryModule = { default: Meta } & Record<string, unknown>;
const modules = import.meta.glob<StoryModule>("../../src/**/*.stories.tsx", { eager: true });

interface ComposedStory {
  load(): Promise<void>;
  storyName: string;
}

const cases = Object.entries(modules).flatMap(([path, module]) =>
  Object.entries(composeStories(module, preview)).map(
    ([name, story]) => [`${path.replace(/^.*\/src\//, "")} › ${name}`, story as unknown as ComposedStory & StoryFn] as const,
  ),
);

describe("every story in English shows words, never message keys", () => {
  it("finds the stories", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)("%s", async (_name, story) => {
    await story.load();
    const { baseElement } = render(createElement(story as unknown as ComponentType));
    // Let effects, loaded summaries and fetched state settle.
    for (let tick = 0; tick < 5; tick++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(findRawMessageKeys(baseElement)).toEqual([]);
  });
});
