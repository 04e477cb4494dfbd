"use server";

import { resetPasswordWithLink } from "../auth/recovery-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { ResetPasswordSchema } from "../auth/schemas";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { runAction } from "./run-action";

/** The reset page's form: a new password for the account the emailed link names; the link then stops working. */
export async function resetPassword(
  _previous: ActionResult<null> | undefined,
  form: FormData,
): Promise<ActionResult<null>> {
  const { token = "", password = "" } = formInput(form, ["token", "password"]);
  const result = await runAction(ResetPasswordSchema, { token, password }, async ({ data, now }) => {
    await resetPasswordWithLink(data, now);
    return null;
  });
  return localizeFieldErrors(result);
}
