/** The demo app: the sign-in form, or the signed-in screen. */
import { useState } from "react";
import { I18nProvider, type MessageOverrides } from "../src/index";
import { Home } from "./Home";
import { clearSession, loadSession, saveSession, signOut, type Session } from "./session";
import { SignInForm } from "./SignInForm";

/**
 * The demo's wording on top of the catalog: the block button avoids the word "Decline", so
 * "Decline" names exactly one button in each invite.
 */
const MESSAGES: MessageOverrides = { "invite.decline_and_block": "Reason or block…" };

/** `npm run homeserver` listens here; `?homeserver=` picks another. */
const DEFAULT_HOMESERVER = "http://127.0.0.1:8008";

function homeserverFromQuery(): string {
  return new URLSearchParams(window.location.search).get("homeserver") ?? DEFAULT_HOMESERVER;
}

/** Keeps the session in `sessionStorage`; signing out ends it on the server too. */
export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [lastHomeserver, setLastHomeserver] = useState<string | undefined>(homeserverFromQuery);

  function handleSignedIn(next: Session) {
    saveSession(next);
    setSession(next);
  }

  function handleSignOut() {
    if (session === undefined) return;
    const ending = session;
    clearSession();
    setLastHomeserver(ending.baseUrl);
    setSession(undefined);
    void signOut(ending);
  }

  return (
    <I18nProvider locale="en" messages={MESSAGES}>
      {session ? (
        <Home key={session.accessToken} session={session} onSignOut={handleSignOut} />
      ) : (
        <SignInForm onSignedIn={handleSignedIn} defaultHomeserver={lastHomeserver} />
      )}
    </I18nProvider>
  );
}
