/** One public entry of the package and its committed API report. */
export interface ApiEntry {
  /** The specifier a consumer imports, e.g. `matrix-membership-ui/core`. */
  name: string;
  /** The entry's declaration file, relative to the emitted declarations folder. */
  declarations: string;
  /** The committed report, relative to the repository root. */
  report: string;
}
export declare const ENTRIES: ApiEntry[];
export declare const RULES: { extractor: Record<string, "report" | "off">; tsdoc: "report" | "off" };
export declare const FATAL_RULES: string[];
export declare function normalizeReport(text: string, entryName: string): string;
export declare function countFindings(text: string): Record<string, number>;
