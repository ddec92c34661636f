/**
 * English messages for the decline area. Keys start with `decline.`; add yours here and the
 * same keys to `../pl/decline.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the decline area. */
export const decline = {} as const satisfies Record<string, MessageValue>;
