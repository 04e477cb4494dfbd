"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, LocaleSchema } from "../i18n/locales";


/** Remembers the visitor's UI language for a year. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = LocaleSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
    path: "/",
  });
}
