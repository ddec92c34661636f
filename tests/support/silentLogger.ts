/** A logger for matrix-js-sdk clients in tests: the SDK logs every request otherwise. */
export const silentLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  getChild: () => silentLogger,
};
