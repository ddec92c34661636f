/** Polish messages for the members area: one entry for every key of `../en/members.ts`. */
import type { AreaCatalog } from "../../types";
import type { members as english } from "../en/members";

/** Polish messages for the members area. */
export const members: AreaCatalog<typeof english> = {};
