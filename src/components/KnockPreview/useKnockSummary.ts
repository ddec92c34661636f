/** Fetches the room summary for `KnockPreview`, aborting on change and unmount; only the latest answer counts. */
import { useEffect, useState } from "react";
import { toMembershipError } from "../../core/client/errors";
import type { MembershipClient, MembershipErrorCode } from "../../core/client/types";
import { parseRoomPreview } from "../../core/roomPreview";
import type { RoomPreview } from "../../core/roomPreview";

/** Where the summary stands. */
export type KnockSummaryState =
  | { status: "loading" }
  | { status: "loaded"; summary: RoomPreview }
  | { status: "error"; code: MembershipErrorCode; retryAfterMs?: number };

/** The summary of `roomIdOrAlias`, read through `client.getRoomSummary`. */
export function useKnockSummary(client: MembershipClient, roomIdOrAlias: string, via: readonly string[] | undefined): KnockSummaryState {
  const viaKey = (via ?? []).join(",");
  const [answer, setAnswer] = useState<{ key: string; state: KnockSummaryState }>();
  const key = `${roomIdOrAlias}|${viaKey}`;

  useEffect(() => {
    const controller = new AbortController();
    const servers = viaKey === "" ? undefined : viaKey.split(",");
    const options = servers ? { via: servers, signal: controller.signal } : { signal: controller.signal };
    client.getRoomSummary(roomIdOrAlias, options).then(
      (response) => {
        if (!controller.signal.aborted) setAnswer({ key, state: { status: "loaded", summary: parseRoomPreview(response) } });
      },
      (error: unknown) => {
        const info = toMembershipError(error, "summary");
        if (controller.signal.aborted || !info) return;
        const state: KnockSummaryState = { status: "error", code: info.code };
        if (info.retryAfterMs !== undefined) state.retryAfterMs = info.retryAfterMs;
        setAnswer({ key, state });
      },
    );
    return () => controller.abort();
  }, [client, roomIdOrAlias, viaKey, key]);

  return answer?.key === key ? answer.state : { status: "loading" };
}
