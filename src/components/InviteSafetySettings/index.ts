export { InviteSafetySettings } from "./InviteSafetySettings";
export type { InviteSafetySettingsProps } from "./InviteSafetySettings";
