import { useId } from "react";
import type { ReactNode, Ref } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { enDecline } from "../../i18n/english";
import "./TextField.css";
import "./ReasonField.css";

/** Props of {@link ReasonField}. */
export interface ReasonFieldProps {
  /** The visible label. */
  label: ReactNode;
  /** A sentence under the label (who will read this). */
  hint?: ReactNode;
  /** The current text. */
  value: string;
  /** Called with the new text on every change. */
  onChange: (value: string) => void;
  /** Longest text accepted, in UTF-16 code units (what `maxLength` counts). */
  maxLength: number;
  /** Reaches the `<textarea>` (to focus it). */
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled multi-line text field with a length cap and a visible counter, both tied to
 * the field with `aria-describedby` so screen readers hear the hint and the count. Both
 * dialogs (`DeclineInviteDialog`, `MemberActions`' dialog) use it, so their fields look alike.
 */
export function ReasonField({ label, hint, value, onChange, maxLength, textareaRef }: ReasonFieldProps) {
  const i18n = useI18n(enDecline);
  const id = useId();
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const full = value.length >= maxLength;
  return (
    <div className="mmui-reason-field" data-state={full ? "full" : "open"}>
      <label className="mmui-reason-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="mmui-reason-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        ref={textareaRef}
        id={id}
        className="mmui-text-field mmui-reason-field__input"
        value={value}
        maxLength={maxLength}
        rows={3}
        dir="auto"
        aria-describedby={hint ? `${hintId} ${counterId}` : counterId}
        onChange={(event) => onChange(event.currentTarget.value.slice(0, maxLength))}
      />
      <p className="mmui-reason-field__counter" id={counterId}>
        {i18n.t("decline.character_count", { count: i18n.formatNumber(value.length), max: i18n.formatNumber(maxLength) })}
      </p>
    </div>
  );
}
