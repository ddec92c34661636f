/**
 * Helpers shared by the integration tests of the HTTP client, the flows and the SDK adapter:
 * a client under test bound to a harness user, scenario set-up (an invite that has reached the
 * invitee's /sync), and waiting for an invite store to get somewhere.
 */
import { createMatrixHttpClient, type MatrixHttpClient, type MatrixHttpClientOptions } from "../../src/core/client/http";
import type { MatrixRequestInfo } from "../../src/core/client/request";
import type { InviteEntry, InviteStore } from "../../src/core/store/inviteStore";
import { homeserver, waitForSync, type HomeserverConnection, type TestUser } from "./synapse/context";
import type { CreateRoomOptions } from "./synapse/api.d.mts";

/** A fetch-based client for `user`, recording every request it sends. */
export function clientFor(
  user: Pick<TestUser, "accessToken" | "userId">,
  options: Partial<MatrixHttpClientOptions> & { server?: HomeserverConnection } = {},
): { client: MatrixHttpClient; requests: MatrixRequestInfo[] } {
  const requests: MatrixRequestInfo[] = [];
  const { server, ...rest } = options;
  const client = createMatrixHttpClient({
    baseUrl: (server ?? homeserver()).baseUrl,
    accessToken: user.accessToken,
    userId: user.userId,
    ...rest,
    onRequest: (info) => {
      requests.push(info);
      rest.onRequest?.(info);
    },
  });
  return { client, requests };
}

/** The raw invite entry (`rooms.invite[roomId]`) from the invitee's /sync. */
export interface SyncedInvite {
  roomId: string;
  inviteState: { events: { type: string; state_key: string; sender: string; content: Record<string, unknown> }[] };
}

/**
 * `inviter` creates a room with `room` options and invites `invitee` (with `reason`); resolves
 * once the invite is in the invitee's /sync, with its stripped state.
 */
export async function createInvite(
  inviter: TestUser,
  invitee: TestUser,
  room: CreateRoomOptions = {},
  reason?: string,
): Promise<SyncedInvite> {
  const roomId = await inviter.api.createRoom({ preset: "private_chat", ...room });
  await inviter.api.invite(roomId, invitee.userId, reason);
  return waitForInvite(invitee, roomId);
}

/** Waits until `roomId` is an invite in `user`'s /sync. */
export async function waitForInvite(user: TestUser, roomId: string): Promise<SyncedInvite> {
  const entry = await waitForSync(user.api, (sync) => sync.rooms?.invite?.[roomId]);
  return { roomId, inviteState: entry.invite_state };
}

/** `userId`'s membership content in `roomId`, read by `reader` (a member) from the server. */
export async function memberContent(reader: TestUser, roomId: string, userId: string): Promise<Record<string, unknown>> {
  return reader.api.getStateEvent(roomId, "m.room.member", userId);
}

/** Resolves once the store's snapshot satisfies `predicate`; fails after `timeoutMs`. */
export function waitForSnapshot(store: InviteStore, predicate: (entries: readonly InviteEntry[]) => boolean, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (!predicate(store.getSnapshot())) return false;
      unsubscribe();
      clearTimeout(timer);
      resolve();
      return true;
    };
    const unsubscribe = store.subscribe(check);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`the store never got there; it holds ${JSON.stringify(store.getSnapshot().map((entry) => [entry.kind, entry.roomId]))}`));
    }, timeoutMs);
    check();
  });
}

/** A {@link waitForSnapshot} predicate: the store lists `roomId` as `kind` (an invite by default). */
export const has = (roomId: string, kind: InviteEntry["kind"] = "invite") => (entries: readonly InviteEntry[]) =>
  entries.some((entry) => entry.roomId === roomId && entry.kind === kind);
/** A {@link waitForSnapshot} predicate: the store no longer lists `roomId`. */
export const lacks = (roomId: string) => (entries: readonly InviteEntry[]) => !entries.some((entry) => entry.roomId === roomId);

export { silentLogger } from "../support/silentLogger";
