export { InviteUserForm } from "./InviteUserForm";
export type { InviteUserFormProps } from "./InviteUserForm";
export { validateInvitee } from "./validateInvitee";
export type { InviteeProblem } from "./validateInvitee";
