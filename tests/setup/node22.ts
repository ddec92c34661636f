// The `node22` project holds what needs Node 22 (matrix-js-sdk 43): under an older Node it would
// fail on a missing built-in somewhere deep in the SDK, so say what is wrong up front instead.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  throw new Error(`The node22 project needs Node 22 or newer, and this is Node ${process.version}: run it with \`npm run test:node22\`.`);
}
