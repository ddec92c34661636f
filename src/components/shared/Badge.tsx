import "./Badge.css";
import type { ComponentPropsWithRef } from "react";

/** The look of a {@link Badge}, exposed as `data-variant`. */
export type BadgeVariant = "neutral" | "info" | "success" | "warning" | "danger";

/** Props of {@link Badge}. */
export interface BadgeProps extends ComponentPropsWithRef<"span"> {
  /** Colour role of the badge. Defaults to `neutral`. */
  variant?: BadgeVariant;
}

/** A small label for a room property ("Encrypted", "Space", "Invite only"). */
export function Badge({ variant = "neutral", className, ...rest }: BadgeProps) {
  return <span {...rest} className={className ? `mmui-badge ${className}` : "mmui-badge"} data-variant={variant} />;
}
