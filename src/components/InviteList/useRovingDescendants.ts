/**
 * One tab stop per row for rows the host renders (`renderInvite`): the buttons and links
 * inside every row but the active one leave the tab order (`tabindex="-1"`), and get their
 * own back when their row becomes the active one. Tab then goes from the active row's last
 * control out of the list, instead of through every rendered invite's controls. A
 * `MutationObserver` applies it to controls a row adds later (an InvitePreview's status panel).
 */
import { useLayoutEffect } from "react";
import type { RefObject } from "react";

const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
/** Where an element's own `tabindex` is kept while the roving focus has taken it away. */
const SAVED = "data-mmui-saved-tabindex";

function applyTo(viewport: HTMLElement, tabbableRoomId: string | undefined) {
  for (const row of viewport.querySelectorAll<HTMLElement>("[data-item-index]")) {
    const active = row.dataset.roomId === tabbableRoomId;
    for (const control of row.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      if (active) {
        if (!control.hasAttribute(SAVED)) continue;
        const saved = control.getAttribute(SAVED);
        control.removeAttribute(SAVED);
        if (saved === "") control.removeAttribute("tabindex");
        else control.setAttribute("tabindex", saved ?? "");
      } else if (!control.hasAttribute(SAVED) && control.tabIndex >= 0) {
        control.setAttribute(SAVED, control.getAttribute("tabindex") ?? "");
        control.setAttribute("tabindex", "-1");
      }
    }
  }
}

/** Keeps the controls of every row but `tabbableRoomId`'s out of the tab order, while `enabled`. */
export function useRovingDescendants(scrollRef: RefObject<HTMLElement | null>, enabled: boolean, tabbableRoomId: string | undefined): void {
  useLayoutEffect(() => {
    const viewport = scrollRef.current;
    if (!enabled || !viewport) return;
    applyTo(viewport, tabbableRoomId);
    if (typeof MutationObserver === "undefined") return;
    const observer = new MutationObserver(() => applyTo(viewport, tabbableRoomId));
    observer.observe(viewport, { childList: true, subtree: true });
    return () => observer.disconnect();
  });
}
