import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { summarizeMembershipLines } from "../../../src/components/MembershipEventSummary/summarizeMembershipLines";
import { formatMembershipLine } from "../../../src/components/MembershipEventText/formatMembershipLine";
import { readTimelineEvent } from "../../../src/core/timelineEvent";
import { useI18n } from "../../../src/i18n/I18nProvider";
import type { I18n } from "../../../src/i18n/types";
import { ALICE, BOB, memberEvent } from "./events";

/** A host's own component: it asks `useI18n()` for no English area at all. */
function HostLine({ render: renderLine }: { render: (i18n: I18n<never>) => ReactNode }) {
  const i18n = useI18n();
  return <p>{renderLine(i18n)}</p>;
}

describe("exported formatters with a host's bare useI18n() translator", () => {
  it("formatMembershipLine words a kick with its reason in English, not message keys", () => {
    const line = readTimelineEvent(memberEvent(ALICE, BOB, { membership: "leave", reason: "spam" }, { membership: "join" }));
    const { container } = render(<HostLine render={(i18n) => formatMembershipLine(line, i18n)} />);
    expect(container.textContent).toMatch(/removed/);
    expect(container.textContent).toContain("spam");
    expect(container.textContent).not.toMatch(/membership\.|common\./);
  });

  it("summarizeMembershipLines words joins in English, not message keys", () => {
    const lines = [ALICE, BOB].map((user) => readTimelineEvent(memberEvent(user, user, { membership: "join" })));
    const { container } = render(<HostLine render={(i18n) => summarizeMembershipLines(lines, i18n)} />);
    expect(container.textContent).toMatch(/joined/);
    expect(container.textContent).not.toMatch(/membership\.|common\./);
  });
});
