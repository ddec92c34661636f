import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

export default tseslint.config(
  {
    ignores: ["dist/", "storybook-static/", "coverage/", ".cache/", "node_modules/", "test-results/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Network text is plain text: never render it as HTML.",
        },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ["src/**/*.tsx", "demo/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The core is framework-free: parsing, rules, HTTP and flows must run without React.
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "src/core must not import React." },
            { group: ["**/hooks/**", "**/components/**", "**/i18n/**"], message: "src/core must not import UI layers." },
            { group: ["matrix-js-sdk", "matrix-js-sdk/*"], message: "The SDK is typed structurally; never imported." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/hooks/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/components/**"], message: "Hooks never import components." }] },
      ],
    },
  },
  {
    // Tests assert that control characters never survive cleaning, so they name them in regexes.
    files: ["tests/**/*.{ts,tsx}"],
    rules: { "no-control-regex": "off" },
  },
);
