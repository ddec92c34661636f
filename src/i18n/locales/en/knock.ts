/**
 * English messages for the knock area. Keys start with `knock.`; add yours here and the
 * same keys to `../pl/knock.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the knock area. */
export const knock = {} as const satisfies Record<string, MessageValue>;
