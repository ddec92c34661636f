/**
 * The shape of one catalog entry. The English areas (`locales/en/*`) check their messages
 * against it, and `types.ts` builds `MessageKey` from those areas: keeping the entry shape
 * here lets both depend on it without depending on each other.
 */

/** A CLDR plural category, as `Intl.PluralRules.select` returns it. */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * A message that depends on a count: one variant per plural category the locale uses
 * (English: `one`, `other`; Polish: `one`, `few`, `many`, `other`). `other` is required
 * because it is the fallback for every category a variant is missing for.
 */
export type PluralMessage = { readonly other: string } & { readonly [Category in Exclude<PluralCategory, "other">]?: string };

/** One catalog entry: plain text with `{placeholders}`, or plural variants. */
export type MessageValue = string | PluralMessage;
