/**
 * English messages for the invite safety settings (`InviteSafetySettings`). Keys start with
 * `settings.`; the same keys live in `../pl/settings.ts` (the type check requires them).
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the settings area. */
export const settings = {
  /** Heading of the settings group. */
  "settings.title": "Invite safety",
  /** Switch: do not load avatars in invite previews. */
  "settings.hide_avatars_label": "Hide avatars in invites",
  /** Why hiding invite avatars matters. */
  "settings.hide_avatars_hint": "Loading an avatar tells the inviter's server that you have seen the invite.",
  /** Switch: refuse every invite. */
  "settings.block_invites_label": "Block all invites",
  /** What blocking does. */
  "settings.block_invites_hint": "Nobody can invite you to rooms or chats. Rooms you are already in stay as they are.",
  /** Status while the setting is being written. */
  "settings.saving": "Saving…",
  /** Status once the server confirmed the change. */
  "settings.saved": "Saved",
  /** The setting could not be read; `{error}` explains why. The switch shows the safe default. */
  "settings.load_failed": "Couldn't load this setting. {error}",
  /** The change could not be saved and was undone; `{error}` explains why. */
  "settings.save_failed": "Couldn't save this change. {error}",
} as const satisfies Record<string, MessageValue>;
