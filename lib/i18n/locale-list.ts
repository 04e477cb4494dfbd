/**
 * The interface languages, zod-free: the language switch and every link (components/navigation/Link.client.tsx) import this in
 * the browser, where a schema library would be dead weight (and zod probes for eval, which the CSP reports).
 */
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
