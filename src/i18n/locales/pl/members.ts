/**
 * Polish messages for the members area: one entry for every key of `../en/members.ts`.
 * Sentences about other people avoid gendered past tense ("Usunięto z pokoju", "Ta osoba…").
 */
import type { AreaCatalog } from "../../types";
import type { members as english } from "../en/members";

/** Polish messages for the members area. */
export const members: AreaCatalog<typeof english> = {
  "members.power.creator": "Właściciel",
  "members.power.admin": "Administracja",
  "members.power.moderator": "Moderacja",
  "members.power.custom": "Poziom {level}",
  "members.power.default": "Bez roli",
  "members.power.level_description": "Poziom uprawnień {level}",
  "members.power.infinite_description": "Twórca pokoju: najwyższy poziom uprawnień",

  "members.actions.label": "Działania dla: {name}",
  "members.action.invite": "Zaproś",
  "members.action.kick": "Usuń",
  "members.action.disinvite": "Wycofaj zaproszenie",
  "members.action.accept_knock": "Przyjmij prośbę",
  "members.action.deny_knock": "Odrzuć prośbę",
  "members.action.ban": "Zablokuj",
  "members.action.unban": "Odblokuj",
  "members.dialog.invite": "Zaprosić: {name}?",
  "members.dialog.kick": "Usunąć z pokoju: {name}?",
  "members.dialog.disinvite": "Wycofać zaproszenie dla {name}?",
  "members.dialog.accept_knock": "Wpuścić do pokoju: {name}?",
  "members.dialog.deny_knock": "Odrzucić prośbę o dołączenie od {name}?",
  "members.dialog.ban": "Zablokować: {name}?",
  "members.dialog.unban": "Odblokować: {name}?",
  "members.dialog.kick_warning": "Ta osoba może wrócić, jeśli pokój na to pozwala.",
  "members.dialog.disinvite_warning": "Zaproszenie od razu przestanie działać.",
  "members.dialog.deny_knock_warning": "Ta osoba może poprosić ponownie później.",
  "members.dialog.ban_warning": "Ta osoba zostanie usunięta i nie wróci, dopóki ktoś nie zdejmie blokady.",
  "members.dialog.reason": "Powód (opcjonalnie)",
  "members.dialog.reason_hint": "Każda osoba w pokoju może go przeczytać.",
  "members.status.invite": "Wysyłanie zaproszenia…",
  "members.status.kick": "Usuwanie…",
  "members.status.ban": "Blokowanie…",
  "members.status.unban": "Odblokowywanie…",
  "members.status.refreshing": "Aktualizowanie listy osób…",
  "members.done.invite": "Wysłano zaproszenie",
  "members.done.kick": "Usunięto z pokoju",
  "members.done.ban": "Zablokowano",
  "members.done.unban": "Zdjęto blokadę",
  "members.refresh_failed": "Gotowe, ale nie udało się zaktualizować listy osób.",
  "members.refresh": "Zaktualizuj listę",

  "members.invite_form.label": "Zaproś kogoś",
  "members.invite_form.user_id": "Identyfikator użytkownika",
  "members.invite_form.user_id_hint": "Identyfikator Matrix, np. @alicja:example.org",
  "members.invite_form.submit": "Wyślij zaproszenie",
  "members.invite_form.sent": "Wysłano zaproszenie do {userId}",
  "members.invite_form.error.empty": "Wpisz identyfikator osoby, którą chcesz zaprosić.",
  "members.invite_form.error.format": "Identyfikator wygląda tak: @nazwa:example.org.",
  "members.invite_form.error.too_long": "Identyfikator może mieć najwyżej 255 znaków.",
  "members.invite_form.error.joined": "{userId} jest już w tym pokoju.",
  "members.invite_form.error.invited": "{userId} ma już zaproszenie.",
  "members.invite_form.error.banned": "{userId} ma blokadę w tym pokoju. Zdejmij blokadę przed zaproszeniem.",
  "members.invite_form.error.self": "Jesteś już w tym pokoju.",
  "members.invite_form.error.not_allowed": "Nie masz uprawnień do zapraszania osób do tego pokoju.",
};
