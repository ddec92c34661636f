import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { DeclineInviteDialog } from "../../../src/components/DeclineInviteDialog/DeclineInviteDialog";
import type { DeclineInviteDialogProps } from "../../../src/components/DeclineInviteDialog/DeclineInviteDialog";
import type { DeclineRequest } from "../../../src/hooks/useInviteActions";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { findUnlocalizedText } from "../../../src/i18n/findUnlocalizedText";
import { loadLocale } from "../../../src/i18n/loadLocale";

type HarnessProps = Partial<Omit<DeclineInviteDialogProps, "open">> & { initiallyOpen?: boolean };

/** A host: an opener button and the dialog, closed on confirm or cancel like a real app does. */
function Harness({ initiallyOpen = false, onConfirm = () => undefined, onCancel = () => undefined, ...props }: HarnessProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <DeclineInviteDialog
        inviterId="@alice:localhost"
        inviterName="Alice Liddell"
        roomName="Design Review"
        {...props}
        open={open}
        onConfirm={(request) => {
          onConfirm(request);
          setOpen(false);
        }}
        onCancel={() => {
          onCancel();
          setOpen(false);
        }}
      />
    </>
  );
}

async function openDialog(props: HarnessProps = {}) {
  const user = userEvent.setup();
  const onConfirm = vi.fn<(request: DeclineRequest) => void>();
  const onCancel = vi.fn();
  render(<Harness onConfirm={onConfirm} onCancel={onCancel} {...props} />);
  const opener = screen.getByRole("button", { name: "Open" });
  await user.click(opener);
  const dialog = screen.getByRole("dialog", { name: /Decline/ });
  return { user, onConfirm, onCancel, opener, dialog };
}

describe("DeclineInviteDialog: opening and closing", () => {
  it("is labelled by its title and puts focus in the reason field", async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAccessibleName("Decline the invite to Design Review?");
    expect(within(dialog).getByRole("textbox", { name: "Reason (optional)" })).toHaveFocus();
  });

  it("cancels once on Escape, without declining, and gives focus back to the opener", async () => {
    const { user, onConfirm, onCancel, opener } = await openDialog();
    await user.keyboard("{Escape}");
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(opener).toHaveFocus();
  });

  it("cancels with the Cancel button", async () => {
    const { user, onCancel, dialog, opener } = await openDialog();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(opener).toHaveFocus();
  });

  it("gives focus back to the opener when unmounted while open", async () => {
    const user = userEvent.setup();
    function Host() {
      const [shown, setShown] = useState(true);
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open
          </button>
          <button type="button" onClick={() => setShown(false)}>
            Remove
          </button>
          {shown ? (
            <DeclineInviteDialog open={open} onConfirm={() => undefined} onCancel={() => undefined} />
          ) : null}
        </>
      );
    }
    render(<Host />);
    const opener = screen.getByRole("button", { name: "Open" });
    await user.click(opener);
    // The dialog is not modal in jsdom, so the page behind it can still be clicked.
    screen.getByRole("button", { name: "Remove" }).click();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(opener).toHaveFocus();
  });

  it("starts from a clean form on every opening", async () => {
    const { user, dialog, opener } = await openDialog();
    await user.type(within(dialog).getByRole("textbox", { name: "Reason (optional)" }), "first try");
    await user.click(within(dialog).getByRole("checkbox", { name: /^Ignore/ }));
    await user.keyboard("{Escape}");
    await user.click(opener);
    const reopened = screen.getByRole("dialog");
    expect(within(reopened).getByRole("textbox", { name: "Reason (optional)" })).toHaveValue("");
    expect(within(reopened).getByRole("checkbox", { name: /^Ignore/ })).not.toBeChecked();
  });
});

