"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { CONTENT_LANG_COOKIE, ContentLangPreferenceSchema, type ContentLangPreference } from "../preferences/content-lang";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

const SetContentLangInputSchema = z.object({ preference: ContentLangPreferenceSchema });

/** Remembers which language(s) questions and flashcards are shown in, for a year. */
export async function setContentLang(input: z.input<typeof SetContentLangInputSchema>): Promise<ActionResult<ContentLangPreference>> {
  return runAction(SetContentLangInputSchema, input, async ({ preference }) => {
    (await cookies()).set(CONTENT_LANG_COOKIE, preference, { maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false, path: "/" });
    return preference;
  });
}
