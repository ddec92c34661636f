/**
 * InvitePreview as users see it: the real captures (named room, DM, space), hostile input,
 * every action state and error code, and the themes, a language and a direction.
 */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/InvitePreview/InvitePreview.stories";
import * as trustStories from "../../src/components/InvitePreview/InvitePreviewTrust.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);
const trust = composeStories(trustStories);

describeBaselines("InvitePreview", [
  { name: "named-room", story: story.NamedRoom },
  { name: "named-room-with-avatar", story: story.NamedRoomWithAvatar },
  { name: "direct-message", story: story.DirectMessage },
  { name: "space", story: story.Space },
  { name: "lookalike-inviter", story: story.LookalikeInviter },
  { name: "hostile-huge-name", story: story.HostileHugeName },
  { name: "hostile-bidi-override", story: story.HostileBidiOverride },
  { name: "hostile-javascript-avatar", story: story.HostileJavascriptAvatar },
  { name: "hostile-missing-everything", story: story.HostileMissingEverything },
  { name: "accepting", story: story.Accepting },
  { name: "accepted", story: story.Accepted },
  { name: "declined-with-failures", story: story.DeclinedWithFailures },
  { name: "error-invite-revoked", story: story.ErrorInviteRevoked },
  { name: "error-rate-limited", story: story.ErrorRateLimited },
  { name: "error-network", story: story.ErrorNetwork },
  { name: "error-room-not-found", story: story.ErrorRoomNotFound },
  { name: "error-unauthorized", story: story.ErrorUnauthorized },
  { name: "error-joined-but-not-loaded", story: story.ErrorJoinedButNotLoaded },
  { name: "error-server", story: story.ErrorServer },
  { name: "error-incompatible-room-version", story: story.ErrorIncompatibleRoomVersion },
  { name: "error-suspended", story: story.ErrorSuspended },
  { name: "error-forbidden", story: story.ErrorForbidden },
  { name: "error-cannot-leave-server-notices", story: story.ErrorCannotLeaveServerNotices },
  { name: "error-unknown", story: story.ErrorUnknown },
  { name: "dark-error-network-unreachable", story: story.DarkTheme },
  { name: "high-contrast", story: story.HighContrastTheme },
  { name: "right-to-left", story: story.RightToLeft },
  { name: "polish-accepted", story: story.Polish },
  { name: "named-room-dark", story: story.NamedRoom, options: { globals: { theme: "dark" } } },
  { name: "direct-message-right-to-left-dark", story: story.DirectMessageRightToLeftDark },
]);

// Trust signals and fresh previews (issue 14): every level, the reasons open, and the live facts.
describeBaselines("InvitePreview trust", [
  { name: "trust-known", story: trust.LevelKnown },
  { name: "trust-unknown", story: trust.LevelUnknown },
  { name: "trust-suspicious-reasons-open", story: trust.ReasonNameLikeContact },
  { name: "trust-invite-wave-reasons-open", story: trust.ReasonInviteWave },
  { name: "trust-suspicious-dark", story: trust.SuspiciousDark },
  { name: "freshness-loading", story: trust.FreshnessLoading },
  { name: "freshness-changed", story: trust.FreshnessChanged },
  { name: "freshness-unavailable", story: trust.FreshnessUnavailable },
  { name: "freshness-room-empty", story: trust.FreshnessRoomEmpty },
  { name: "trust-polish", story: trust.Polish },
  { name: "trust-right-to-left", story: trust.ReasonNameLikeContact, options: { globals: { direction: "rtl" } } },
]);
