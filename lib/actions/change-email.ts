"use server";

import { requestEmailChange } from "../auth/recovery-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { ChangeEmailSchema } from "../auth/schemas";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { runSignedInAction } from "./run-action";

/** /account's "Change email": a confirmation link goes to the new address; nothing changes until it is followed. */
export async function changeEmail(
  _previous: ActionResult<{ email: string }> | undefined,
  form: FormData,
): Promise<ActionResult<{ email: string }>> {
  const { email = "" } = formInput(form, ["email"]);
  const result = await runSignedInAction(ChangeEmailSchema, { email }, async ({ data, actor, now }) => {
    await requestEmailChange(actor.user, data, now);
    return { email: data.email };
  });
  return localizeFieldErrors(result);
}
