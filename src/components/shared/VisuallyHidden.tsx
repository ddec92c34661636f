import "./VisuallyHidden.css";
import type { ComponentPropsWithRef } from "react";

/** Props of {@link VisuallyHidden}. */
export type VisuallyHiddenProps = ComponentPropsWithRef<"span">;

/** Content for screen readers only: present in the accessibility tree, not on screen. */
export function VisuallyHidden({ className, ...rest }: VisuallyHiddenProps) {
  return <span {...rest} className={className ? `mmui-visually-hidden ${className}` : "mmui-visually-hidden"} />;
}
