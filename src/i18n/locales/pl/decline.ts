/** Polish messages for the decline area: one entry for every key of `../en/decline.ts`. */
import type { AreaCatalog } from "../../types";
import type { decline as english } from "../en/decline";

/** Polish messages for the decline area. */
export const decline: AreaCatalog<typeof english> = {};
