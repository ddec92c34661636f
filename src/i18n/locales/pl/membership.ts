/** Polish messages for the membership area: one entry for every key of `../en/membership.ts`. */
import type { AreaCatalog } from "../../types";
import type { membership as english } from "../en/membership";

/** Polish messages for the membership area. */
export const membership: AreaCatalog<typeof english> = {};
