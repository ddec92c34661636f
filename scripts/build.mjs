#!/usr/bin/env node
// `npm run build`: the publishable package in dist/.
//   1. Vite library build (vite.config.ts) of both entries: dist/index.js (everything, with a
//      'use client' banner) and dist/core.js (framework-free, no banner), dist/styles.css, and
//      dist/compound.css (the optional mapping of --mmui-* to Element's Compound tokens, copied as is).
//   2. Type declarations with `tsc -p tsconfig.build.json` (declaration maps included), then
//      relative specifiers rewritten to the `.js` paths Node's ESM resolution needs, and
//      dist/core.d.ts pointing at the core's declarations.
// Usage: node scripts/build.mjs [--out-dir <dir>] [--skip-types]
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The directive that marks the React entry as client code for React Server Components bundlers. */
export const USE_CLIENT_BANNER = '"use client";';

/**
 * Vite config overrides for the library build: the banner goes on the `index` entry only
 * (core.js stays usable on a server), never on shared or lazily loaded chunks.
 * @param {string} outDir
 */
export function libraryBuildOverrides(outDir) {
  return {
    configFile: join(root, "vite.config.ts"),
    root,
    logLevel: /** @type {const} */ ("warn"),
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        output: {
          /** @param {{ isEntry: boolean, name: string }} chunk */
          banner: (chunk) => (chunk.isEntry && chunk.name === "index" ? USE_CLIENT_BANNER : ""),
        },
      },
    },
  };
}

/**
 * Builds the JavaScript and CSS of the package into `outDir` and returns the output chunks
 * (file name, entry flag, exports, the source modules in each, static and dynamic imports).
 * @param {string} outDir
 * @returns {Promise<import("./build.d.mts").BuiltChunk[]>}
 */
export async function buildJavaScript(outDir) {
  const result = await build(libraryBuildOverrides(outDir));
  // The exports map promises ./styles.css even while no component has styles yet.
  const styles = join(outDir, "styles.css");
  if (!existsSync(styles)) writeFileSync(styles, "/* matrix-membership-ui: no component styles */\n");
  // An opt-in stylesheet, never imported by a component: the exports map promises ./compound.css.
  copyFileSync(join(root, "src/components/theme/compound.css"), join(outDir, "compound.css"));
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ("output" in entry ? entry.output : []));
  return outputs
    .filter((output) => output.type === "chunk")
    .map((chunk) => ({
      fileName: chunk.fileName,
      name: chunk.name,
      isEntry: chunk.isEntry,
      exports: [...chunk.exports],
      moduleIds: [...chunk.moduleIds].map((id) => relative(root, id)),
      imports: [...chunk.imports],
      dynamicImports: [...chunk.dynamicImports],
    }));
}

/**
 * Emits the type declarations of both entries into `outDir` (after {@link buildJavaScript},
 * which empties it).
 * @param {string} outDir
 */
export function buildDeclarations(outDir) {
  const tsc = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json", "--outDir", outDir], {
    cwd: root,
    stdio: "inherit",
  });
  if (tsc.status !== 0) throw new Error("tsc -p tsconfig.build.json failed");
  for (const file of listFiles(outDir)) {
    if (file.endsWith(".d.ts")) writeFileSync(file, rewriteSpecifiers(readFileSync(file, "utf8"), file));
  }
  writeFileSync(
    join(outDir, "core.d.ts"),
    '/** `matrix-membership-ui/core`: the framework-free core. */\nexport * from "./core/index.js";\n',
  );
}

/**
 * Rewrites extensionless relative specifiers (`./core/index`, `../types`) in a declaration
 * file to `.js` paths, and drops side-effect CSS imports, so the declarations resolve under
 * `moduleResolution: node16` as well as `bundler`.
 * @param {string} source
 * @param {string} file the declaration file's path (specifiers resolve against its folder)
 */
export function rewriteSpecifiers(source, file) {
  const folder = dirname(file);
  const target = (/** @type {string} */ specifier) => {
    if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
    if (existsSync(join(folder, `${specifier}.d.ts`))) return `${specifier}.js`;
    if (existsSync(join(folder, specifier, "index.d.ts"))) return `${specifier}/index.js`;
    return specifier;
  };
  return source
    .replace(/^import\s+["'][^"']+\.css["'];?\s*$/gm, "")
    .replace(/(\bfrom\s+["'])(\.{1,2}\/[^"']*)(["'])/g, (_, before, specifier, after) => before + target(specifier) + after)
    .replace(/(\bimport\(\s*["'])(\.{1,2}\/[^"']*)(["'])/g, (_, before, specifier, after) => before + target(specifier) + after);
}

/** @param {string} folder @returns {string[]} */
function listFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

async function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out-dir");
  const outDir = resolve(root, outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : "dist");
  const started = Date.now();
  await buildJavaScript(outDir);
  if (!args.includes("--skip-types")) buildDeclarations(outDir);
  console.log(`built ${relative(root, outDir) || "."} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