describe("DeclineInviteDialog: what Decline sends", () => {
  it("sends the trimmed reason and the ignore choice", async () => {
    const { user, onConfirm, dialog, opener } = await openDialog();
    await user.type(within(dialog).getByRole("textbox", { name: "Reason (optional)" }), "  Not for me  ");
    // jsdom's name computation pads the <bdi> elements with spaces; Chromium does not (see the story).
    await user.click(within(dialog).getByRole("checkbox", { name: /^Ignore Alice Liddell \( ?@alice:localhost ?\)$/ }));
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    expect(onConfirm).toHaveBeenCalledWith({ reason: "Not for me", ignoreInviter: true });
    expect(opener).toHaveFocus();
  });

  it("sends an empty request when nothing was chosen, with no blank reason", async () => {
    const { user, onConfirm, dialog } = await openDialog();
    await user.type(within(dialog).getByRole("textbox", { name: "Reason (optional)" }), "   ");
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    expect(onConfirm).toHaveBeenCalledWith({});
    expect(Object.keys(onConfirm.mock.calls[0]?.[0] ?? { x: 1 })).toEqual([]);
  });

  it("reports the room with an empty reason when the report reason is left blank", async () => {
    const { user, onConfirm, dialog } = await openDialog();
    await user.click(within(dialog).getByRole("checkbox", { name: "Report this room" }));
    expect(within(dialog).getByRole("textbox", { name: "What is wrong with this room? (optional)" })).toBeVisible();
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    expect(onConfirm).toHaveBeenCalledWith({ reportReason: "" });
  });

  it("starts with Ignore ticked when opened to block", async () => {
    const { user, onConfirm, dialog } = await openDialog({ defaultBlock: true });
    expect(within(dialog).getByRole("checkbox", { name: /^Ignore/ })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    expect(onConfirm).toHaveBeenCalledWith({ ignoreInviter: true });
  });

  it("confirms once when Decline is pressed twice before the host closes it", async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    // A host that does not close the dialog at once (it waits for the server).
    render(<DeclineInviteDialog open inviterId="@alice:localhost" onConfirm={onConfirm} onCancel={() => undefined} />);
    const decline = screen.getByRole("button", { name: "Decline" });
    await user.click(decline);
    await user.click(decline);
    await user.keyboard("{Escape}");
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("offers no Ignore option when the inviter is unknown", async () => {
    const { dialog } = await openDialog({ inviterId: undefined, inviterName: undefined, roomName: undefined });
    expect(dialog).toHaveAccessibleName("Decline this invite?");
    expect(within(dialog).queryByRole("checkbox", { name: /^Ignore/ })).toBeNull();
  });
});

describe("DeclineInviteDialog: the reason field", () => {
  it("caps the reason and shows the count", async () => {
    const { user, dialog } = await openDialog({ maxReasonLength: 10 });
    const reason = within(dialog).getByRole("textbox", { name: "Reason (optional)" });
    await user.type(reason, "abcdefghijklmno");
    expect(reason).toHaveValue("abcdefghij");
    expect(within(dialog).getByText("10 of 10 characters")).toBeInTheDocument();
    expect(reason).toHaveAccessibleDescription(/10 of 10 characters/);
  });
});

describe("DeclineInviteDialog: hostile names and localisation", () => {
  it("isolates the inviter's name and always shows the user ID", async () => {
    const { dialog } = await openDialog({ inviterId: "@mallory:localhost", inviterName: "\u202EAlice Liddell (@alice:localhost)" });
    const ignore = within(dialog).getByRole("checkbox", { name: /@mallory:localhost/ });
    const label = dialog.querySelector(`label[for="${ignore.id}"]`);
    const isolated = [...(label?.querySelectorAll("bdi[dir=auto]") ?? [])].map((element) => element.textContent);
    expect(isolated).toEqual(["\u202EAlice Liddell (@alice:localhost)", "@mallory:localhost"]);
  });

  it("writes every word through the catalog (pseudo-locale)", async () => {
    await loadLocale("qps-ploc");
    const { container } = render(
      <I18nProvider locale="qps-ploc">
        <DeclineInviteDialog
          open
          inviterId="@alice:localhost"
          inviterName="Alice Liddell"
          roomName={<bdi>Design Review</bdi>}
          onConfirm={() => undefined}
          onCancel={() => undefined}
        />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole("checkbox", { name: /Ŕéþöŕţ/ }));
    expect(findUnlocalizedText(container)).toEqual([]);
  });
});
