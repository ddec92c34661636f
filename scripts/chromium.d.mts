export declare const chromiumArgs: string[];
export declare function chromiumPath(): string;
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: boolean };
