import { useCallback, useRef } from "react";
import type { Ref, RefObject } from "react";

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === "function") ref(value);
  else if (ref) (ref as RefObject<T | null>).current = value;
}

/**
 * The component's own ref to its element plus one callback ref that also fills the host's
 * `ref` prop (a function or an object), so the component can use its element and still
 * pass `ref` through.
 */
export function useMergedRef<T>(hostRef: Ref<T> | undefined): [RefObject<T | null>, (node: T | null) => void] {
  const elementRef = useRef<T | null>(null);
  const setRef = useCallback(
    (node: T | null) => {
      elementRef.current = node;
      assignRef(hostRef, node);
    },
    [hostRef],
  );
  return [elementRef, setRef];
}
