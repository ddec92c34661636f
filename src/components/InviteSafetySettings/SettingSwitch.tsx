import { useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { AccountDataSettingError, AccountDataSettingStatus } from "../../hooks/useAccountDataSetting";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enSettings } from "../../i18n/english";
import { Button } from "../shared/Button";

/** Props of {@link SettingSwitch}. */
export interface SettingSwitchProps {
  /** What the switch turns on. */
  label: ReactNode;
  /** One sentence on what that means. */
  hint: ReactNode;
  /** Whether the switch is on. */
  checked: boolean;
  /** Where the underlying setting stands (from the hook). */
  status: AccountDataSettingStatus;
  /** The failed read or write, when `status` is `error`. */
  error: AccountDataSettingError | undefined;
  /** Called with the new position when the reader flips the switch. */
  onChange: (checked: boolean) => void;
  /** Reads the setting again; offered as "Try again" after a failed read. */
  onRetry?: () => void;
}

/**
 * One account-data setting as a switch (`role="switch"`), with its hint and a polite status
 * line ("Saving…", "Saved", or what went wrong). While the setting loads the switch is
 * `aria-disabled` (it keeps focus, its value is not known yet). The row's `data-state` is
 * the hook's status.
 */
export function SettingSwitch({ label, hint, checked, status, error, onChange, onRetry }: SettingSwitchProps) {
  const i18n = useI18n(enSettings, enCommon);
  const id = useId();
  const switchRef = useRef<HTMLButtonElement>(null);
  const [previousStatus, setPreviousStatus] = useState(status);
  const [saved, setSaved] = useState(false);
  // "Saved" shows after a write the server confirmed, until the next change of status.
  if (status !== previousStatus) {
    setPreviousStatus(status);
    setSaved(previousStatus === "saving" && status === "ready");
  }
  const loading = status === "loading";

  let message: ReactNode = null;
  if (status === "loading") message = i18n.t("common.loading");
  else if (status === "saving") message = i18n.t("settings.saving");
  else if (status === "error" && error) {
    const reason = getErrorMessage(i18n, error.code, { retryAfterMs: error.retryAfterMs });
    message = i18n.t(error.operation === "read" ? "settings.load_failed" : "settings.save_failed", { error: reason });
  } else if (saved) message = i18n.t("settings.saved");

  return (
    <div className="mmui-setting-switch" data-state={status}>
      <div className="mmui-setting-switch__text">
        <span className="mmui-setting-switch__label" id={`${id}-label`}>
          {label}
        </span>
        <span className="mmui-setting-switch__hint" id={`${id}-hint`}>
          {hint}
        </span>
      </div>
      <button
        type="button"
        ref={switchRef}
        role="switch"
        className="mmui-setting-switch__control"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-disabled={loading || undefined}
        aria-busy={status === "saving" || loading || undefined}
        onClick={() => {
          if (!loading) onChange(!checked);
        }}
      >
        <span className="mmui-setting-switch__thumb" aria-hidden="true" />
      </button>
      <p
        className="mmui-setting-switch__status"
        id={`${id}-status`}
        role="status"
        data-tone={status === "error" ? "error" : "neutral"}
      >
        {message}
      </p>
      {status === "error" && error?.operation === "read" && onRetry ? (
        <Button
          variant="link"
          className="mmui-setting-switch__retry"
          id={`${id}-retry`}
          // "Try again" alone is ambiguous with several settings on the page: name the setting too.
          aria-labelledby={`${id}-retry ${id}-label`}
          onClick={() => {
            onRetry();
            // The button goes away while the setting loads: keep focus on the setting itself.
            switchRef.current?.focus();
          }}
        >
          {i18n.t("common.retry")}
        </Button>
      ) : null}
    </div>
  );
}
