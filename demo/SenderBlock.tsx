/**
 * "Ignore @x" from an invite card: the library's `useBlockAndClear` run (ignore list, then
 * every pending invite from them declined, rate limits waited out), held by the inbox so it
 * outlives the card it was started from (that card's invite is the first to go). The words
 * are the library's (`inbox.block.*`), so they follow the user's language.
 */
import { createContext, useContext, useState, type ReactNode } from "react";
import {
  enCommon,
  enInbox,
  enTriage,
  getErrorMessage,
  useBlockAndClear,
  useI18n,
  type InviteEntry,
  type InviteStore,
  type MatrixHttpClient,
  type UseBlockAndClearResult,
} from "../src/index";

/** An invite's sender. */
type Inviter = NonNullable<InviteEntry["summary"]["inviter"]>;

/** A sender the user asked to ignore, waiting for confirmation. */
interface BlockRequest {
  userId: string;
  label: string;
}

/** What a card needs: start asking about its sender, and whether a run is going. */
interface SenderBlock {
  ask(inviter: Inviter): void;
  busy: boolean;
}

const SenderBlockContext = createContext<SenderBlock | undefined>(undefined);

/** How a sender is named: the display name beside the user ID, or the user ID alone. */
function labelOf(inviter: Inviter): string {
  return inviter.displayName && inviter.displayName !== inviter.userId ? `${inviter.displayName} (${inviter.userId})` : inviter.userId;
}

/** Props of {@link SenderBlockProvider}. */
export interface SenderBlockProviderProps {
  client: MatrixHttpClient;
  store: InviteStore;
  children: ReactNode;
}

/** Holds the inbox's block-and-clear run; renders its panel (confirmation, progress, result) above `children`. */
export function SenderBlockProvider({ client, store, children }: SenderBlockProviderProps) {
  const run = useBlockAndClear(client, store);
  const [request, setRequest] = useState<BlockRequest>();
  const [label, setLabel] = useState("");
  const value: SenderBlock = {
    busy: run.status === "running",
    ask(inviter) {
      if (run.status === "running") return;
      run.reset();
      setRequest({ userId: inviter.userId, label: labelOf(inviter) });
    },
  };
  return (
    <SenderBlockContext.Provider value={value}>
      <SenderBlockPanel
        run={run}
        request={request}
        label={label}
        onConfirm={() => {
          if (!request) return;
          setLabel(request.label);
          setRequest(undefined);
          run.start({ userId: request.userId });
        }}
        onCancel={() => setRequest(undefined)}
      />
      {children}
    </SenderBlockContext.Provider>
  );
}

/** A card's "Ignore" button (named "Ignore {name}", the library's words), for its inviter. */
export function BlockSenderButton({ inviter }: { inviter: Inviter | undefined }) {
  const i18n = useI18n(enInbox, enTriage);
  const block = useContext(SenderBlockContext);
  if (!block || !inviter) return null;
  return (
    <button
      type="button"
      className="demo-block-sender"
      aria-label={i18n.t("inbox.block.action", { name: labelOf(inviter) })}
      aria-disabled={block.busy || undefined}
      onClick={() => block.ask(inviter)}
    >
      {i18n.t("triage.ignore")}
    </button>
  );
}

interface SenderBlockPanelProps {
  run: UseBlockAndClearResult;
  request: BlockRequest | undefined;
  label: string;
  onConfirm(): void;
  onCancel(): void;
}

function SenderBlockPanel({ run, request, label, onConfirm, onCancel }: SenderBlockPanelProps) {
  const i18n = useI18n(enInbox, enCommon);
  if (request) {
    return (
      <div role="group" className="demo-note" aria-label={i18n.t("inbox.block.confirm_title", { name: request.label })}>
        <p>
          <strong>{i18n.t("inbox.block.confirm_title", { name: request.label })}</strong>
        </p>
        <p>{i18n.t("inbox.block.confirm_body")}</p>
        <button type="button" onClick={onConfirm}>
          {i18n.t("inbox.block.confirm")}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          {i18n.t("common.cancel")}
        </button>
      </div>
    );
  }
  // The live region stays in the document so its changes are announced.
  return (
    <div role="status" className={run.status === "idle" ? undefined : "demo-note"} data-block-state={run.status}>
      {run.status === "idle" ? null : <SenderBlockProgress run={run} label={label} />}
    </div>
  );
}

function SenderBlockProgress({ run, label }: { run: UseBlockAndClearResult; label: string }) {
  const i18n = useI18n(enInbox, enCommon);
  switch (run.status) {
    case "idle":
      return null;
    case "running":
      return (
        <p>
          {run.step === "decline"
            ? i18n.t("inbox.block.progress_decline", { done: run.done, total: run.total })
            : i18n.t("inbox.block.progress_ignore", { name: label })}{" "}
          <button type="button" onClick={run.cancel}>
            {i18n.t("inbox.block.cancel")}
          </button>
        </p>
      );
    case "done":
    case "cancelled":
    case "error": {
      const ignoreFailed = run.users.some((user) => user.ignore.status === "failed");
      const lines = [
        run.status === "cancelled" ? i18n.t("inbox.block.cancelled", { done: run.declined.length, total: run.total }) : undefined,
        run.status === "done" && !ignoreFailed ? i18n.plural("inbox.block.done", run.declined.length) : undefined,
        ignoreFailed ? i18n.t("inbox.block.ignore_failed", { name: label }) : undefined,
        run.failed.length > 0 ? i18n.plural("inbox.block.failed", run.failed.length) : undefined,
        run.status === "error" && run.error ? getErrorMessage(i18n, run.error) : undefined,
      ].filter((line): line is string => line !== undefined);
      return (
        <>
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {ignoreFailed || run.failed.length > 0 ? (
            <button type="button" onClick={run.retryFailed}>
              {i18n.t("inbox.block.retry_failed")}
            </button>
          ) : null}{" "}
          <button type="button" onClick={run.reset}>
            {i18n.t("common.dismiss")}
          </button>
        </>
      );
    }
    default:
      return run.status satisfies never;
  }
}
