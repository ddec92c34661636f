import { matrixJsSdk43 } from "../../support/matrixJsSdk43";
import { describeMatrixJsSdkAdapter } from "./matrixJsSdkScenarios";

describeMatrixJsSdkAdapter(matrixJsSdk43);
