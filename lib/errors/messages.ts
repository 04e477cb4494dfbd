import "server-only";
import { getTranslations } from "next-intl/server";
import type { ZodError } from "zod";
import { AppError, InvalidInputError } from ".";
import type { ActionResult } from "./result";

type Failure = Extract<ActionResult<never>, { ok: false }>;

/** The one place where errors become words for the learner, in their UI language. */
export async function toFailure(error: unknown): Promise<Failure> {
  const t = await getTranslations("errors.action");
  if (error instanceof InvalidInputError) {
    return {
      ok: false,
      error: {
        code: error.code,
        message: t("invalid-input", { details: `${error.field}: ${error.message}` }),
        fields: { [error.field]: error.message },
      },
    };
  }
  if (error instanceof AppError) {
    const key =
      "reason" in error
        ? `${error.code}.${String(error.reason)}`
        : "what" in error
          ? `${error.code}.${String(error.what)}`
          : error.code;
    return { ok: false, error: { code: error.code, message: t(key as never, error.params as never) } };
  }
  console.error(error);
  return { ok: false, error: { code: "internal", message: t("internal") } };
}

/** Schema failures name each field, so a form can put the message next to the input it is about. */
export async function toValidationFailure(error: ZodError): Promise<Failure> {
  const t = await getTranslations("errors.action");
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "input";
    fields[field] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([f, m]) => `${f}: ${m}`)
    .join("; ");
  return { ok: false, error: { code: "invalid-input", message: t("invalid-input", { details: summary }), fields } };
}
