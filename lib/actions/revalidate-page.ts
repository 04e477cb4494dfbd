import { revalidatePath } from "next/cache";
import { LOCALES } from "../i18n/locales";

/**
 * After a change, the page at this address (`/classes/abc`) is rendered afresh in every language, and the
 * browser's router forgets what it kept. Only for pages rendered per request: a prerendered content page never
 * holds anything a visitor's action changes (its personal parts come from /api/me), so nothing here touches one.
 */
export function revalidatePage(path: string, type?: "layout" | "page") {
  for (const locale of LOCALES) revalidatePath(`/${locale}${path}`, type);
}
