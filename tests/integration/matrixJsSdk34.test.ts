import { matrixJsSdk34 } from "../support/matrixJsSdk34";
import { describeMatrixJsSdkAgainstSynapse } from "./matrixJsSdkScenarios";

describeMatrixJsSdkAgainstSynapse(matrixJsSdk34);
