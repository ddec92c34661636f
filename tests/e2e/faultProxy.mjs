// A small HTTP proxy between the demo page and Synapse with switchable faults, for the
// end-to-end tests. Types: faultProxy.d.mts. CORS preflights always pass through untouched.
import { createServer, request as httpRequest } from "node:http";

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "X-Requested-With, Content-Type, Authorization, Date",
  "Access-Control-Expose-Headers": "Retry-After",
};

const sleep = (milliseconds, signal) =>
  new Promise((resolveSleep) => {
    const timer = setTimeout(resolveSleep, milliseconds);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolveSleep();
    });
  });

/**
 * Starts the proxy on 127.0.0.1 (a free port) in front of `target`.
 * @param {{ target: string }} options
 * @returns {Promise<import("./faultProxy.d.mts").FaultProxy>}
 */
export async function startFaultProxy(options) {
  const target = new URL(options.target);
  /** @type {import("./faultProxy.d.mts").FaultRule[]} */
  let rules = [];
  /** @type {import("./faultProxy.d.mts").ProxiedRequest[]} */
  const log = [];
  const closing = new AbortController();
  /** @type {Set<{ path: string, socket: import("node:net").Socket }>} */
  const inFlight = new Set();

  function takeRule(method, path) {
    const now = Date.now();
    for (const rule of rules) {
      if (rule.method !== undefined && rule.method !== method) continue;
      if (!rule.path.test(path)) continue;
      if (rule.until !== undefined && now >= rule.until) continue;
      if (rule.times !== undefined && rule.times <= 0) continue;
      if (rule.every !== undefined) {
        // Every n-th matching request: the others pass through untouched.
        rule.seen = (rule.seen ?? 0) + 1;
        if (rule.seen % rule.every !== 0) continue;
      }
      if (rule.times !== undefined) rule.times -= 1;
      rule.hits = (rule.hits ?? 0) + 1;
      return rule;
    }
    return undefined;
  }

  function forward(clientRequest, body) {
    return new Promise((resolveForward, reject) => {
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: clientRequest.method,
          path: clientRequest.url,
          headers: { ...clientRequest.headers, host: target.host },
        },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () => resolveForward({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on("error", reject);
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });
  }

  function respondJson(response, status, json, extraHeaders = {}) {
    const payload = JSON.stringify(json);
    response.writeHead(status, { ...CORS_HEADERS, "Content-Type": "application/json", ...extraHeaders });
    response.end(payload);
  }

  const server = createServer(async (clientRequest, response) => {
    const method = clientRequest.method ?? "GET";
    const path = new URL(clientRequest.url ?? "/", "http://proxy").pathname;
    const chunks = [];
    for await (const chunk of clientRequest) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const rule = method === "OPTIONS" ? undefined : takeRule(method, path);
    const entry = { method, path, at: Date.now(), fault: rule?.fault, status: 0 };
    log.push(entry);
    const open = { path, socket: clientRequest.socket };
    inFlight.add(open);
    response.once("close", () => inFlight.delete(open));
    try {
      switch (rule?.fault) {
        case "status": {
          const headers = {};
          if (rule.retryAfterSeconds !== undefined) headers["Retry-After"] = String(rule.retryAfterSeconds);
          const errcode = rule.errcode ?? (rule.status === 429 ? "M_LIMIT_EXCEEDED" : "M_UNKNOWN");
          const json = { errcode, error: `Injected ${rule.status} by the fault proxy` };
          if (rule.status === 429 && rule.retryAfterSeconds !== undefined) json.retry_after_ms = rule.retryAfterSeconds * 1000;
          entry.status = rule.status ?? 500;
          respondJson(response, entry.status, json, headers);
          return;
        }
        case "drop":
          // The request reaches the server and takes effect; the answer never reaches the page.
          await forward(clientRequest, body);
          entry.status = -1;
          clientRequest.socket.destroy();
          return;
        case "stall":
          await sleep(rule.delayMs ?? 10_000, closing.signal);
          break;
        case undefined:
          break;
        default:
          throw new Error(`Unknown fault ${String(rule?.fault)}`);
      }
      const answer = await forward(clientRequest, body);
      entry.status = answer.status;
      const headers = { ...answer.headers };
      delete headers["transfer-encoding"];
      delete headers["content-length"];
      response.writeHead(answer.status, headers);
      response.end(answer.body);
    } catch (error) {
      entry.status = 502;
      if (!response.headersSent) respondJson(response, 502, { errcode: "M_UNKNOWN", error: `Proxy: ${String(error)}` });
      else response.destroy();
    }
  });
  server.keepAliveTimeout = 1_000;

  await new Promise((resolveListen) => server.listen(0, "127.0.0.1", resolveListen));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    requests: log,
    addFault(rule) {
      const stored = { ...rule, hits: 0, seen: 0 };
      rules.push(stored);
      return stored;
    },
    clearFaults() {
      rules = [];
    },
    reset() {
      rules = [];
      log.length = 0;
    },
    cutInFlight(path) {
      let cut = 0;
      for (const open of inFlight) {
        if (!path.test(open.path)) continue;
        open.socket.destroy();
        inFlight.delete(open);
        cut += 1;
      }
      return cut;
    },
    count(method, path) {
      return log.filter((item) => item.method === method && path.test(item.path)).length;
    },
    close() {
      closing.abort();
      return new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
    },
  };
}
