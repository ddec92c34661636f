export { KnockPreview } from "./KnockPreview";
export type { KnockPreviewProps, KnockOutcome } from "./KnockPreview";
export { readKnockSummary, acceptsKnocks } from "./readKnockSummary";
export type { KnockRoomSummary } from "./readKnockSummary";
