/**
 * The "Reason or block…" dialog of the demo's invite cards: a native modal `<dialog>` with
 * a reason and "Block {user}". Stands in for the library's `DeclineInviteDialog` until that
 * is exported from the public entry; it takes the same props.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { NetworkText, type InvitePreviewDeclineDialogProps } from "../src/index";

/** A modal dialog; focus returns to the opener when it closes (native `<dialog>` behaviour). */
export function DeclineDialog({ open, inviterId, inviterName, roomName, defaultBlock = false, onConfirm, onCancel }: InvitePreviewDeclineDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const [block, setBlock] = useState(defaultBlock);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason("");
      setBlock(defaultBlock && inviterId !== undefined);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open, defaultBlock, inviterId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    onConfirm({ ...(trimmed ? { reason: trimmed } : {}), ignoreInviter: block && inviterId !== undefined });
  }

  return (
    <dialog
      ref={dialogRef}
      className="demo-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form method="dialog" onSubmit={submit} className="demo-form">
        <h2 id={titleId}>Refuse the invite to {roomName}?</h2>
        <label htmlFor={reasonId}>Reason (optional, visible to the room)</label>
        <input id={reasonId} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
        {inviterId !== undefined ? (
          <label className="demo-check">
            <input type="checkbox" checked={block} onChange={(event) => setBlock(event.target.checked)} />
            <span>
              Block {inviterName ? <><NetworkText>{inviterName}</NetworkText> (</> : null}
              <NetworkText>{inviterId}</NetworkText>
              {inviterName ? ")" : null}: ignore their invites and messages
            </span>
          </label>
        ) : null}
        <div className="demo-actions">
          <button type="submit" className="demo-primary">
            {block ? "Refuse and block" : "Refuse invite"}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
