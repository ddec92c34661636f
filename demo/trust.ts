/**
 * What the demo knows about the people around the user, for `assessInvite`'s context: the
 * members of the rooms the user has joined (`GET /joined_rooms`, then each room's
 * `GET /joined_members`), as known user IDs and display names. The library's port has no
 * such call (a host client has its own room list); a real client would read its store.
 */
import { useEffect, useState } from "react";
import type { Session } from "./session";

/** The people the user shares rooms with. */
export interface KnownPeople {
  knownUserIds: ReadonlySet<string>;
  knownDisplayNames: ReadonlyMap<string, string>;
}

/**
 * The demo's grading, for the cards and the inbox's groups alike: the user's own media setting
 * decides avatars for unknown senders too (they chose to see invite avatars); suspicious
 * senders keep the library's default (no avatars, folded "Probably spam" group).
 */
export const GRADING = { unknown: { avatars: "show" } } as const;

/** Rooms read at most: enough for a demo account, bounded for a busy one. */
const MAX_ROOMS = 50;

async function getJson(session: Session, path: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(`${session.baseUrl}/_matrix/client/v3${path}`, { headers: { Authorization: `Bearer ${session.accessToken}` }, signal });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json() as Promise<unknown>;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** Reads the members of the user's joined rooms; rooms that fail to answer are skipped. */
export async function fetchKnownPeople(session: Session, signal: AbortSignal): Promise<KnownPeople> {
  const rooms = field(await getJson(session, "/joined_rooms", signal), "joined_rooms");
  const roomIds = Array.isArray(rooms) ? rooms.filter((roomId): roomId is string => typeof roomId === "string").slice(0, MAX_ROOMS) : [];
  const knownUserIds = new Set<string>();
  const knownDisplayNames = new Map<string, string>();
  for (const roomId of roomIds) {
    const joined = field(await getJson(session, `/rooms/${encodeURIComponent(roomId)}/joined_members`, signal).catch(() => undefined), "joined");
    if (typeof joined !== "object" || joined === null) continue;
    for (const [userId, member] of Object.entries(joined)) {
      if (userId === session.userId) continue;
      knownUserIds.add(userId);
      const name = field(member, "display_name");
      if (typeof name === "string" && name !== "") knownDisplayNames.set(userId, name);
    }
  }
  return { knownUserIds, knownDisplayNames };
}

/**
 * The people the user shares rooms with, read again whenever `refreshKey` changes (a room
 * joined in this session). `undefined` until the first answer: senders are then unknown.
 */
export function useKnownPeople(session: Session, refreshKey: number): KnownPeople | undefined {
  const [known, setKnown] = useState<KnownPeople>();
  useEffect(() => {
    const controller = new AbortController();
    fetchKnownPeople(session, controller.signal).then(
      (people) => {
        if (!controller.signal.aborted) setKnown(people);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [session, refreshKey]);
  return known;
}
