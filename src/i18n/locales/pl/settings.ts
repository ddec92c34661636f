/** Polish messages for the settings area: one entry for every key of `../en/settings.ts`. */
import type { AreaCatalog } from "../../types";
import type { settings as english } from "../en/settings";

/** Polish messages for the settings area. */
export const settings: AreaCatalog<typeof english> = {};
