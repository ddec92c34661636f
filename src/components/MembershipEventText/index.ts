export { MembershipEventText } from "./MembershipEventText";
export type { MembershipEventTextProps } from "./MembershipEventText";
export { formatMembershipLine } from "./formatMembershipLine";
export type { FormatMembershipLineOptions } from "./formatMembershipLine";
export type { GetMemberName, NameSources } from "./memberNames";
