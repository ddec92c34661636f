/**
 * matrix-js-sdk 34.0.0, the floor of the peer range (`>=34`), installed as the
 * `matrix-js-sdk-34` alias. Versions before 34.5 ship extension-less ES modules that load
 * only through a bundler (as clients use them), which Vitest's transform stands in for.
 */
import { createClient } from "matrix-js-sdk-34";
import sdkPackage from "matrix-js-sdk-34/package.json";
import type { MatrixJsSdkUnderTest } from "./matrixJsSdkUnderTest";

/** SDK 34 under test. */
export const matrixJsSdk34: MatrixJsSdkUnderTest = { version: sdkPackage.version, createClient, keepsResponseHeaders: false };
