export { MembershipNotice } from "./MembershipNotice";
export type { MembershipNoticeProps } from "./MembershipNotice";
export { readLeaveEntry } from "./readLeaveEntry";
export type { LeaveKind, LeaveNotice } from "./readLeaveEntry";
