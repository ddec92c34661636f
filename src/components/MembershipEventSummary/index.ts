export { MembershipEventSummary } from "./MembershipEventSummary";
export type { MembershipEventSummaryProps } from "./MembershipEventSummary";
