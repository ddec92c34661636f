export * from "./core/index";

// Internationalisation
export * from "./i18n/index";

// Shared UI primitives
export * from "./components/shared/index";
