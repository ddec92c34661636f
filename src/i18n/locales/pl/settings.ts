/** Polish messages for the invite safety settings: one entry for every key of `../en/settings.ts`. */
import type { AreaCatalog } from "../../types";
import type { settings as english } from "../en/settings";

/** Polish messages for the settings area. */
export const settings: AreaCatalog<typeof english> = {
  "settings.title": "Bezpieczeństwo zaproszeń",
  "settings.hide_avatars_label": "Ukrywaj awatary w zaproszeniach",
  "settings.hide_avatars_hint": "Wczytanie awatara zdradza serwerowi osoby zapraszającej, że widzisz zaproszenie.",
  "settings.block_invites_label": "Blokuj wszystkie zaproszenia",
  "settings.block_invites_hint": "Nikt nie będzie mógł zaprosić Cię do pokoju ani rozmowy. Pokoje, w których już jesteś, pozostaną bez zmian.",
  "settings.saving": "Zapisywanie…",
  "settings.saved": "Zapisano",
  "settings.load_failed": "Nie udało się wczytać tego ustawienia. {error}",
  "settings.save_failed": "Nie udało się zapisać tej zmiany. {error}",
};
