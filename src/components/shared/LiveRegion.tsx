import { useCallback, useState } from "react";
import type { ComponentPropsWithRef } from "react";
import "./VisuallyHidden.css";

/** One announcement: the text and a serial number, so repeating a text announces it again. */
export interface Announcement {
  /** What screen readers read out. */
  text: string;
  /** Increases with every call to `announce`. */
  id: number;
}

/** What {@link useAnnounce} returns. */
export interface AnnounceControls {
  /** The latest announcement; pass it to `<LiveRegion announcement={…} />`. */
  announcement: Announcement | undefined;
  /** Queues `text` for screen readers ("Joining room…", "Invite declined"). */
  announce: (text: string) => void;
}

/** State for a polite live region owned by one component. */
export function useAnnounce(): AnnounceControls {
  const [announcement, setAnnouncement] = useState<Announcement>();
  const announce = useCallback((text: string) => {
    setAnnouncement((previous) => ({ text, id: (previous?.id ?? 0) + 1 }));
  }, []);
  return { announcement, announce };
}

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** What to announce, from `useAnnounce`. */
  announcement: Announcement | undefined;
}

/**
 * A visually hidden polite live region (`role="status"`). Render it from the first paint,
 * even while empty: screen readers only announce changes to regions they already know.
 */
export function LiveRegion({ announcement, className, ...rest }: LiveRegionProps) {
  return (
    <div
      {...rest}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={className ? `mmui-visually-hidden ${className}` : "mmui-visually-hidden"}
    >
      {announcement ? <span key={announcement.id}>{announcement.text}</span> : null}
    </div>
  );
}
