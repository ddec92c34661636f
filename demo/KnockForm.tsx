/**
 * Asking to join a room by alias or ID: the person names the room, then the library's
 * `KnockPreview` shows what the room says about itself, "Ask to join" with a message, and
 * the request's fate as the `/sync` loop reports it (pending, then an invitation).
 */
import { useCallback, useId, useMemo, useState, type FormEvent } from "react";
import {
  KnockPreview,
  isRoomAlias,
  isRoomId,
  serverNameOf,
  useInvites,
  type InviteStore,
  type KnockOutcome,
  type MatrixHttpClient,
} from "../src/index";

/** Props of {@link KnockForm}. */
export interface KnockFormProps {
  client: MatrixHttpClient;
  /** The invite store: a pending knock and the invitation that answers it arrive there. */
  store: InviteStore;
  /** "View invite": bring the invite into view. */
  onViewInvite?: (roomId: string) => void;
}

/** The room field, then the room's `KnockPreview`. */
export function KnockForm({ client, store, onViewInvite }: KnockFormProps) {
  const targetId = useId();
  const [value, setValue] = useState("");
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [invalid, setInvalid] = useState(false);
  const [roomId, setRoomId] = useState<string | undefined>(undefined);
  const invites = useInvites(store);

  // The store holds the knock while it is pending and the invitation once it is accepted.
  const outcome = useMemo<KnockOutcome | undefined>(() => {
    const id = roomId ?? (target !== undefined && isRoomId(target) ? target : undefined);
    const entry = id === undefined ? undefined : invites.find((candidate) => candidate.roomId === id);
    if (entry === undefined) return undefined;
    return entry.kind === "knock" ? { status: "pending", reason: entry.summary.reason } : { status: "accepted" };
  }, [invites, roomId, target]);

  const via = useMemo(() => {
    const server = target === undefined ? undefined : serverNameOf(target);
    return server === undefined ? undefined : [server];
  }, [target]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    if (!isRoomAlias(trimmed) && !isRoomId(trimmed)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setRoomId(undefined);
    setTarget(trimmed);
  }

  const viewInvite = useCallback(() => {
    if (roomId !== undefined) onViewInvite?.(roomId);
  }, [roomId, onViewInvite]);

  return (
    <section className="demo-panel" aria-labelledby="knock-heading">
      <h2 id="knock-heading">Ask to join a room</h2>
      <form onSubmit={submit} className="demo-form">
        <label htmlFor={targetId}>Room alias or ID</label>
        <input
          id={targetId}
          value={value}
          placeholder="#room:example.org"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${targetId}-error` : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">Find room</button>
      </form>
      {invalid ? (
        <p id={`${targetId}-error`} role="alert" className="demo-error">
          Enter a room alias (#room:server) or a room ID (!id:server).
        </p>
      ) : null}
      {target !== undefined ? (
        <KnockPreview
          key={target}
          client={client}
          roomIdOrAlias={target}
          via={via}
          outcome={outcome}
          headingLevel={3}
          onKnocked={setRoomId}
          onCancelled={() => setRoomId(undefined)}
          onViewInvite={viewInvite}
        />
      ) : null}
    </section>
  );
}
