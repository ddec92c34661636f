export { MembershipEventSummary } from "./MembershipEventSummary";
export type { MembershipEventSummaryProps } from "./MembershipEventSummary";
export { summarizeMembershipLines, DEFAULT_MAX_NAMES } from "./summarizeMembershipLines";
export type { SummarizeMembershipLinesOptions } from "./summarizeMembershipLines";
