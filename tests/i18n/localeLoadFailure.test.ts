// @vitest-environment jsdom
/**
 * A shipped locale whose chunk fails to load (offline, a deploy that removed the old chunk):
 * the provider keeps English words, raises no unhandled rejection, and tries again when the
 * locale is asked for again.
 */
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as LoadLocaleModule from "../../src/i18n/loadLocale";

const loadLocale = vi.fn((_locale: string) => Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
vi.mock("../../src/i18n/loadLocale", async (importOriginal) => ({
  ...(await importOriginal<typeof LoadLocaleModule>()),
  loadLocale: (locale: string) => loadLocale(locale),
}));

const { I18nProvider, useI18n } = await import("../../src/i18n/I18nProvider");
const { enInvite } = await import("../../src/i18n/english");

function AcceptLabel() {
  const { t } = useI18n(enInvite);
  return createElement("span", null, t("invite.accept"));
}

afterEach(() => cleanup());

describe("I18nProvider when a locale chunk fails to load", () => {
  it("keeps English, raises no unhandled rejection, and retries on the next mount", async () => {
    const { unmount } = render(createElement(I18nProvider, { locale: "pl" }, createElement(AcceptLabel)));
    await waitFor(() => expect(loadLocale).toHaveBeenCalledTimes(1));
    // Let the rejection settle: an unhandled one fails this run.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText("Accept")).toBeInTheDocument();
    unmount();

    render(createElement(I18nProvider, { locale: "pl" }, createElement(AcceptLabel)));
    await waitFor(() => expect(loadLocale).toHaveBeenCalledTimes(2));
    expect(screen.getByText("Accept")).toBeInTheDocument();
  });
});
