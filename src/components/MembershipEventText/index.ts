export { MembershipEventText } from "./MembershipEventText";
export type { MembershipEventTextProps } from "./MembershipEventText";
export { formatMembershipLine, DEFAULT_MAX_REASON_LENGTH } from "./formatMembershipLine";
export type { FormatMembershipLineOptions } from "./formatMembershipLine";
export type { GetMemberName } from "./memberNames";
