/**
 * English messages for the members area. Keys start with `members.`; add yours here and the
 * same keys to `../pl/members.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the members area. */
export const members = {} as const satisfies Record<string, MessageValue>;
