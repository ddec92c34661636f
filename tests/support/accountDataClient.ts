/**
 * A recording in-memory account-data store, shaped like the `MembershipClient` port's
 * account-data calls. Values are stored and returned as JSON copies, like a server would.
 */
import type { AccountDataClient } from "../../src/core/accountData";

/** Creates the store with `initial` content per type; `calls` records `get <type>` / `set <type>`. */
export function createAccountDataClient(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  const calls: string[] = [];
  const client: AccountDataClient = {
    async getAccountData(type) {
      calls.push(`get ${type}`);
      await Promise.resolve();
      const value = data.get(type);
      return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
    },
    async setAccountData(type, content) {
      calls.push(`set ${type}`);
      await Promise.resolve();
      data.set(type, JSON.parse(JSON.stringify(content)));
    },
  };
  return { client, data, calls };
}
