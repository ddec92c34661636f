/**
 * English messages for the settings area. Keys start with `settings.`; add yours here and the
 * same keys to `../pl/settings.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../types";

/** English messages for the settings area. */
export const settings = {} as const satisfies Record<string, MessageValue>;
