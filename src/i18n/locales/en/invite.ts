/**
 * English messages for the invite area. Keys start with `invite.`; add yours here and the
 * same keys to `../pl/invite.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the invite area. */
export const invite = {} as const satisfies Record<string, MessageValue>;
