export { InviteUserForm } from "./InviteUserForm";
export type { InviteUserFormProps } from "./InviteUserForm";
