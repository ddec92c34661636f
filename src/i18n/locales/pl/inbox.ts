/** Polish messages for the inbox area: one entry for every key of `../en/inbox.ts`. */
import type { AreaCatalog } from "../../types";
import type { inbox as english } from "../en/inbox";

/** Polish messages for the inbox area. */
export const inbox: AreaCatalog<typeof english> = {};
