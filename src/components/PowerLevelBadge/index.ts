export { PowerLevelBadge } from "./PowerLevelBadge";
export type { PowerLevelBadgeProps } from "./PowerLevelBadge";
