/** One JavaScript chunk of the library build. */
export interface BuiltChunk {
  /** Path inside the output folder, e.g. `index.js`. */
  fileName: string;
  /** Chunk name (`index`, `core`, or a shared/lazy chunk's name). */
  name: string;
  /** Whether the chunk is one of the package entries. */
  isEntry: boolean;
  /** Names the chunk exports. */
  exports: string[];
  /** Source modules bundled into the chunk, relative to the repository root. */
  moduleIds: string[];
  /** Chunks it imports statically. */
  imports: string[];
  /** Chunks it loads with `import()`. */
  dynamicImports: string[];
}
export declare const USE_CLIENT_BANNER: string;
export declare function libraryBuildOverrides(outDir: string): object;
export declare function buildJavaScript(outDir: string): Promise<BuiltChunk[]>;
export declare function buildDeclarations(outDir: string): void;
export declare function rewriteSpecifiers(source: string, file: string): string;
