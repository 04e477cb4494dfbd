import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { LocaleSchema } from "../i18n/locales";
import { localizedPath } from "../i18n/localized-path";

/**
 * Redirects to a page in the language of the current address (`/review` → `/zh/review` on a Chinese page); an
 * address that already names its language (a `?next=` copied from the address bar) is followed as it is.
 */
export async function redirectHere(href: string): Promise<never> {
  redirect(localizedPath(href, LocaleSchema.parse(await getLocale())));
}
