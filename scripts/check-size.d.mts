/** Size of what one consumer entry loads before its own code runs. */
export interface ConsumerSize {
  /** Minified bytes of the entry chunk and its static imports. */
  minified: number;
  /** Gzipped (level 9) bytes of the same, summed per chunk. */
  gzip: number;
  /** Minified bytes that come from runtime dependencies, not from this package. */
  dependencies: number;
  /** Non-English locale chunks found in the static closure (must be empty). */
  bundledLocales: string[];
  /** Chunks left for `import()` (lazy locales). */
  lazyChunks: number;
}
/** Everything {@link measureBundleSizes} finds. */
export interface SizeReport {
  full: ConsumerSize;
  /** The full entry for a host without matrix-js-sdk: the dependencies shared with it bundled too (no budget). */
  fullWithoutSdk: ConsumerSize;
  core: ConsumerSize;
  component: ConsumerSize & { name: string };
  /** One framework-free export (`name`, summarizeInvite) imported alone from `/core`. */
  coreFunction: ConsumerSize & { name: string };
  /** One framework-free export (`name`) imported from the main entry and from `/core`. */
  frameworkFree: { name: string; fromIndex: ConsumerSize; fromCore: ConsumerSize };
  css: { minified: number; gzip: number };
  lazyLocaleFiles: string[];
  coreImportsReact: boolean;
  indexHasUseClient: boolean;
  coreHasUseClient: boolean;
  notes: string[];
}
/** The measured consumers with a budget. */
export type BudgetKey = "full" | "core" | "component" | "coreFunction";
export declare const BUDGETS: Record<BudgetKey, number>;
export declare const BUDGET_KEYS: readonly BudgetKey[];
export declare function label(report: SizeReport, key: BudgetKey): string;
export declare const EXTERNAL: string[];
export declare const SHARED_WITH_SDK: string[];
export declare function measureBundleSizes(options?: { keep?: boolean }): Promise<SizeReport>;
export declare function findBudgetViolations(report: SizeReport): string[];
export declare function formatSizeReport(report: SizeReport): string[];
export declare function kib(bytes: number): string;
export declare function explainSizes(component: string): Promise<string[]>;
