export { MembershipNotice } from "./MembershipNotice";
export type { MembershipNoticeProps } from "./MembershipNotice";
