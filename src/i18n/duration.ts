/**
 * A wait written the way people say it ("in 45 seconds", "in 3 minutes", "in 1 hour"),
 * through the translator's `Intl.RelativeTimeFormat`. Waits of a minute or more are rounded
 * to whole minutes, and waits of about an hour or more to whole hours: nobody needs to read
 * "3,593 seconds".
 */
import type { I18n } from "./types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The wait rounded to the unit a person would use, in milliseconds. */
export function roundWait(waitMs: number): number {
  if (!(waitMs > 0)) return 0;
  if (waitMs < MINUTE) return Math.ceil(waitMs / 1000) * 1000;
  // From 50 minutes on, "in 1 hour" reads better than "in 57 minutes".
  if (waitMs < 50 * MINUTE) return Math.round(waitMs / MINUTE) * MINUTE;
  return Math.max(1, Math.round(waitMs / HOUR)) * HOUR;
}

/** "in 45 seconds", "in 3 minutes", "in 1 hour" (or "za 3 minuty") for a wait of `waitMs`. */
export function formatWait(i18n: Pick<I18n, "formatRelativeTime">, waitMs: number): string {
  const now = 0;
  return i18n.formatRelativeTime(now + roundWait(waitMs), now);
}
