/**
 * A countdown to a moment in time, in whole seconds, for "Try again in 12 s" after a
 * rate-limit error (`InviteActionError.retryAt`).
 */
import { useCallback, useSyncExternalStore } from "react";

/** How often the countdown re-reads the clock. */
const TICK_MS = 250;

/** Whole seconds left until `targetTime`, rounded up; 0 once it has passed. */
export function secondsUntil(targetTime: number | undefined, now: number): number {
  if (targetTime === undefined || !Number.isFinite(targetTime)) return 0;
  return Math.max(0, Math.ceil((targetTime - now) / 1000));
}

/**
 * The whole seconds left until `targetTime` (epoch milliseconds), updated live; 0 when
 * `targetTime` is `undefined` or has passed. The clock only ticks while time is left, so an
 * idle countdown costs nothing. Pass `error.retryAt` from `useInviteActions`.
 */
export function useCountdown(targetTime: number | undefined): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (secondsUntil(targetTime, Date.now()) === 0) return () => undefined;
      const timer = setInterval(() => {
        onChange();
        if (secondsUntil(targetTime, Date.now()) === 0) clearInterval(timer);
      }, TICK_MS);
      return () => clearInterval(timer);
    },
    [targetTime],
  );
  const getSnapshot = () => secondsUntil(targetTime, Date.now());
  // The server renders no countdown: the time left is only known in the browser.
  return useSyncExternalStore(subscribe, getSnapshot, () => 0);
}
