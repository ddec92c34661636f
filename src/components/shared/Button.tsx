import "./Button.css";
import type { ComponentPropsWithRef, MouseEvent } from "react";

/**
 * The look of a {@link Button}, exposed as `data-variant`, from loudest to quietest:
 * - `primary`: the one main action of a panel (Accept, Join);
 * - `secondary`: any other action (Decline, Cancel);
 * - `danger`: solid red, only for the confirm button inside a dialog that takes something away;
 * - `danger-outline`: a destructive action outside a dialog (Ban, Forget), outlined in red;
 * - `danger-text`: a quiet destructive action (Decline and block…), red text, no border;
 * - `ghost`: a quiet action with the button's padding (Open, Decline all);
 * - `link`: a text-like action aligned with the text around it (Show more, Hide message):
 *   no inline padding and no negative margins, so it lines up with the content column.
 */
export type ButtonVariant = "primary" | "secondary" | "danger" | "danger-outline" | "danger-text" | "ghost" | "link";

/** Props of {@link Button}: every `<button>` prop, plus the variant and pending state. */
export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  /** Colour role. Defaults to `secondary`. */
  variant?: ButtonVariant;
  /** `medium` (default) or `small`. */
  size?: "medium" | "small";
  /**
   * The button's action is running: it shows a spinner and ignores presses (and form
   * submission) but stays focusable (`aria-disabled`, not `disabled`), so keyboard focus
   * is not lost. Announce the start and end in a live region (`useAnnounce`).
   */
  isPending?: boolean;
}

/**
 * A button with variants and a pending state that keeps focus. `type` defaults to
 * `"button"` so it never submits a form by accident. `data-state` is `idle`, `pending` or
 * `disabled`.
 */
export function Button({
  variant = "secondary",
  size = "medium",
  isPending = false,
  type = "button",
  className,
  onClick,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (isPending) {
      // Blocks the press and, for a submit button, the form submission.
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  const state = disabled ? "disabled" : isPending ? "pending" : "idle";
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled}
      aria-disabled={isPending || rest["aria-disabled"] || undefined}
      className={className ? `mmui-button ${className}` : "mmui-button"}
      data-variant={variant}
      data-size={size}
      data-state={state}
      onClick={handleClick}
    >
      {isPending ? <span className="mmui-button__spinner" aria-hidden="true" /> : null}
      <span className="mmui-button__label">{children}</span>
    </button>
  );
}
