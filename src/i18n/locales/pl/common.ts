/** Polish shared messages: one entry for every key of `../en/common.ts`. */
import type { AreaCatalog } from "../../types";
import type { common as english } from "../en/common";

/** Shared Polish messages. */
export const common: AreaCatalog<typeof english> = {
  "common.loading": "Wczytywanie…",
  "common.close": "Zamknij",
  "common.cancel": "Anuluj",
  "common.dismiss": "Ukryj",
  "common.retry": "Spróbuj ponownie",
  "common.show_more": "Pokaż więcej",
  "common.show_less": "Pokaż mniej",
  "common.name_with_user_id": "{name} ({userId})",
  "common.inviter_ambiguous": "Sprawdź identyfikator: ta nazwa wyświetlana może należeć do kogoś innego.",
  "common.room_name.empty": "Pokój bez nazwy",
  "common.room_name.others": {
    one: "{count} inna osoba",
    few: "{count} inne osoby",
    many: "{count} innych osób",
    other: "{count} innej osoby",
  },
};
