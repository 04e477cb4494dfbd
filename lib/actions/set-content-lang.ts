"use server";

import type { z } from "zod";
import { CONTENT_LANG_COOKIE, SetContentLangInputSchema } from "../preferences/content-lang";
import { rememberPreference } from "../session/remember-preference";
import { runAction } from "./run-action";

/** Remembers which language(s) questions and flashcards are shown in, for a year. */
export async function setContentLang(input: z.input<typeof SetContentLangInputSchema>) {
  return runAction(SetContentLangInputSchema, input, async ({ data: { preference } }) => {
    await rememberPreference(CONTENT_LANG_COOKIE, preference);
    return preference;
  });
}
