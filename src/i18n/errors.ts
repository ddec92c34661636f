/**
 * Error codes to words. The core reports string-literal codes; only the view localises them.
 */
import type { MembershipErrorCode } from "../core/client/types";
import { errors } from "./locales/en/errors";
import { withEnglishAreas } from "./translator";
import type { I18n, MessageKey } from "./types";

/** Extra detail some error messages use. */
export interface ErrorMessageOptions {
  /** For `rate_limited`: how long until a retry is allowed, in milliseconds. */
  retryAfterMs?: number;
}

/**
 * The message for an error code in the active locale. A `rate_limited` error with a known
 * wait says how many seconds are left ("You can try again in 5 seconds"). Brings its own
 * English (`errors`), so any translator from `useI18n` will do.
 */
export function getErrorMessage(translator: I18n<MessageKey>, code: MembershipErrorCode, options: ErrorMessageOptions = {}): string {
  const i18n = withEnglishAreas(translator, errors);
  if (code === "rate_limited" && options.retryAfterMs !== undefined && options.retryAfterMs > 0) {
    return i18n.plural("errors.rate_limited_countdown", Math.ceil(options.retryAfterMs / 1000));
  }
  return i18n.t(`errors.${code}`);
}
