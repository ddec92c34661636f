// A tiny static server for the built demo (.cache/demo-dist): no inline anything, so the
// page's Content-Security-Policy holds, and every response carries the demo's security
// headers (demo/securityHeaders.mjs: the CSP with frame-ancestors 'none', X-Frame-Options,
// Referrer-Policy). Usage: node demo/serve.mjs [--port 5173] [--host 127.0.0.1]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { securityHeaders } from "./securityHeaders.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/**
 * Serves `directory` on `host:port` (port 0 picks a free one), with the demo's security
 * headers on every response. Unknown paths get index.html.
 * @param {{ directory?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveDemo(options = {}) {
  const directory = resolve(options.directory ?? fileURLToPath(new URL("../.cache/demo-dist", import.meta.url)));
  const headers = securityHeaders();
  const server = createServer((request, response) => {
    let pathname = "/";
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    } catch {
      // A malformed escape: serve the page rather than fail.
    }
    let file = normalize(join(directory, pathname));
    if (!file.startsWith(`${directory}/`) || !existsSync(file) || statSync(file).isDirectory()) file = join(directory, "index.html");
    response.writeHead(200, {
      ...headers,
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServe, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolveServe({
        url: `http://${options.host ?? "127.0.0.1"}:${port}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argument = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const directory = fileURLToPath(new URL("../.cache/demo-dist", import.meta.url));
  if (!existsSync(join(directory, "index.html"))) {
    console.error("No demo build found: run `npx vite build --config demo/vite.config.ts` first.");
    process.exit(1);
  }
  const { url } = await serveDemo({ directory, port: Number(argument("port", "5173")), host: argument("host", "127.0.0.1") });
  console.log(`Demo: ${url}  (Ctrl-C stops it)`);
}
