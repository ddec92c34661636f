/**
 * matrix-js-sdk 43, what Matrix web clients ship today, installed as the `matrix-js-sdk-43`
 * alias. It needs Node 22 (it calls `Promise.withResolvers`, e.g. when its sync reconnects), so
 * only the `node22` Vitest project imports it (`npm run test:node22`).
 */
import { createClient } from "matrix-js-sdk-43";
import sdkPackage from "matrix-js-sdk-43/package.json";
import type { MatrixJsSdkUnderTest } from "./matrixJsSdkUnderTest";

/** SDK 43 under test. */
export const matrixJsSdk43: MatrixJsSdkUnderTest = { version: sdkPackage.version, createClient, keepsResponseHeaders: true };
