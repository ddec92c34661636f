/**
 * matrix-membership-ui: everything. The framework-free part alone is `matrix-membership-ui/core`.
 */
export * from "./core/index";

// Internationalisation
export * from "./i18n/index";

// React hooks
export * from "./hooks/index";

// Components
export * from "./components/index";
