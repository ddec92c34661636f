/** Polish messages for the trust area: one entry for every key of `../en/trust.ts`. */
import type { AreaCatalog } from "../../types";
import type { trust as english } from "../en/trust";

/** Polish messages for the trust area. */
export const trust: AreaCatalog<typeof english> = {
  "trust.level.known": "Znany nadawca",
  "trust.level.unknown": "Nieznany nadawca",
  "trust.level.suspicious": "Prawdopodobnie spam",
  "trust.why": "Dlaczego to widzę?",
  "trust.reason.no_shared_room": "Nie masz żadnych wspólnych pokoi z {userId}.",
  "trust.reason.name_like_contact": "Nazwa wyświetlana tej osoby wygląda jak nazwa Twojego kontaktu {contact}.",
  "trust.reason.name_is_user_id": "Nazwa wyświetlana tej osoby wygląda jak identyfikator Matrix, ale jej identyfikator to {userId}.",
  "trust.reason.invite_wave": {
    one: "Ta osoba wysłała Ci {count} zaproszenie w ciągu {window}.",
    few: "Ta osoba wysłała Ci {count} zaproszenia w ciągu {window}.",
    many: "Ta osoba wysłała Ci {count} zaproszeń w ciągu {window}.",
    other: "Ta osoba wysłała Ci {count} zaproszenia w ciągu {window}.",
  },
  "trust.reason.unknown_dm": "To wiadomość bezpośrednia od kogoś, kogo nie znasz.",
  "trust.reason.preview_changed": "Pokój zmienił się od czasu zaproszenia.",
  "trust.known.shared_rooms": {
    one: "Masz {count} wspólny pokój z {userId}.",
    few: "Masz {count} wspólne pokoje z {userId}.",
    many: "Masz {count} wspólnych pokoi z {userId}.",
    other: "Masz {count} wspólnego pokoju z {userId}.",
  },
  "trust.known.contact": "{userId} jest wśród Twoich kontaktów lub w pokoju z Tobą.",
  "trust.nothing_known": "Nic jeszcze nie wiadomo o tym nadawcy.",
  /** In the genitive: it follows "w ciągu" in `trust.reason.invite_wave`. */
  "trust.minutes": {
    one: "{count} minuty",
    few: "{count} minut",
    many: "{count} minut",
    other: "{count} minuty",
  },
  "trust.freshness.checking": "Sprawdzanie, czy pokój się zmienił…",
  "trust.freshness.unchanged": "Pokój nie zmienił się od czasu zaproszenia.",
  "trust.freshness.member_count": {
    one: "Teraz {count} osoba",
    few: "Teraz {count} osoby",
    many: "Teraz {count} osób",
    other: "Teraz {count} osoby",
  },
  "trust.freshness.renamed": "Nazwa zmieniła się od czasu zaproszenia: teraz „{name}”.",
  "trust.freshness.renamed_unnamed": "Nazwa zmieniła się od czasu zaproszenia: pokój nie ma już nazwy.",
  "trust.freshness.avatar_changed": "Obraz pokoju zmienił się od czasu zaproszenia.",
  "trust.freshness.topic_changed": "Temat zmienił się od czasu zaproszenia.",
  "trust.freshness.join_rule_changed": "Zasady dołączania zmieniły się od czasu zaproszenia.",
  "trust.freshness.room_empty": "W tym pokoju nie ma już nikogo.",
  "trust.freshness.room_empty_hint": "Dołączenie najpewniej się nie uda. Odrzucenie usuwa zaproszenie.",
};
