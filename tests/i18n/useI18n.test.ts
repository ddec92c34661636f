// @vitest-environment jsdom
/**
 * `useI18n(...areas)` in React: one translator per provider value and areas, so passing
 * it down or listing it in dependencies costs no re-render, and a locale change reaches
 * every component.
 */
import "@testing-library/jest-dom/vitest";
import { act, cleanup, render, renderHook, screen } from "@testing-library/react";
import { createElement, memo, useState } from "react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider, useI18n } from "../../src/i18n/I18nProvider";
import { enCommon, enInvite } from "../../src/i18n/english";
import { loadLocale } from "../../src/i18n/loadLocale";
import type { I18n } from "../../src/i18n/types";

afterEach(() => cleanup());

describe("useI18n", () => {
  it("returns the same translator on every render while the provider and areas stay the same", () => {
    const { result, rerender } = renderHook(() => useI18n(enInvite, enCommon));
    const first = result.current;
    rerender();
    rerender();
    expect(result.current).toBe(first);
    expect(first.t("invite.accept")).toBe("Accept");
  });

  it("gives a new translator in the new language when the locale changes", async () => {
    await loadLocale("pl");
    let locale = "en";
    const wrapper = ({ children }: { children: ReactNode }) => createElement(I18nProvider, { locale }, children);
    const { result, rerender } = renderHook(() => useI18n(enCommon), { wrapper });
    const english = result.current;
    expect(english.t("common.cancel")).toBe("Cancel");
    locale = "pl";
    rerender();
    expect(result.current).not.toBe(english);
    expect(result.current.t("common.cancel")).toBe("Anuluj");
  });

  it("does not re-render a memoized child that receives the translator when the parent re-renders", () => {
    let childRenders = 0;
    const Child = memo(function Child({ i18n }: { i18n: I18n<keyof typeof enCommon> }) {
      childRenders++;
      return createElement("span", null, i18n.t("common.close"));
    });
    function Parent() {
      const [count, setCount] = useState(0);
      const i18n = useI18n(enCommon);
      return createElement("button", { type: "button", onClick: () => setCount(count + 1) }, String(count), createElement(Child, { i18n }));
    }
    render(createElement(Parent));
    act(() => screen.getByRole("button").click());
    act(() => screen.getByRole("button").click());
    expect(screen.getByRole("button")).toHaveTextContent("2Close");
    expect(childRenders).toBe(1);
  });

  it("speaks the host's overrides without any English area", () => {
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(I18nProvider, { messages: { "invite.accept": "Join now" } }, children);
    const { result } = renderHook(() => useI18n(), { wrapper });
    expect(result.current.dir).toBe("ltr");
    // @ts-expect-error: without areas `t` accepts no key; a host passes the areas (or `en`) it uses.
    expect(result.current.t("invite.accept")).toBe("Join now");
  });
});
