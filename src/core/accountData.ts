/**
 * One way to read and write every account-data setting the invite UI honours: a setting is
 * described once ({@link AccountDataSetting}: its types, how to parse it, how to change it),
 * and {@link readSetting} / {@link writeSetting} do the requests. The four settings live in
 * `accountDataSettings.ts`.
 *
 * Content is untrusted (it comes from `GET /account_data/{type}` or from `/sync`, written by
 * any client): parsing never throws. Every write is a read-modify-write that keeps the keys
 * it does not own, so settings written by other clients survive.
 */
import type { MembershipClient, RequestOptions } from "./client/types";

/** The account data calls of the {@link MembershipClient} port, all a setting needs. */
export type AccountDataClient = Pick<MembershipClient, "getAccountData" | "setAccountData">;

/** Where a setting was read from: the stable type, the unstable fallback, or neither (defaults). */
export type AccountDataSource = "stable" | "unstable" | "default";

/**
 * One account-data setting: where it is stored, how its untrusted content becomes a safe
 * value, and how a change becomes new content. Descriptors are plain constants; pass the same
 * object every time (hooks read it again when it changes).
 *
 * @typeParam Value - What the setting means to the UI (e.g. the set of ignored user IDs).
 * @typeParam Change - What a caller asks to change (e.g. `{ add: userId }`).
 */
export interface AccountDataSetting<Value, Change> {
  /** The stable account data type (e.g. `m.ignored_user_list`): read first, and always the one written. */
  readonly type: string;
  /** The unstable (MSC) type, read only when the stable one is absent. Never written. */
  readonly unstableType?: string;
  /**
   * Whether a write starts from the unstable content when the stable type is absent, so moving
   * to the stable type keeps the setting's other keys. Otherwise a write starts from the
   * stable content alone.
   */
  readonly migrateUnstableOnWrite?: boolean;
  /** The value when the user never set the setting (neither type exists): the spec's default. */
  readonly defaultValue: Value;
  /**
   * Turns untrusted content into a value; never throws. Content it cannot read (`undefined`
   * included) gives the safe choice, which is also what hooks show until the server answers.
   */
  parse(content: unknown): Value;
  /**
   * The new content with `change` applied to `current` (the content on the server, untrusted,
   * possibly absent or malformed). Keeps every key the change does not own; never modifies
   * `current`.
   */
  write(current: unknown, change: Change): Record<string, unknown>;
  /** Whether `current` already holds `change`, so nothing is written. Without it, every change is written. */
  alreadyApplied?(current: unknown, change: Change): boolean;
  /** Throws a `TypeError` for a change that must never be written (an invalid user ID), before any request. */
  validate?(change: Change): void;
}

/** A setting's value and where it came from, as {@link readSetting} resolves it. */
export interface ReadSettingResult<Value> {
  /** The parsed value, or the setting's default when neither type exists. */
  value: Value;
  /** Which account data type the value came from. */
  source: AccountDataSource;
}

/**
 * Reads a setting from the server: the stable type, then (only when the stable one is absent)
 * the unstable type; with neither, the setting's default.
 *
 * @example
 * ```ts
 * const { value: ignored } = await readSetting(client, ignoredUserList);
 * ignored.has("@spam:example.org");
 * ```
 */
export async function readSetting<Value>(
  client: AccountDataClient,
  setting: AccountDataSetting<Value, never>,
  options: RequestOptions = {},
): Promise<ReadSettingResult<Value>> {
  const { value, source } = await readSettingContent(client, setting, options);
  return { value, source };
}

/**
 * Applies a change with a read-modify-write of the stable type that keeps every other key.
 * Resolves `true` when the content was written, `false` when it already held the change (no
 * write). Writes of one setting on one client run one at a time, so two quick changes never
 * drop each other. Rejects with a `TypeError`, before any request, for an invalid change.
 *
 * @example
 * ```ts
 * await writeSetting(client, ignoredUserList, { add: "@spam:example.org" });
 * await writeSetting(client, invitePermissionConfig, { blockAll: true });
 * ```
 */
export async function writeSetting<Value, Change>(
  client: AccountDataClient,
  setting: AccountDataSetting<Value, Change>,
  change: Change,
  options: RequestOptions = {},
): Promise<boolean> {
  return (await writeSettingContent(client, setting, change, options)).written;
}

