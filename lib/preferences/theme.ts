import { z } from "zod";
import { THEME_COOKIE_NAME, THEMES, type Theme } from "./theme-choices";

export { THEMES, type Theme };
export const ThemeSchema = z.enum(THEMES);
export const THEME_COOKIE = THEME_COOKIE_NAME;
/** The theme switch. */
export const SetThemeInputSchema = z.object({ theme: ThemeSchema });

/** Anything unreadable in the cookie means "system", never an error: it is only a preference. */
export function parseTheme(value: unknown): Theme {
  const parsed = ThemeSchema.safeParse(value);
  return parsed.success ? parsed.data : "system";
}
