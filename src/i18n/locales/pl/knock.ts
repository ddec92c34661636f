/** Polish messages for the knock area: one entry for every key of `../en/knock.ts`. */
import type { AreaCatalog } from "../../types";
import type { knock as english } from "../en/knock";

/** Polish messages for the knock area. */
export const knock: AreaCatalog<typeof english> = {
  "knock.members": { one: "{count} osoba", few: "{count} osoby", many: "{count} osób", other: "{count} osoby" },
  "knock.preview_note": "Ten podgląd pochodzi z serwera pokoju.",
  "knock.ask_to_join": "Poproś o dołączenie",
  "knock.ask_again": "Poproś ponownie",
  "knock.reason": "Wiadomość do moderacji pokoju (opcjonalnie)",
  "knock.reason_hint": "Może ją przeczytać każda osoba, która przyjmuje prośby.",
  "knock.knocking": "Wysyłanie prośby…",
  "knock.sent": "Wysłano prośbę",
  "knock.sent_detail": "Moderacja pokoju widzi Twoją prośbę. Jeśli ją przyjmie, otrzymasz zaproszenie.",
  "knock.your_message": "Twoja wiadomość: {reason}",
  "knock.cancel": "Anuluj prośbę",
  "knock.cancelling": "Anulowanie prośby…",
  "knock.cancelled": "Wycofano prośbę",
  "knock.declined": "Twoja prośba została odrzucona",
  "knock.declined_reason": "Powód: „{reason}”",
  "knock.accepted": "Twoja prośba została przyjęta: masz zaproszenie do pokoju.",
  "knock.view_invite": "Zobacz zaproszenie",
  "knock.not_knockable": "Ten pokój nie przyjmuje próśb o dołączenie.",
  "knock.public": "Każdy może dołączyć do tego pokoju.",
  "knock.banned": "Masz bana w tym pokoju, więc nie możesz poprosić o dołączenie.",
  "knock.joined": "Jesteś już w tym pokoju.",
  "knock.forbidden_knock": "Ten pokój nie przyjął Twojej prośby o dołączenie.",
  "knock.forbidden_cancel": "Nie udało się wycofać Twojej prośby o dołączenie.",
};
