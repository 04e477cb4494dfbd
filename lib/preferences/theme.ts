import { z } from "zod";
import { THEMES, type Theme } from "./theme-choices";

export { THEMES, type Theme };
export const ThemeSchema = z.enum(THEMES);
export const THEME_COOKIE = "theme";
/** The theme switch. */
export const SetThemeInputSchema = z.object({ theme: ThemeSchema });

/** Anything unreadable in the cookie means "system", never an error: it is only a preference. */
export function parseTheme(value: unknown): Theme {
  const parsed = ThemeSchema.safeParse(value);
  return parsed.success ? parsed.data : "system";
}

/**
 * Runs in <head> before the first paint: for "system" it sets `.dark` from the media query, so the page never
 * flashes the wrong theme. For "light"/"dark" the server already rendered the class. Kept tiny and dependency-free
 * because it is inlined into every page.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var d=document.documentElement;if(d.dataset.theme==="system"){d.classList.toggle("dark",matchMedia("(prefers-color-scheme: dark)").matches)}}catch(e){}})();`;
