/** What a fault does to a matching request. */
export type FaultKind =
  /** Answer with `status` (500, 429 with `Retry-After`, 502…) without asking Synapse. */
  | "status"
  /** Forward to Synapse (so the request takes effect), then drop the page's connection before any answer. */
  | "drop"
  /** Hold the request `delayMs` (default 10 s), then forward it. */
  | "stall";

/** One switchable fault. Rules are checked in the order they were added; the first live match applies. */
export interface FaultRule {
  fault: FaultKind;
  /** HTTP method to match; any when omitted. */
  method?: string;
  /** Path to match (the query string is not part of it). */
  path: RegExp;
  /** How many requests it applies to; unlimited when omitted. */
  times?: number;
  /** Stops applying at this time (ms since the epoch): "failing for a while". */
  until?: number;
  /** Applies only to every n-th matching request (5: the fifth, tenth…); the others pass through. */
  every?: number;
  /** For `status`. */
  status?: number;
  /** For `status`: the answer's `errcode` (default `M_LIMIT_EXCEEDED` for a 429, else `M_UNKNOWN`), e.g. `M_UNRECOGNIZED` for an older server. */
  errcode?: string;
  /** For a 429: the `Retry-After` header (and `retry_after_ms`). */
  retryAfterSeconds?: number;
  /** For `stall`. */
  delayMs?: number;
  /** How many requests it has applied to so far. */
  hits?: number;
  /** How many requests matched it so far (for `every`). */
  seen?: number;
}

/** A request that went through the proxy. */
export interface ProxiedRequest {
  method: string;
  path: string;
  at: number;
  /** The fault applied, if any. */
  fault: FaultKind | undefined;
  /** The status sent to the page; -1 when the connection was dropped. */
  status: number;
}

/** A running proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: give this to the page as its homeserver. */
  url: string;
  /** Every request seen, in order. */
  requests: ProxiedRequest[];
  /** Adds a fault; returns the stored rule (its `hits` counts matches). */
  addFault(rule: FaultRule): FaultRule;
  /** Removes every fault. */
  clearFaults(): void;
  /** Removes every fault and forgets the request log (between tests). */
  reset(): void;
  /** Drops the connections of requests in flight whose path matches (e.g. a /sync long-poll); returns how many. */
  cutInFlight(path: RegExp): number;
  /** How many requests matched `method` and `path` (CORS preflights have method OPTIONS). */
  count(method: string, path: RegExp): number;
  /** Stops the proxy, cutting open connections. */
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1 in front of `target` (the Synapse base URL). */
export declare function startFaultProxy(options: { target: string }): Promise<FaultProxy>;
