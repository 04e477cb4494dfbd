/**
 * The colour themes a visitor can choose: follow the system (the default), or always light, or always dark.
 * Kept free of zod because the header's theme switch imports it in every page's browser bundle.
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
/** Readable by the boot script (lib/preferences/boot-script.ts), which applies it before the first paint. */
export const THEME_COOKIE_NAME = "theme";
