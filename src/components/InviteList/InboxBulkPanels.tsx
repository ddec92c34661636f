import { BlockedInvitesOffer } from "./BlockedInvitesOffer";
import { BlockPanel } from "./BlockPanel";
import { BulkResults } from "./BulkResults";
import { DeclineAllPanel } from "./DeclineAllPanel";
import { ReportPanel } from "./ReportPanel";
import { SelectionBar } from "./SelectionBar";
import type { InboxBulk } from "./useInboxBulk";
import type { ListSelection } from "./useListSelection";

/** Props of {@link InboxBulkPanels}. */
export interface InboxBulkPanelsProps {
  /** The inbox's bulk runs (`useInboxBulk`). */
  bulk: InboxBulk;
  /** The multi-selection, when the list offers it (shows the selection bar). */
  selection: ListSelection | undefined;
}

/** The props every "Decline all" panel shares: the run and its controls. */
function declineAllPanelProps({ declineAll }: InboxBulk) {
  return {
    run: declineAll.run,
    onConfirm: declineAll.confirm,
    onCancelRequest: declineAll.cancelRequest,
    onDismiss: declineAll.dismiss,
    onRetryFailed: declineAll.retryFailed,
  };
}

/**
 * What stands above the inbox's list for its bulk runs: the "Decline all" progress and result
 * (they stay above the list, the group may empty while it runs) with the result of each invite,
 * the selection bar, the report panel, the offer to decline invites hidden because their sender
 * is blocked, and the block panel.
 */
export function InboxBulkPanels({ bulk, selection }: InboxBulkPanelsProps) {
  const { declineAll, block, report, running, nameOfRoom } = bulk;
  const { run } = declineAll;
  return (
    <>
      <DeclineAllPanel request={undefined} {...declineAllPanelProps(bulk)} />
      {run.status !== "idle" && run.status !== "running" ? (
        <BulkResults succeeded={run.declined} failed={run.failed} skipped={run.skipped} remaining={run.remaining} nameOf={nameOfRoom} />
      ) : null}
      {selection ? (
        <SelectionBar
          count={selection.selection.keys.size}
          busy={running}
          onDecline={() => declineAll.startRooms(selection.selectedEntries().filter((entry) => entry.kind === "invite").map((entry) => entry.roomId))}
          onBlock={block.available ? () => block.askFor(selection.selectedEntries()) : undefined}
          onReport={() => report.ask(selection.selectedEntries().filter((entry) => entry.kind === "invite").map((entry) => entry.roomId))}
          onClear={selection.clear}
        />
      ) : null}
      <ReportPanel
        request={report.request}
        run={report.run}
        declinable={running ? 0 : report.declinable.length}
        nameOfRoom={nameOfRoom}
        onConfirm={report.confirm}
        onCancelRequest={report.cancelRequest}
        onDeclineReported={() => {
          const rooms = report.declinable;
          report.close();
          declineAll.startRooms(rooms);
        }}
        onDismiss={report.dismiss}
      />
      <BlockedInvitesOffer count={block.blocked.length} busy={running} onDecline={block.clearBlocked} />
      <BlockPanel
        request={block.request}
        run={block.run}
        nameOfUser={block.nameOfUser}
        nameOfRoom={nameOfRoom}
        onConfirm={block.confirm}
        onCancelRequest={block.cancelRequest}
        onDismiss={block.dismiss}
      />
    </>
  );
}

/** Props of {@link DeclineAllQuestion}. */
export interface DeclineAllQuestionProps {
  /** The inbox's bulk runs (`useInboxBulk`). */
  bulk: InboxBulk;
}

/** The "Decline all" confirmation, in the heading of the group it asks about. */
export function DeclineAllQuestion({ bulk }: DeclineAllQuestionProps) {
  return <DeclineAllPanel request={bulk.declineAll.request} {...declineAllPanelProps(bulk)} />;
}
