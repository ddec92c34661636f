/**
 * Runs a caller's callback or listener. One that throws must not derail a run, stop the other
 * listeners or lose rooms: its error is rethrown on a microtask, where the host's error
 * reporting still sees it.
 */
export function notifySafely(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
