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
  // One direction between the layers (docs/ARCHITECTURE.md): components use hooks, i18n and
  // the core; hooks use the core; i18n uses the core; the core uses none of them. Each
  // pattern names the folder itself too, so an import of a layer's index is caught as well.
  {
    // The core is framework-free: parsing, rules, HTTP and flows must run without React.
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "src/core must not import React." },
            {
              group: ["**/hooks", "**/hooks/**", "**/components", "**/components/**", "**/i18n", "**/i18n/**"],
              message: "src/core must not import UI layers.",
            },
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
        {
          patterns: [
            { group: ["**/components", "**/components/**"], message: "Hooks never import components." },
            { group: ["**/i18n", "**/i18n/**"], message: "Hooks return error codes, not words: only components use i18n." },
          ],
        },
      ],
    },
  },
  {
    // i18n turns the core's codes and names into words; it sits below hooks and components.
    files: ["src/i18n/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/components", "**/components/**"],
              message: "src/i18n never imports components: React that renders network text belongs in src/components.",
            },
            { group: ["**/hooks", "**/hooks/**"], message: "src/i18n never imports hooks: it uses the core only." },
          ],
        },
      ],
    },
  },
  {
    // Tests assert that control characters never survive cleaning, so they name them in regexes.
    files: ["tests/**/*.{ts,tsx}"],
    rules: { "no-control-regex": "off" },
  },
);
