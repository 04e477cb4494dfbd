"use server";

import { requestPasswordReset as requestReset } from "../auth/recovery-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { RequestPasswordResetSchema } from "../auth/schemas";
import { readEnv } from "../env";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { runAction } from "./run-action";

/** "Forgot password?": the same success whether or not an account uses the address; rate limited like sign-in. */
export async function requestPasswordReset(
  _previous: ActionResult<{ email: string; minutes: number }> | undefined,
  form: FormData,
): Promise<ActionResult<{ email: string; minutes: number }>> {
  const { email = "" } = formInput(form, ["email"]);
  const result = await runAction(RequestPasswordResetSchema, { email }, async ({ data, now }) => {
    await requestReset(data, now);
    return { email: data.email, minutes: readEnv().PASSWORD_RESET_MINUTES };
  });
  return localizeFieldErrors(result);
}
