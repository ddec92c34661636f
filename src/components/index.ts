/** Ready-made components. Each folder's `index.ts` lists what it makes public. */
export * from "./shared/index";
