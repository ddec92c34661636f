/** Polish messages for the invite area: one entry for every key of `../en/invite.ts`. */
import type { AreaCatalog } from "../../types";
import type { invite as english } from "../en/invite";

/** Polish messages for the invite area. */
export const invite: AreaCatalog<typeof english> = {};
