"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { THEME_COOKIE, ThemeSchema, type Theme } from "../preferences/theme";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

const SetThemeInputSchema = z.object({ theme: ThemeSchema });

/** Remembers the colour theme for a year; the server then renders `<html class="dark">` itself, so nothing flashes. */
export async function setTheme(input: z.input<typeof SetThemeInputSchema>): Promise<ActionResult<Theme>> {
  return runAction(SetThemeInputSchema, input, async ({ theme }) => {
    (await cookies()).set(THEME_COOKIE, theme, { maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false, path: "/" });
    return theme;
  });
}
