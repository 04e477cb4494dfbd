"use server";

import { LOCALE_COOKIE, SetLocaleInputSchema } from "../i18n/locales";
import { rememberPreference } from "../session/remember-preference";
import { formInput } from "./form-input";
import { runAction } from "./run-action";

/** Remembers the visitor's UI language for a year. A plain form action: the switch works before hydration. */
export async function setLocale(form: FormData): Promise<void> {
  // A refused value or a cross-site post changes nothing; the page simply stays in its language.
  await runAction(SetLocaleInputSchema, formInput(form, ["locale"]), async ({ data: { locale } }) => {
    await rememberPreference(LOCALE_COOKIE, locale);
  });
}
