/**
 * Polish messages for the membership area: one entry for every key of `../en/membership.ts`.
 * Polish past tense is gendered ("zaprosił" / "zaprosiła") and names cannot be declined
 * reliably, so the lines use the narrative present ("Bob dołącza do pokoju"), impersonal
 * forms ("Zaproszono: …") and keep other people's names after a colon or a preposition.
 */
import type { AreaCatalog } from "../../types";
import type { membership as english } from "../en/membership";

/** Polish messages for the membership area. */
export const membership: AreaCatalog<typeof english> = {
  "membership.event.joined": "{target} dołącza do pokoju",
  "membership.event.invited": "{actor} zaprasza do pokoju: {target}",
  "membership.event.invite_rejected": "{target} odrzuca zaproszenie",
  "membership.event.invite_revoked": "{actor} wycofuje zaproszenie dla {target}",
  "membership.event.left": "{target} opuszcza pokój",
  "membership.event.kicked": "{actor} usuwa z pokoju: {target}",
  "membership.event.banned": "{actor} blokuje w pokoju: {target}",
  "membership.event.unbanned": "{actor} odblokowuje w pokoju: {target}",
  "membership.event.knocked": "{target} prosi o dołączenie",
  "membership.event.knock_retracted": "{target} wycofuje prośbę o dołączenie",
  "membership.event.knock_denied": "{actor} odrzuca prośbę o dołączenie od {target}",
  "membership.event.knock_accepted": "{actor} przyjmuje prośbę o dołączenie od {target}",
  "membership.event.display_name_changed": "{oldName} zmienia nazwę wyświetlaną na {newName}",
  "membership.event.display_name_set": "{target} ustawia nazwę wyświetlaną: {newName}",
  "membership.event.display_name_removed": "{oldName} usuwa swoją nazwę wyświetlaną",
  "membership.event.avatar_changed": "{target} zmienia zdjęcie profilowe",
  "membership.event.avatar_set": "{target} ustawia zdjęcie profilowe",
  "membership.event.avatar_removed": "{target} usuwa zdjęcie profilowe",
  "membership.event.profile_changed": "{target} zmienia nazwę i zdjęcie profilowe",
  "membership.event.no_change": "{target} wysyła zdarzenie członkostwa, które niczego nie zmienia",
  "membership.event.invalid": "Nie można odczytać zdarzenia członkostwa",
  "membership.event.third_party_accepted": "{target} przyjmuje zaproszenie wysłane na adres {address}",
  "membership.event.third_party_sent": "{actor} wysyła zaproszenie na adres {address}",
  "membership.event.third_party_revoked": "{actor} wycofuje zaproszenie wysłane na adres {address}",
  "membership.event.third_party_revoked_unknown": "{actor} wycofuje zaproszenie wysłane e-mailem",
  "membership.event.with_reason": "{text}. Powód: {reason}",

  "membership.summary.joined": {
    one: "{names} dołącza do pokoju",
    few: "{names} dołączają do pokoju",
    many: "{names} dołączają do pokoju",
    other: "{names} dołączają do pokoju",
  },
  "membership.summary.invited": {
    one: "Zaproszono: {names}",
    few: "Zaproszono: {names}",
    many: "Zaproszono: {names}",
    other: "Zaproszono: {names}",
  },
  "membership.summary.invite_rejected": {
    one: "{names} odrzuca zaproszenie",
    few: "{names} odrzucają zaproszenia",
    many: "{names} odrzucają zaproszenia",
    other: "{names} odrzucają zaproszenia",
  },
  "membership.summary.invite_revoked": {
    one: "Wycofano zaproszenie dla: {names}",
    few: "Wycofano zaproszenia dla: {names}",
    many: "Wycofano zaproszenia dla: {names}",
    other: "Wycofano zaproszenia dla: {names}",
  },
  "membership.summary.left": {
    one: "{names} opuszcza pokój",
    few: "{names} opuszczają pokój",
    many: "{names} opuszczają pokój",
    other: "{names} opuszczają pokój",
  },
  "membership.summary.joined_and_left": {
    one: "{names} dołącza do pokoju i go opuszcza",
    few: "{names} dołączają do pokoju i go opuszczają",
    many: "{names} dołączają do pokoju i go opuszczają",
    other: "{names} dołączają do pokoju i go opuszczają",
  },
  "membership.summary.left_and_rejoined": {
    one: "{names} opuszcza pokój i wraca",
    few: "{names} opuszczają pokój i wracają",
    many: "{names} opuszczają pokój i wracają",
    other: "{names} opuszczają pokój i wracają",
  },
  "membership.summary.kicked": {
    one: "Usunięto z pokoju: {names}",
    few: "Usunięto z pokoju: {names}",
    many: "Usunięto z pokoju: {names}",
    other: "Usunięto z pokoju: {names}",
  },
  "membership.summary.banned": {
    one: "Zablokowano: {names}",
    few: "Zablokowano: {names}",
    many: "Zablokowano: {names}",
    other: "Zablokowano: {names}",
  },
  "membership.summary.unbanned": {
    one: "Odblokowano: {names}",
    few: "Odblokowano: {names}",
    many: "Odblokowano: {names}",
    other: "Odblokowano: {names}",
  },
  "membership.summary.knocked": {
    one: "{names} prosi o dołączenie",
    few: "{names} proszą o dołączenie",
    many: "{names} proszą o dołączenie",
    other: "{names} proszą o dołączenie",
  },
  "membership.summary.knock_retracted": {
    one: "{names} wycofuje prośbę o dołączenie",
    few: "{names} wycofują prośby o dołączenie",
    many: "{names} wycofują prośby o dołączenie",
    other: "{names} wycofują prośby o dołączenie",
  },
  "membership.summary.knock_denied": {
    one: "Odrzucono prośbę o dołączenie: {names}",
    few: "Odrzucono prośby o dołączenie: {names}",
    many: "Odrzucono prośby o dołączenie: {names}",
    other: "Odrzucono prośby o dołączenie: {names}",
  },
  "membership.summary.knock_accepted": {
    one: "Przyjęto prośbę o dołączenie: {names}",
    few: "Przyjęto prośby o dołączenie: {names}",
    many: "Przyjęto prośby o dołączenie: {names}",
    other: "Przyjęto prośby o dołączenie: {names}",
  },
  "membership.summary.display_name_changed": {
    one: "{names} zmienia nazwę",
    few: "{names} zmieniają nazwy",
    many: "{names} zmieniają nazwy",
    other: "{names} zmieniają nazwy",
  },
  "membership.summary.avatar_changed": {
    one: "{names} zmienia zdjęcie profilowe",
    few: "{names} zmieniają zdjęcia profilowe",
    many: "{names} zmieniają zdjęcia profilowe",
    other: "{names} zmieniają zdjęcia profilowe",
  },
  "membership.summary.profile_changed": {
    one: "{names} zmienia nazwę i zdjęcie profilowe",
    few: "{names} zmieniają nazwy i zdjęcia profilowe",
    many: "{names} zmieniają nazwy i zdjęcia profilowe",
    other: "{names} zmieniają nazwy i zdjęcia profilowe",
  },
  "membership.summary.no_change": {
    one: "{names} niczego nie zmienia",
    few: "{names} niczego nie zmieniają",
    many: "{names} niczego nie zmieniają",
    other: "{names} niczego nie zmieniają",
  },
  "membership.summary.invalid": {
    one: "{count} zdarzenie członkostwa jest nieczytelne",
    few: "{count} zdarzenia członkostwa są nieczytelne",
    many: "{count} zdarzeń członkostwa jest nieczytelnych",
    other: "{count} zdarzenia członkostwa jest nieczytelne",
  },
  "membership.summary.third_party": {
    one: "{count} zaproszenie e-mailem",
    few: "{count} zaproszenia e-mailem",
    many: "{count} zaproszeń e-mailem",
    other: "{count} zaproszenia e-mailem",
  },
  "membership.summary.separator": "; ",
  "membership.summary.expand": {
    one: "Pokaż {count} zdarzenie",
    few: "Pokaż {count} zdarzenia",
    many: "Pokaż {count} zdarzeń",
    other: "Pokaż {count} zdarzenia",
  },
  "membership.summary.collapse": "Ukryj zdarzenia",

  "membership.notice.kicked": "{actor} usuwa Cię z pokoju {room}",
  "membership.notice.banned": "{actor} blokuje Ci dostęp do pokoju {room}",
  "membership.notice.left": "Nie jesteś już w pokoju {room}",
  "membership.notice.invite_revoked": "{actor} wycofuje Twoje zaproszenie do pokoju {room}",
  "membership.notice.knock_denied": "{actor} odrzuca Twoją prośbę o dołączenie do pokoju {room}",
  "membership.notice.reason": "Powód: {reason}",
  "membership.notice.rejoin": "Dołącz ponownie",
  "membership.notice.try_rejoin": "Spróbuj dołączyć ponownie",
  "membership.notice.rejoin_restricted_refused":
    "Nie możesz dołączyć ponownie: do tego pokoju mogą dołączać tylko członkowie określonych pokoi lub przestrzeni. Poproś kogoś z pokoju o zaproszenie.",
  "membership.notice.forget": "Zapomnij ten pokój",
  "membership.notice.rejoining": "Ponowne dołączanie…",
  "membership.notice.forgetting": "Zapominanie…",
  "membership.notice.forgotten": "Pokój zapomniany",
};
