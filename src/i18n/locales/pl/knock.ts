/** Polish messages for the knock area: one entry for every key of `../en/knock.ts`. */
import type { AreaCatalog } from "../../types";
import type { knock as english } from "../en/knock";

/** Polish messages for the knock area. */
export const knock: AreaCatalog<typeof english> = {};
