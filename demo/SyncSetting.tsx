/**
 * The "Sync" setting: which feed fills the invite store (automatic, simplified sliding sync,
 * or classic `/sync`), kept for this tab, and which one is running.
 */
import { useId } from "react";
import type { InviteFeedChoice, InviteFeedKind } from "../src/index";

const STORAGE_KEY = "mmui-demo-feed";

const CHOICES: readonly { value: InviteFeedChoice; label: string }[] = [
  { value: "auto", label: "Automatic" },
  { value: "sliding", label: "Sliding sync" },
  { value: "classic", label: "Classic /sync" },
];

/** The choice kept for this tab (automatic when none is). */
export function loadFeedChoice(): InviteFeedChoice {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored === "sliding" || stored === "classic" ? stored : "auto";
  } catch {
    return "auto";
  }
}

/** Keeps the choice for this tab. */
export function saveFeedChoice(choice: InviteFeedChoice): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode): the choice lasts until reload.
  }
}

/** Props of {@link SyncSetting}. */
export interface SyncSettingProps {
  /** The chosen feed. */
  choice: InviteFeedChoice;
  /** The feed running now (`undefined` while "Automatic" asks the server). */
  running: InviteFeedKind | undefined;
  /** Called with a new choice. */
  onChange: (choice: InviteFeedChoice) => void;
}

/** Three radio buttons and a line saying which feed runs. */
export function SyncSetting({ choice, running, onChange }: SyncSettingProps) {
  const name = useId();
  return (
    <section className="demo-panel" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>Sync</h2>
      <fieldset className="demo-radios">
        <legend>How the inbox follows the server</legend>
        {CHOICES.map((option) => (
          <label key={option.value}>
            <input type="radio" name={name} value={option.value} checked={choice === option.value} onChange={() => onChange(option.value)} />{" "}
            {option.label}
          </label>
        ))}
      </fieldset>
      <p className="demo-hint">
        Running: {running === undefined ? "asking the server…" : running === "sliding" ? "sliding sync (MSC4186)" : "classic /sync"}.
        {running === "sliding" ? " Pending knocks are not in a sliding sync invite list: use classic /sync to see them." : null}
      </p>
    </section>
  );
}
