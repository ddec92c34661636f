/**
 * English messages for the inbox area. Keys start with `inbox.`; add yours here and the
 * same keys to `../pl/inbox.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the inbox area. */
export const inbox = {} as const satisfies Record<string, MessageValue>;
