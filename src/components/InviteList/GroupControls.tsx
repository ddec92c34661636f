import { useEffect, useRef } from "react";
import type { InviteGroupKind } from "../../core/inviteGroups";
import { useI18n } from "../../i18n/I18nProvider";
import { enTriage } from "../../i18n/english";
import { Button } from "../shared/Button";
import "./Triage.css";

/** Props of {@link GroupControls}. */
export interface GroupControlsProps {
  /** Which group (for `data-*` hooks that find the controls again). */
  group: InviteGroupKind;
  /** The group's name, in words. */
  name: string;
  /** How many invites the group holds (after the filter). */
  count: number;
  /** Given for a group that folds: whether it is collapsed now. */
  collapsed?: boolean;
  /** Opens or closes the group (with `collapsed`). */
  onToggle?(): void;
  /** "Select all" of the group: how many of its invites are selected, and the change. Hidden while collapsed. */
  selectAll?: { selected: number; total: number; onChange(selected: boolean): void };
  /** "Decline all and ignore senders" (block and clear for the group's senders), when given. */
  onBlockAll?(): void;
}

/**
 * The triage controls of a group heading: Show / Hide for a folded group (`aria-expanded`),
 * a "Select all" checkbox (mixed when some are selected) and "Decline all and ignore senders".
 */
export function GroupControls({ group, name, count, collapsed, onToggle, selectAll, onBlockAll }: GroupControlsProps) {
  const i18n = useI18n(enTriage);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const some = selectAll !== undefined && selectAll.selected > 0 && selectAll.selected < selectAll.total;
  useEffect(() => {
    if (checkboxRef.current) checkboxRef.current.indeterminate = some;
  }, [some]);
  return (
    <>
      {selectAll && !collapsed && selectAll.total > 0 ? (
        <label className="mmui-invite-list__select-all">
          <input
            ref={checkboxRef}
            type="checkbox"
            data-select-all={group}
            checked={selectAll.selected === selectAll.total}
            aria-label={i18n.plural("triage.select_all_label", selectAll.total, { group: name })}
            onChange={(event) => selectAll.onChange(event.target.checked)}
          />
          <span aria-hidden="true">{i18n.t("triage.select_all")}</span>
        </label>
      ) : null}
      {onBlockAll ? (
        <Button
          size="small"
          variant="ghost"
          data-block-all={group}
          aria-label={i18n.plural("triage.group.ignore_all_label", count, { group: name })}
          onClick={onBlockAll}
        >
          {i18n.t("triage.group.ignore_all")}
        </Button>
      ) : null}
      {onToggle && collapsed !== undefined ? (
        <Button
          size="small"
          variant="ghost"
          data-toggle-group={group}
          aria-expanded={!collapsed}
          aria-label={i18n.plural(collapsed ? "triage.group.show_label" : "triage.group.hide_label", count, { group: name })}
          onClick={onToggle}
        >
          {i18n.t(collapsed ? "triage.group.show" : "triage.group.hide")}
        </Button>
      ) : null}
    </>
  );
}
