import "./InviteSafetySettings.css";
import { useId } from "react";
import type { ComponentPropsWithRef } from "react";
import { invitePermissionConfig, mediaPreviewConfig } from "../../core/accountDataSettings";
import type { MembershipClient } from "../../core/client/types";
import { useAccountDataSetting } from "../../hooks/useAccountDataSetting";
import { useI18n } from "../../i18n/I18nProvider";
import { enSettings } from "../../i18n/english";
import { SettingSwitch } from "./SettingSwitch";

/** Props of {@link InviteSafetySettings}. */
export interface InviteSafetySettingsProps extends Omit<ComponentPropsWithRef<"section">, "children"> {
  /** Reads and writes the user's account data. */
  client: MembershipClient;
  /** Level of the section heading, to fit the host's outline. Defaults to 2. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The two invite safety switches, stored in the user's account data so every client
 * honours them: "Hide avatars in invites" (MSC4278 `invite_avatars`) and "Block all
 * invites" (`m.invite_permission_config`). Changes show at once and roll back, with an
 * explanation, when the server refuses them.
 */
export function InviteSafetySettings({ client, headingLevel = 2, className, ...rest }: InviteSafetySettingsProps) {
  const i18n = useI18n(enSettings);
  const headingId = useId();
  const media = useAccountDataSetting(client, mediaPreviewConfig);
  const blocking = useAccountDataSetting(client, invitePermissionConfig);
  const Heading = `h${headingLevel}` as const;

  return (
    <section
      {...rest}
      className={className ? `mmui-invite-safety-settings ${className}` : "mmui-invite-safety-settings"}
      aria-labelledby={headingId}
    >
      <Heading className="mmui-invite-safety-settings__title" id={headingId}>
        {i18n.t("settings.title")}
      </Heading>
      <SettingSwitch
        label={i18n.t("settings.hide_avatars_label")}
        hint={i18n.t("settings.hide_avatars_hint")}
        // Until the policy is known, avatars count as hidden: nothing is fetched before the user's choice is.
        checked={!media.value.inviteAvatars}
        status={media.status}
        error={media.error}
        onChange={(hide) => media.set({ inviteAvatars: !hide })}
        onRetry={media.reload}
      />
      <SettingSwitch
        label={i18n.t("settings.block_invites_label")}
        hint={i18n.t("settings.block_invites_hint")}
        checked={blocking.value.blockAll}
        status={blocking.status}
        error={blocking.error}
        onChange={(blockAll) => blocking.set({ blockAll })}
        onRetry={blocking.reload}
      />
    </section>
  );
}
