/** Builders for membership timeline events, shaped like Synapse's (prev_content in `unsigned`). */

/** An `m.room.member` event from `sender` about `stateKey`; `previous` becomes `unsigned.prev_content`. */
export function memberEvent(
  sender: string,
  stateKey: string,
  content: Record<string, unknown>,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  return {
    type: "m.room.member",
    sender,
    state_key: stateKey,
    content,
    event_id: `$${Math.random().toString(36).slice(2)}`,
    origin_server_ts: 1_795_710_047_000,
    unsigned: previous ? { prev_content: previous } : {},
  };
}

/** An `m.room.third_party_invite` event (`content` empty means revoked). */
export function thirdPartyInviteEvent(
  sender: string,
  token: string,
  content: Record<string, unknown>,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  return { type: "m.room.third_party_invite", sender, state_key: token, content, unsigned: previous ? { prev_content: previous } : {} };
}

export const ALICE = "@alice:localhost";
export const BOB = "@bob:localhost";
export const MALLORY = "@mallory:localhost";
