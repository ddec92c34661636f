/**
 * English messages for the membership area. Keys start with `membership.`; add yours here and the
 * same keys to `../pl/membership.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the membership area. */
export const membership = {} as const satisfies Record<string, MessageValue>;
