/** Asks to join a room by alias or ID (`POST /knock`). */
import { useId, useRef, useState, type FormEvent } from "react";
import {
  NetworkText,
  getErrorMessage,
  isRoomAlias,
  isRoomId,
  knock,
  serverNameOf,
  toMembershipError,
  useI18n,
  type MatrixHttpClient,
} from "../src/index";

type KnockState =
  | { status: "idle" }
  | { status: "sending" }
  | { status: "sent"; target: string }
  | { status: "invalid" }
  | { status: "failed"; message: string };

/** The knock form. */
export function KnockForm({ client }: { client: MatrixHttpClient }) {
  const i18n = useI18n();
  const targetId = useId();
  const reasonId = useId();
  const [target, setTarget] = useState("");
  const [reason, setReason] = useState("");
  const [state, setState] = useState<KnockState>({ status: "idle" });
  const busy = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const value = target.trim();
    if (!isRoomAlias(value) && !isRoomId(value)) {
      setState({ status: "invalid" });
      return;
    }
    busy.current = true;
    setState({ status: "sending" });
    try {
      const server = serverNameOf(value);
      await knock(client, { roomIdOrAlias: value, via: server ? [server] : [], ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setState({ status: "sent", target: value });
      setTarget("");
      setReason("");
    } catch (error) {
      const info = toMembershipError(error, "knock");
      setState({ status: "failed", message: getErrorMessage(i18n, info?.code ?? "unknown", { retryAfterMs: info?.retryAfterMs }) });
    } finally {
      busy.current = false;
    }
  }

  return (
    <section className="demo-panel" aria-labelledby="knock-heading">
      <h2 id="knock-heading">Ask to join a room</h2>
      <form onSubmit={(event) => void submit(event)} className="demo-form">
        <label htmlFor={targetId}>Room alias or ID</label>
        <input
          id={targetId}
          value={target}
          placeholder="#room:example.org"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={state.status === "invalid"}
          onChange={(event) => setTarget(event.target.value)}
        />
        <label htmlFor={reasonId}>Message (optional)</label>
        <input id={reasonId} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
        <button type="submit" aria-disabled={state.status === "sending"}>
          Knock
        </button>
      </form>
      {state.status === "invalid" ? (
        <p role="alert" className="demo-error">
          Enter a room alias (#room:server) or a room ID (!id:server).
        </p>
      ) : null}
      {state.status === "failed" ? (
        <p role="alert" className="demo-error">
          Knocking failed: {state.message}
        </p>
      ) : null}
      {state.status === "sending" ? <p role="status">Sending your request…</p> : null}
      {state.status === "sent" ? (
        <p role="status">
          Request sent to <NetworkText>{state.target}</NetworkText>. If someone lets you in, the invite appears in your inbox.
        </p>
      ) : null}
    </section>
  );
}
