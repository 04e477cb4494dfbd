import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "../errors/result";

/**
 * The privacy forms' field messages are keys (e.g. "emailMismatch"): this turns them into sentences in the UI
 * language, and the summary into "check the field", so the form shows the words next to the input they are about.
 */
export async function localizePrivacyFields<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok || !result.error.fields) return result;
  const t = await getTranslations("privacy.errors");
  const fields = Object.fromEntries(
    Object.entries(result.error.fields).map(([field, key]) => [field, t.has(key as never) ? t(key as never) : key]),
  );
  const message = result.error.code === "invalid-input" ? t("checkFields") : result.error.message;
  return { ok: false, error: { ...result.error, message, fields } };
}
