export declare const chromiumArgs: string[];
export declare const screenshotArgs: string[];
export declare function findChromium(): string | undefined;
export declare function chromiumPath(): string;
export declare function chromiumLaunchOptions(options?: { lazy?: boolean }): {
  executablePath: string;
  args: string[];
  headless: boolean;
};
