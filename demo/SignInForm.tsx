/** The sign-in form: homeserver, user, password; `m.login.password`. */
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { SignInError, signIn, type Session } from "./session";

/** Props of {@link SignInForm}. */
export interface SignInFormProps {
  onSignedIn: (session: Session) => void;
  /** Pre-filled homeserver URL: the demo's own, or the one the user last signed in to. */
  defaultHomeserver?: string;
  /**
   * A homeserver named by the link (`?homeserver=`). Anyone can send a link, so it is never
   * used silently: the form names it and asks first, and nothing is sent to it before the
   * user chooses "Use this server".
   */
  suggestedHomeserver?: string;
}

/** Labelled fields, one button, a message that says what to fix. */
export function SignInForm({ onSignedIn, defaultHomeserver = "", suggestedHomeserver }: SignInFormProps) {
  const homeserverId = useId();
  const userId = useId();
  const passwordId = useId();
  const errorId = useId();
  const [homeserver, setHomeserver] = useState(defaultHomeserver);
  // The link's homeserver, until the user has said whether to use it.
  const [suggestion, setSuggestion] = useState(suggestedHomeserver);
  const [focusAfterChoice, setFocusAfterChoice] = useState<"homeserver" | "user">();
  const [user, setUser] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<SignInError | undefined>(undefined);
  const homeserverRef = useRef<HTMLInputElement>(null);
  const userRef = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    if (focusAfterChoice === undefined) return;
    const field = (focusAfterChoice === "user" ? userRef : homeserverRef).current;
    field?.focus();
    if (focusAfterChoice === "homeserver") field?.select();
  }, [focusAfterChoice]);

  function choose(useSuggestion: boolean) {
    if (useSuggestion && suggestion !== undefined) setHomeserver(suggestion);
    setSuggestion(undefined);
    setFocusAfterChoice(useSuggestion ? "user" : "homeserver");
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    controller.current = new AbortController();
    setPending(true);
    setError(undefined);
    try {
      const session = await signIn(homeserver, user, password, controller.current.signal);
      onSignedIn(session);
    } catch (failure) {
      if (controller.current.signal.aborted) return;
      const signInError = failure instanceof SignInError ? failure : new SignInError("Signing in failed. Try again.");
      setError(signInError);
      setPending(false);
      (signInError.field === "homeserver" ? homeserverRef : userRef).current?.focus();
    }
  }

  return (
    <main className="demo-signin">
      <h1>Sign in</h1>
      <p className="demo-muted">A demo of matrix-membership-ui: your invites, live from your homeserver.</p>
      {suggestion !== undefined ? (
        <SuggestedHomeserver url={suggestion} onChoose={choose} />
      ) : (
        <form onSubmit={(event) => void submit(event)} className="demo-form" aria-describedby={error ? errorId : undefined}>
          <label htmlFor={homeserverId}>Homeserver URL</label>
          <input
            id={homeserverId}
            ref={homeserverRef}
            type="url"
            required
            value={homeserver}
            placeholder="https://matrix.example.org"
            autoComplete="url"
            aria-invalid={error?.field === "homeserver"}
            onChange={(event) => setHomeserver(event.target.value)}
          />
          <label htmlFor={userId}>User ID or username</label>
          <input
            id={userId}
            ref={userRef}
            required
            value={user}
            placeholder="@alice:example.org"
            autoComplete="username"
            spellCheck={false}
            aria-invalid={error?.field === "credentials"}
            onChange={(event) => setUser(event.target.value)}
          />
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            type="password"
            required
            value={password}
            autoComplete="current-password"
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="demo-primary" aria-disabled={pending}>
            Sign in
          </button>
          {pending ? <p role="status">Signing in…</p> : null}
          {error ? (
            <p id={errorId} role="alert" className="demo-error">
              {error.message}
            </p>
          ) : null}
        </form>
      )}
    </main>
  );
}

/**
 * Names the link's homeserver by its host (punycode for an international name, so a
 * lookalike letter shows) and asks before the form may use it.
 */
function SuggestedHomeserver({ url, onChoose }: { url: string; onChoose: (useSuggestion: boolean) => void }) {
  const headingId = useId();
  const host = new URL(url).host;
  return (
    <section className="demo-note demo-confirm" aria-labelledby={headingId}>
      <h2 id={headingId}>Check the server</h2>
      <p>
        This link asks you to sign in to <strong dir="ltr">{host}</strong>. Only continue if you trust it.
      </p>
      <div className="demo-confirm__actions">
        <button type="button" onClick={() => onChoose(true)}>
          Use this server
        </button>
        <button type="button" className="demo-primary" onClick={() => onChoose(false)}>
          Use my own
        </button>
      </div>
    </section>
  );
}
