/** matrix-js-sdk as the project's devDependency installs it (`matrix-js-sdk`), the version the other tests use. */
import { createClient } from "matrix-js-sdk";
import sdkPackage from "matrix-js-sdk/package.json";
import type { MatrixJsSdkUnderTest } from "./matrixJsSdkUnderTest";

/** The devDependency's SDK under test. */
export const matrixJsSdkInstalled: MatrixJsSdkUnderTest = { version: sdkPackage.version, createClient, keepsResponseHeaders: true };
