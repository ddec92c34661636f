/** Polish error messages: one entry for every key of `../en/errors.ts`. */
import type { AreaCatalog } from "../../types";
import type { errors as english } from "../en/errors";

/** Polish error messages. */
export const errors: AreaCatalog<typeof english> = {
  "errors.invite_revoked": "To zaproszenie jest już nieważne.",
  "errors.room_not_found": "Nie znaleziono tego pokoju. Mógł zostać usunięty albo zmienił się jego adres.",
  "errors.rate_limited": "Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.",
  "errors.rate_limited_wait": "Zbyt wiele żądań. Możesz spróbować ponownie {when}.",
  "errors.network": "Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.",
  "errors.unauthorized": "Twoja sesja wygasła. Zaloguj się ponownie, aby kontynuować.",
  "errors.suspended": "Twoje konto jest zawieszone, więc nie możesz teraz tego zrobić.",
  "errors.incompatible_room_version": "Twój serwer nie obsługuje wersji tego pokoju, więc nie możesz do niego dołączyć.",
  "errors.cannot_leave_server_notices": "Nie możesz opuścić pokoju z powiadomieniami serwera.",
  "errors.invite_blocked": "Ta osoba nie przyjmuje zaproszeń.",
  "errors.forbidden": "Nie masz uprawnień, aby to zrobić.",
  "errors.server_error": "Wystąpił problem na serwerze. Spróbuj ponownie później.",
  "errors.unknown": "Coś poszło nie tak. Spróbuj ponownie.",
};
