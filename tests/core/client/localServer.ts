/**
 * A real HTTP server on a free local port, for the client tests that need what a fake
 * `fetch` cannot show: redirects followed (or not) by the real `fetch`, and how many bytes
 * a streamed answer got out before the client hung up.
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  authorization: string | undefined;
  /** The body as text ("" when none). */
  body: string;
}

/** A running server. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every request received, in order. */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts a server that records each request (its body read in full) and answers it with `handle`. */
export async function startLocalServer(
  handle: (request: ReceivedRequest, response: ServerResponse) => void | Promise<void> = (_request, response) => {
    response.end();
  },
): Promise<LocalServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((incoming: IncomingMessage, response) => {
    let body = "";
    incoming.setEncoding("utf8");
    incoming.on("data", (chunk: string) => (body += chunk));
    incoming.on("end", () => {
      const request = { method: incoming.method ?? "", url: incoming.url ?? "", authorization: incoming.headers.authorization, body };
      received.push(request);
      void handle(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What {@link streamBytes} managed to send. */
export interface StreamedBytes {
  /** Bytes the socket accepted before the client hung up (or all of them). */
  written: number;
  /** Whether the whole answer went out. */
  finished: boolean;
}

/**
 * Streams `total` bytes of `chunk` repeated, honouring back-pressure: the server only writes
 * as fast as the client reads (plus the sockets' buffers), and stops when the client hangs up.
 */
export async function streamBytes(response: ServerResponse, total: number, chunk: Uint8Array): Promise<StreamedBytes> {
  let written = 0;
  let closed = false;
  response.once("close", () => (closed = true));
  while (written < total && !closed) {
    const flushed = response.write(chunk);
    written += chunk.byteLength;
    if (!flushed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off("drain", done);
          response.off("close", done);
          resolve();
        };
        response.on("drain", done);
        response.on("close", done);
      });
    }
  }
  if (!closed) response.end();
  return { written, finished: !closed };
}
