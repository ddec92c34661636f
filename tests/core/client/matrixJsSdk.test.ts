import { matrixJsSdkInstalled } from "../../support/matrixJsSdkInstalled";
import { describeMatrixJsSdkAdapter } from "./matrixJsSdkScenarios";

describeMatrixJsSdkAdapter(matrixJsSdkInstalled);
