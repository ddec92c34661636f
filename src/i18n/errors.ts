/**
 * Error codes to words. The core reports string-literal codes; only the view localises them.
 */
import type { MembershipErrorCode } from "../core/client/types";
import { formatWait } from "./duration";
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
 * wait says when, as people say it ("You can try again in 3 minutes", through
 * `Intl.RelativeTimeFormat`). Brings its own English (`errors`), so any translator from
 * `useI18n` will do. `forbidden` gets a generic sentence here: a component that knows what was
 * refused (a join, a knock, a ban) says so in its own words instead.
 */
export function getErrorMessage(translator: I18n<MessageKey>, code: MembershipErrorCode, options: ErrorMessageOptions = {}): string {
  const i18n = withEnglishAreas(translator, errors);
  if (code === "rate_limited" && options.retryAfterMs !== undefined && options.retryAfterMs > 0) {
    return i18n.t("errors.rate_limited_wait", { when: formatWait(i18n, options.retryAfterMs) });
  }
  return i18n.t(`errors.${code}`);
}
