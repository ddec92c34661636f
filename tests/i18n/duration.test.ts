import { describe, expect, it } from "vitest";
import { formatWait, roundWait } from "../../src/i18n/duration";
import { createI18n } from "../../src/i18n/createI18n";

describe("a wait as people say it", () => {
  it.each([
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
    [900, 1000],
    [59_001, 60_000],
    [89_000, 60_000],
    [91_000, 120_000],
    [49 * 60_000, 49 * 60_000],
    [3_593_000, 3_600_000],
    [5_000_000, 3_600_000],
    [5_500_000, 7_200_000],
  ])("rounds %d ms to %d ms", (waitMs, rounded) => {
    expect(roundWait(waitMs)).toBe(rounded);
  });

  it("says seconds, minutes and hours through Intl", () => {
    const i18n = createI18n();
    expect(formatWait(i18n, 12_000)).toBe("in 12 seconds");
    expect(formatWait(i18n, 600_000)).toBe("in 10 minutes");
    expect(formatWait(i18n, 7_000_000)).toBe("in 2 hours");
  });
});
