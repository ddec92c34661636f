import type { ReactNode } from "react";
import "./Card.css";

/** Avatar size in a card header, in CSS pixels (InvitePreview's default avatar is the same). */
export const CARD_AVATAR_SIZE = 48;

/** Props of {@link CardHeader}. */
export interface CardHeaderProps {
  /** The avatar at the start of the header (decorative: the title names the card). */
  avatar?: ReactNode;
  /** The title and the lines under it. */
  children: ReactNode;
  /** Extra class for the header element. */
  className?: string;
}

/**
 * The header of the card `InvitePreview`, `KnockPreview` and `MembershipNotice` share: an
 * avatar slot at the start, then the title and its byline, which wrap beside the avatar and
 * go under it in a very narrow card. The card itself is the `.mmui-card` class on the
 * component's root (`Card.css`).
 */
export function CardHeader({ avatar, children, className }: CardHeaderProps) {
  return (
    <header className={className ? `mmui-card__header ${className}` : "mmui-card__header"}>
      {avatar ? <div className="mmui-card__avatar">{avatar}</div> : null}
      <div className="mmui-card__identity">{children}</div>
    </header>
  );
}
