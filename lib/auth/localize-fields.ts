import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "../errors/result";

/**
 * The auth schemas' field messages are keys (e.g. "passwordTooShort"): this turns them into sentences in the
 * UI language, so the message next to a field reads naturally in Chinese as well as English.
 */
export async function localizeFieldErrors<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok || !result.error.fields) return result;
  const t = await getTranslations("auth.errors");
  const fields = Object.fromEntries(
    Object.entries(result.error.fields).map(([field, key]) => [field, t.has(key as never) ? t(key as never) : key]),
  );
  const message = result.error.code === "invalid-input" ? t("checkFields") : result.error.message;
  return { ok: false, error: { ...result.error, message, fields } };
}
