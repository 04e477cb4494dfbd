"use server";

import type { z } from "zod";
import { SetThemeInputSchema, THEME_COOKIE } from "../preferences/theme";
import { rememberPreference } from "../session/remember-preference";
import { runAction } from "./run-action";

/** Remembers the colour theme for a year; every page's boot script applies it before the first paint. */
export async function setTheme(input: z.input<typeof SetThemeInputSchema>) {
  return runAction(SetThemeInputSchema, input, async ({ data: { theme } }) => {
    await rememberPreference(THEME_COOKIE, theme);
    return theme;
  });
}
