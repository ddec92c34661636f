import { matrixJsSdkInstalled } from "../support/matrixJsSdkInstalled";
import { describeMatrixJsSdkAgainstSynapse } from "./matrixJsSdkScenarios";

describeMatrixJsSdkAgainstSynapse(matrixJsSdkInstalled);
