/** A running static server for the built demo. */
export interface DemoServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}
/** Serves the built demo (`.cache/demo-dist` by default); unknown paths get `index.html`. */
export declare function serveDemo(options?: { directory?: string; port?: number; host?: string }): Promise<DemoServer>;
