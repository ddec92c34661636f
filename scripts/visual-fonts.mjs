// The font every visual baseline is drawn with, read from Debian's fonts-dejavu-core and handed
// to the browser as a Vite virtual module. Loading the files ourselves (instead of naming a
// system family) means fontconfig never picks a different face on another machine, and a
// machine without the package fails loudly instead of drawing other glyphs.
import { readFileSync } from "node:fs";

/** Where Debian's `fonts-dejavu-core` installs its files. */
export const FONT_DIRECTORY = "/usr/share/fonts/truetype/dejavu";

/** The faces the visual harness registers: family, CSS weight and file in {@link FONT_DIRECTORY}. */
export const PINNED_FONT_FACES = [
  { family: "MMUI Visual Sans", weight: "400", file: "DejaVuSans.ttf" },
  { family: "MMUI Visual Sans", weight: "700", file: "DejaVuSans-Bold.ttf" },
  { family: "MMUI Visual Mono", weight: "400", file: "DejaVuSansMono.ttf" },
  { family: "MMUI Visual Mono", weight: "700", file: "DejaVuSansMono-Bold.ttf" },
];

const MODULE_ID = "virtual:mmui-visual-fonts";
const RESOLVED_ID = `\0${MODULE_ID}`;

function readFace(file) {
  const path = `${FONT_DIRECTORY}/${file}`;
  try {
    return readFileSync(path).toString("base64");
  } catch (cause) {
    throw new Error(`Visual tests need ${path}: install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core).`, {
      cause,
    });
  }
}

/**
 * Vite plugin serving `virtual:mmui-visual-fonts`: the pinned faces with their bytes as base64,
 * for `new FontFace(…)` in the browser. Only the `visual` Vitest project uses it.
 */
export function pinnedFonts() {
  return {
    name: "mmui-visual-fonts",
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const faces = PINNED_FONT_FACES.map((face) => ({ ...face, base64: readFace(face.file) }));
      return `export default ${JSON.stringify(faces)};`;
    },
  };
}
