import "./NetworkText.css";
import type { ComponentPropsWithRef } from "react";

/** Props of {@link NetworkText}. */
export interface NetworkTextProps extends Omit<ComponentPropsWithRef<"bdi">, "children" | "dir"> {
  /** The untrusted text (a name, alias, topic, reason…), already cleaned by the core. */
  children: string;
}

/**
 * Renders text that came from the network as plain text inside `<bdi dir="auto">`, so a
 * right-to-left or bidi-laden name cannot reorder the sentence around it. The
 * `data-mmui-network-text` marker tells `findUnlocalizedText` that this text is not ours.
 */
export function NetworkText({ children, className, ...rest }: NetworkTextProps) {
  return (
    <bdi
      {...rest}
      dir="auto"
      data-mmui-network-text=""
      className={className ? `mmui-network-text ${className}` : "mmui-network-text"}
    >
      {children}
    </bdi>
  );
}
