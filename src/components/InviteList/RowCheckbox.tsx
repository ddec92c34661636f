import type { ChangeEvent } from "react";
import "./Triage.css";

/** Props of {@link RowCheckbox}. */
export interface RowCheckboxProps {
  /** The room (passed back on change). */
  roomId: string;
  /** Whether the row is selected. */
  checked: boolean;
  /** Accessible name: "Select {room}". */
  label: string;
  /** Whether it is in the tab order (the focused row's only, in the roving list). */
  tabbable: boolean;
  /** Toggled; `range` when Shift was held (select from the anchor). */
  onToggle(roomId: string, range: boolean): void;
}

/** A row's selection checkbox: a click toggles it, Shift+click selects the range from the last one toggled. */
export function RowCheckbox({ roomId, checked, label, tabbable, onToggle }: RowCheckboxProps) {
  function change(event: ChangeEvent<HTMLInputElement>) {
    const native = event.nativeEvent as Partial<MouseEvent>;
    onToggle(roomId, native.shiftKey === true);
  }
  return (
    <label className="mmui-invite-list__select">
      <input type="checkbox" checked={checked} aria-label={label} tabIndex={tabbable ? undefined : -1} onChange={change} />
    </label>
  );
}
