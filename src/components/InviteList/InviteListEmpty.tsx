import type { Ref } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox } from "../../i18n/english";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";

/** Props of {@link InviteListEmpty}. */
export interface InviteListEmptyProps {
  /** The filter text when it matched nothing; empty when there are no invites at all. */
  query: string;
  /** Clears the filter. */
  onClearFilter(): void;
  /** The container (focusable with `tabIndex={-1}`), to put focus on when the last invite goes. */
  ref?: Ref<HTMLDivElement>;
}

/** The inbox with nothing to show: no invites at all, or none matching the filter. */
export function InviteListEmpty({ query, onClearFilter, ref }: InviteListEmptyProps) {
  const i18n = useI18n(enInbox);
  if (query.trim() !== "") {
    return (
      <div ref={ref} tabIndex={-1} className="mmui-invite-list__empty" data-state="no-matches">
        <p className="mmui-invite-list__empty-title">{i18n.t("inbox.no_matches", { query: <NetworkText>{query}</NetworkText> })}</p>
        <Button size="small" onClick={onClearFilter}>
          {i18n.t("inbox.filter_clear")}
        </Button>
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} className="mmui-invite-list__empty" data-state="empty">
      <p className="mmui-invite-list__empty-title">{i18n.t("inbox.empty_title")}</p>
      <p className="mmui-invite-list__empty-body">{i18n.t("inbox.empty_body")}</p>
    </div>
  );
}
