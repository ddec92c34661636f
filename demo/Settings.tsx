/**
 * The two privacy settings, stored in account data: "Hide avatars in invites"
 * (`m.media_preview_config`) and "Block all invites" (`m.invite_permission_config`).
 */
import { getErrorMessage, useI18n, type UseInviteBlockingResult, type UseMediaPreviewPolicyResult } from "../src/index";

/** Props of {@link Settings}. */
export interface SettingsProps {
  media: UseMediaPreviewPolicyResult;
  blocking: UseInviteBlockingResult;
}

/** Two checkboxes, each saved at once and rolled back if the server refuses. */
export function Settings({ media, blocking }: SettingsProps) {
  const i18n = useI18n();
  return (
    <section className="demo-panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <label className="demo-check">
        <input
          type="checkbox"
          checked={!media.inviteAvatars}
          aria-busy={media.status === "loading" || media.status === "saving"}
          onChange={(event) => media.status !== "loading" && media.setInviteAvatars(!event.target.checked)}
        />
        Hide avatars in invites
      </label>
      <p className="demo-muted">Loading an avatar can tell the inviter&apos;s server that you saw the invite.</p>
      {media.error ? <p role="alert" className="demo-error">Saving failed: {getErrorMessage(i18n, media.error.code)}</p> : null}
      <label className="demo-check">
        <input
          type="checkbox"
          checked={blocking.blockAll}
          aria-busy={blocking.status === "loading" || blocking.status === "saving"}
          onChange={(event) => blocking.status !== "loading" && blocking.setBlockAll(event.target.checked)}
        />
        Block all invites
      </label>
      {blocking.error ? <p role="alert" className="demo-error">Saving failed: {getErrorMessage(i18n, blocking.error.code)}</p> : null}
      <p role="status" className="demo-muted" data-settings-state={`${media.status} ${blocking.status}`}>
        {media.status === "saving" || blocking.status === "saving" ? "Saving…" : media.status === "loading" || blocking.status === "loading" ? "Loading settings…" : "Settings saved on your homeserver."}
      </p>
    </section>
  );
}
