import { matrixJsSdk34 } from "../../support/matrixJsSdk34";
import { describeMatrixJsSdkAdapter } from "./matrixJsSdkScenarios";

describeMatrixJsSdkAdapter(matrixJsSdk34);