/** What {@link readSettingContent} found: the value, its source, and the content it was parsed from. @internal */
export interface SettingContent<Value> extends ReadSettingResult<Value> {
  /** The raw content the value was parsed from (`undefined` for the default). */
  content: unknown;
}

/** {@link readSetting}, also returning the raw content (the hook builds optimistic values from it). @internal */
export async function readSettingContent<Value>(
  client: AccountDataClient,
  setting: AccountDataSetting<Value, never>,
  options: RequestOptions,
): Promise<SettingContent<Value>> {
  const signal = options.signal;
  const stable = await client.getAccountData(setting.type, { signal });
  const unstable =
    stable === undefined && setting.unstableType !== undefined ? await client.getAccountData(setting.unstableType, { signal }) : undefined;
  return resolveSetting(setting, stable, unstable);
}

/** What {@link writeSettingContent} did: whether it wrote, and what the stable type now holds. @internal */
export interface SettingWrite<Value> {
  /** `false` when the content already held the change (no request). */
  written: boolean;
  /** The stable type's content after the change (`undefined` when absent and nothing was written). */
  content: unknown;
  /** That content, parsed (the default when absent). */
  value: Value;
}

/** {@link writeSetting}, also returning what the server now holds (the hook shows it). @internal */
export function writeSettingContent<Value, Change>(
  client: AccountDataClient,
  setting: AccountDataSetting<Value, Change>,
  change: Change,
  options: RequestOptions,
): Promise<SettingWrite<Value>> {
  try {
    setting.validate?.(change);
  } catch (error) {
    return Promise.reject(error);
  }
  // The signal, and the caller's 429 retries (a bulk run passes 0 and waits visibly itself).
  const requestOptions: RequestOptions = { signal: options.signal };
  if (options.rateLimitRetries !== undefined) requestOptions.rateLimitRetries = options.rateLimitRetries;
  return serialize(client, setting.type, async () => {
    let current: unknown = await client.getAccountData(setting.type, requestOptions);
    if (current === undefined && setting.migrateUnstableOnWrite === true && setting.unstableType !== undefined) {
      current = await client.getAccountData(setting.unstableType, requestOptions);
    }
    if (setting.alreadyApplied?.(current, change) === true) return { written: false, content: current, value: valueOf(setting, current) };
    const content = setting.write(current, change);
    await client.setAccountData(setting.type, content, requestOptions);
    return { written: true, content, value: setting.parse(content) };
  });
}

/**
 * Resolves a setting from account data already at hand (the `account_data` of a `/sync`),
 * keyed by type, with the same rule as {@link readSetting}.
 *
 * @internal
 */
export function settingFromContents<Value>(
  setting: AccountDataSetting<Value, never>,
  contents: ReadonlyMap<string, unknown>,
): ReadSettingResult<Value> {
  const stable = contents.get(setting.type);
  const unstable = setting.unstableType === undefined ? undefined : contents.get(setting.unstableType);
  const { value, source } = resolveSetting(setting, stable, unstable);
  return { value, source };
}

/** The account data types a setting is read from: the stable one, then the unstable one. @internal */
export function accountDataTypes(setting: AccountDataSetting<unknown, never>): string[] {
  return setting.unstableType === undefined ? [setting.type] : [setting.type, setting.unstableType];
}

function resolveSetting<Value>(setting: AccountDataSetting<Value, never>, stable: unknown, unstable: unknown): SettingContent<Value> {
  if (isPresent(stable)) return { value: setting.parse(stable), source: "stable", content: stable };
  if (isPresent(unstable)) return { value: setting.parse(unstable), source: "unstable", content: unstable };
  return { value: setting.defaultValue, source: "default", content: undefined };
}

function valueOf<Value>(setting: AccountDataSetting<Value, never>, content: unknown): Value {
  return isPresent(content) ? setting.parse(content) : setting.defaultValue;
}

function isPresent(content: unknown): boolean {
  return content !== undefined && content !== null;
}

// One queue per client and account data type, so read-modify-writes never interleave.
const queues = new WeakMap<object, Map<string, Promise<unknown>>>();

function serialize<T>(client: object, type: string, task: () => Promise<T>): Promise<T> {
  let byType = queues.get(client);
  if (!byType) {
    byType = new Map();
    queues.set(client, byType);
  }
  const previous = byType.get(type) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  byType.set(type, settled);
  void settled.then(() => {
    if (byType.get(type) === settled) byType.delete(type);
  });
  return run;
}
