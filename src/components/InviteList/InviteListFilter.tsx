import type { Ref } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox } from "../../i18n/english";

/** Props of {@link InviteListFilter}. */
export interface InviteListFilterProps {
  /** The filter field's ID (its label points at it). */
  id: string;
  /** Whether the field shows (there are invites to filter); the results line is always there. */
  shown: boolean;
  /** The text typed. */
  query: string;
  /** The text the list shows the results of (it catches up with `query`). */
  deferredQuery: string;
  /** How many invites match it. */
  results: number;
  /** The text changed. */
  onChange(query: string): void;
  /** The field, to put focus on. */
  ref?: Ref<HTMLInputElement>;
}

/** The inbox's filter on room name, inviter name and user ID, and its results count for screen readers. */
export function InviteListFilter({ id, shown, query, deferredQuery, results, onChange, ref }: InviteListFilterProps) {
  const i18n = useI18n(enInbox);
  return (
    <>
      {shown ? (
        <div className="mmui-invite-list__filter">
          <label htmlFor={id}>{i18n.t("inbox.filter_label")}</label>
          <input
            ref={ref}
            id={id}
            className="mmui-text-field"
            type="search"
            value={query}
            placeholder={i18n.t("inbox.filter_placeholder")}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      ) : null}
      <div role="status" className="mmui-visually-hidden">
        {deferredQuery.trim() !== "" ? i18n.plural("inbox.filter_results", results) : null}
      </div>
    </>
  );
}
