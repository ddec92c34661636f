import { render } from "@testing-library/react";
import { createRef, type Ref, type RefObject } from "react";
import { describe, expect, it, vi } from "vitest";
import { useMergedRef } from "../../../src/components/shared/useMergedRef";

function Probe({ hostRef, onOwnRef }: { hostRef?: Ref<HTMLDivElement>; onOwnRef(ref: RefObject<HTMLDivElement | null>): void }) {
  const [ownRef, setRef] = useMergedRef<HTMLDivElement>(hostRef);
  onOwnRef(ownRef);
  return <div ref={setRef} data-testid="probe" />;
}

describe("useMergedRef", () => {
  it("fills both the component's own ref and the host's object ref, and clears them on unmount", () => {
    const hostRef = createRef<HTMLDivElement>();
    let own: RefObject<HTMLDivElement | null> | undefined;
    const { getByTestId, unmount } = render(<Probe hostRef={hostRef} onOwnRef={(ref) => (own = ref)} />);
    expect(hostRef.current).toBe(getByTestId("probe"));
    expect(own?.current).toBe(getByTestId("probe"));
    unmount();
    expect(hostRef.current).toBeNull();
    expect(own?.current).toBeNull();
  });

  it("calls the host's callback ref with the element, then with null", () => {
    const hostRef = vi.fn();
    const { getByTestId, unmount } = render(<Probe hostRef={hostRef} onOwnRef={() => undefined} />);
    expect(hostRef).toHaveBeenLastCalledWith(getByTestId("probe"));
    unmount();
    expect(hostRef).toHaveBeenLastCalledWith(null);
  });

  it("works without a host ref", () => {
    let own: RefObject<HTMLDivElement | null> | undefined;
    const { getByTestId } = render(<Probe onOwnRef={(ref) => (own = ref)} />);
    expect(own?.current).toBe(getByTestId("probe"));
  });
});
