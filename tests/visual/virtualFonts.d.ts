/** The pinned font faces served by `pinnedFonts()` (scripts/visual-fonts.mjs). */
declare module "virtual:mmui-visual-fonts" {
  /** One face: family name, CSS weight, source file and its bytes as base64. */
  const faces: ReadonlyArray<{ family: string; weight: string; file: string; base64: string }>;
  export default faces;
}
