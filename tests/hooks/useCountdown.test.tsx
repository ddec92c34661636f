import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { secondsUntil, useCountdown } from "../../src/hooks/useCountdown";

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("secondsUntil", () => {
  it("rounds up and never goes below zero", () => {
    expect(secondsUntil(1_004_548, 1_000_000)).toBe(5);
    expect(secondsUntil(1_000_001, 1_000_000)).toBe(1);
    expect(secondsUntil(999_000, 1_000_000)).toBe(0);
    expect(secondsUntil(undefined, 1_000_000)).toBe(0);
    expect(secondsUntil(Number.NaN, 1_000_000)).toBe(0);
  });
});

describe("useCountdown", () => {
  it("counts down to the retry moment and stops at zero", () => {
    const { result } = renderHook(() => useCountdown(1_004_548));
    expect(result.current).toBe(5);

    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe(4);

    act(() => vi.advanceTimersByTime(4_000));
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("is zero and starts no timer without a target", () => {
    const { result } = renderHook(() => useCountdown(undefined));

    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("follows a new target and stops its timer on unmount", () => {
    const { result, rerender, unmount } = renderHook(({ target }) => useCountdown(target), {
      initialProps: { target: 1_002_000 as number | undefined },
    });
    expect(result.current).toBe(2);

    rerender({ target: 1_010_000 });
    expect(result.current).toBe(10);

    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps counting from the fixed moment across re-renders", () => {
    const { result, rerender } = renderHook(({ target }) => useCountdown(target), { initialProps: { target: 1_003_000 } });
    act(() => vi.advanceTimersByTime(1_500));
    rerender({ target: 1_003_000 });

    expect(result.current).toBe(2);
  });
});
