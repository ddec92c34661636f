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
const MESSAGES: MessageOverrides = { "invite.decline_and_ignore": "Reason or ignore…" };

/** `npm run homeserver` listens here; `?homeserver=` suggests another, which the user confirms. */
const DEFAULT_HOMESERVER = "http://127.0.0.1:8008";

/**
 * The homeserver a link names (`?homeserver=`), when it is an http(s) URL. Anyone can send a
 * link, so the sign-in form asks before using it: a phishing link must not silently send the
 * password to its own server.
 */
function homeserverFromQuery(): string | undefined {
  const value = new URLSearchParams(window.location.search).get("homeserver");
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the session in `sessionStorage`; signing out ends it on the server too. */
export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [lastHomeserver, setLastHomeserver] = useState(DEFAULT_HOMESERVER);
  // Asked about once: after signing out, the form offers the server just used.
  const [suggestedHomeserver, setSuggestedHomeserver] = useState(homeserverFromQuery);

  function handleSignedIn(next: Session) {
    saveSession(next);
    setSession(next);
  }

  function handleSignOut() {
    if (session === undefined) return;
    const ending = session;
    clearSession();
    setLastHomeserver(ending.baseUrl);
    setSuggestedHomeserver(undefined);
    setSession(undefined);
    void signOut(ending);
  }

  return (
    <I18nProvider locale="en" messages={MESSAGES}>
      {session ? (
        <Home key={session.accessToken} session={session} onSignOut={handleSignOut} />
      ) : (
        <SignInForm onSignedIn={handleSignedIn} defaultHomeserver={lastHomeserver} suggestedHomeserver={suggestedHomeserver} />
      )}
    </I18nProvider>
  );
}
