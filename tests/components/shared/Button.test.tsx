import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Badge } from "../../../src/components/shared/Badge";
import { Button } from "../../../src/components/shared/Button";

describe("Button", () => {
  it("ignores presses while pending but keeps focus", async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button isPending onClick={onClick}>
        Accepting…
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Accepting…" });
    await user.click(button);
    await user.keyboard("{Enter} ");
    expect(onClick).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAttribute("data-state", "pending");
  });

  it("does not submit its form while pending", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const form = (isPending: boolean) => (
      <form onSubmit={onSubmit}>
        <Button type="submit" isPending={isPending}>
          Save
        </Button>
      </form>
    );
    const view = render(form(true));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await user.keyboard("{Enter} ");
    expect(onSubmit).not.toHaveBeenCalled();

    // The same press submits once the button is no longer pending, so the check above can fail.
    view.rerender(form(false));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it("never submits a form unless asked to", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button>Cancel</Button>
      </form>,
    );
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("passes className, ref and extra props through, with variant and state as data attributes", () => {
    let element: HTMLButtonElement | null = null;
    render(
      <Button
        variant="danger"
        size="small"
        className="host"
        data-testid="button"
        ref={(node) => {
          element = node;
        }}
      >
        Decline
      </Button>,
    );
    const button = screen.getByTestId("button");
    expect(element).toBe(button);
    expect(button).toHaveClass("mmui-button", "host");
    expect(button).toHaveAttribute("data-variant", "danger");
    expect(button).toHaveAttribute("data-size", "small");
    expect(button).toHaveAttribute("data-state", "idle");
  });
});

describe("Badge", () => {
  it("exposes its variant and keeps the host's class", () => {
    render(
      <Badge variant="success" className="host">
        Encrypted
      </Badge>,
    );
    const badge = screen.getByText("Encrypted");
    expect(badge).toHaveClass("mmui-badge", "host");
    expect(badge).toHaveAttribute("data-variant", "success");
  });
});
