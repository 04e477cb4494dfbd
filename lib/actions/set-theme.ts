"use server";

import type { z } from "zod";
import { SetThemeInputSchema, THEME_COOKIE } from "../preferences/theme";
import { rememberPreference } from "../session/remember-preference";
import { runAction } from "./run-action";

/** Remembers the colour theme for a year; the server then renders `<html class="dark">` itself, so nothing flashes. */
export async function setTheme(input: z.input<typeof SetThemeInputSchema>) {
  return runAction(SetThemeInputSchema, input, async ({ data: { theme } }) => {
    await rememberPreference(THEME_COOKIE, theme);
    return theme;
  });
}
