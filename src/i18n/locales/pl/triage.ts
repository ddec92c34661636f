/** Polish messages for the triage area: one entry for every key of `../en/triage.ts`. */
import type { AreaCatalog } from "../../types";
import type { triage as english } from "../en/triage";

/** Polish messages for the triage area. */
export const triage: AreaCatalog<typeof english> = {
  "triage.group.known": "Od osób, które znasz",
  "triage.group.suspicious": "Prawdopodobnie spam",
  "triage.group.suspicious_note":
    "Te zaproszenia wyglądają na spam: nazwa podszywająca się pod kogoś albo wiele zaproszeń naraz. Obrazy są ukryte.",
  "triage.group.show": "Pokaż",
  "triage.group.hide": "Ukryj",
  "triage.group.show_label": {
    one: "Pokaż {count} zaproszenie w grupie {group}",
    few: "Pokaż {count} zaproszenia w grupie {group}",
    many: "Pokaż {count} zaproszeń w grupie {group}",
    other: "Pokaż {count} zaproszenia w grupie {group}",
  },
  "triage.group.hide_label": {
    one: "Ukryj {count} zaproszenie w grupie {group}",
    few: "Ukryj {count} zaproszenia w grupie {group}",
    many: "Ukryj {count} zaproszeń w grupie {group}",
    other: "Ukryj {count} zaproszenia w grupie {group}",
  },
  "triage.group.ignore_all": "Odrzuć wszystkie i ignoruj nadawców",
  "triage.group.ignore_all_label": {
    one: "Odrzuć wszystkie i ignoruj nadawców ({count} zaproszenie w grupie {group})",
    few: "Odrzuć wszystkie i ignoruj nadawców ({count} zaproszenia w grupie {group})",
    many: "Odrzuć wszystkie i ignoruj nadawców ({count} zaproszeń w grupie {group})",
    other: "Odrzuć wszystkie i ignoruj nadawców ({count} zaproszenia w grupie {group})",
  },
  "triage.select_invite": "Zaznacz {room}",
  "triage.select_all": "Zaznacz wszystkie",
  "triage.select_all_label": {
    one: "Zaznacz wszystkie ({count} zaproszenie w grupie {group})",
    few: "Zaznacz wszystkie {count} zaproszenia w grupie {group}",
    many: "Zaznacz wszystkie {count} zaproszeń w grupie {group}",
    other: "Zaznacz wszystkie {count} zaproszenia w grupie {group}",
  },
  "triage.selection.label": "Zaznaczone zaproszenia",
  "triage.selection.count": {
    one: "Zaznaczono {count}",
    few: "Zaznaczono {count}",
    many: "Zaznaczono {count}",
    other: "Zaznaczono {count}",
  },
  "triage.selection.decline": "Odrzuć",
  "triage.selection.ignore": "Odrzuć i ignoruj nadawców",
  "triage.selection.clear": "Wyczyść zaznaczenie",
  "triage.selection.changed": {
    one: "Zaznaczono {count} zaproszenie.",
    few: "Zaznaczono {count} zaproszenia.",
    many: "Zaznaczono {count} zaproszeń.",
    other: "Zaznaczono {count} zaproszenia.",
  },
  "triage.selection.cleared": "Wyczyszczono zaznaczenie.",
  "triage.results.show": {
    one: "Pokaż wynik dla {count} zaproszenia",
    few: "Pokaż wynik dla każdego z {count} zaproszeń",
    many: "Pokaż wynik dla każdego z {count} zaproszeń",
    other: "Pokaż wynik dla każdego z {count} zaproszenia",
  },
  "triage.results.declined": "{room}: odrzucono",
  "triage.results.failed": "{room}: nie odrzucono. {error}",
  "triage.results.skipped": "{room}: pominięto, to już nie jest oczekujące zaproszenie",
  "triage.results.remaining": "{room}: nie rozpoczęto",
  "triage.ignore": "Ignoruj",
};
