export { KnockPreview } from "./KnockPreview";
export type { KnockPreviewProps, KnockOutcome } from "./KnockPreview";
