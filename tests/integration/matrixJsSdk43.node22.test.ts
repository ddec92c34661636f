import { matrixJsSdk43 } from "../support/matrixJsSdk43";
import { describeMatrixJsSdkAgainstSynapse } from "./matrixJsSdkScenarios";

describeMatrixJsSdkAgainstSynapse(matrixJsSdk43);
