import type { Plugin } from "vite";

export declare const FONT_DIRECTORY: string;
export declare const PINNED_FONT_FACES: ReadonlyArray<{ family: string; weight: string; file: string }>;
export declare function pinnedFonts(): Plugin;
