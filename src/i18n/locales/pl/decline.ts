/** Polish messages for the decline dialog: one entry for every key of `../en/decline.ts`. */
import type { AreaCatalog } from "../../types";
import type { decline as english } from "../en/decline";

/** Polish messages for the decline area. */
export const decline: AreaCatalog<typeof english> = {
  "decline.title": "Odrzucić zaproszenie do pokoju {room}?",
  "decline.title_unnamed": "Odrzucić to zaproszenie?",
  "decline.reason_label": "Powód (opcjonalnie)",
  "decline.reason_hint": "Zobaczą go wszyscy w pokoju, także osoba, która Cię zaprosiła.",
  // The cap is always a large number, after which Polish uses the genitive plural "znaków".
  "decline.character_count": "{count} z {max} znaków",
  "decline.ignore_label": "Ignoruj użytkownika {user}",
  "decline.ignore_hint": "Nie zobaczysz już wiadomości ani zaproszeń od tej osoby. Możesz to cofnąć w ustawieniach.",
  "decline.report_label": "Zgłoś ten pokój",
  "decline.report_hint": "Zgłoszenie trafi do administratorów Twojego serwera domowego.",
  "decline.report_reason_label": "Co jest nie tak z tym pokojem? (opcjonalnie)",
  "decline.confirm": "Odrzuć",
};
