"use server";

import { changePassword as change } from "../auth/recovery-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { ChangePasswordSchema } from "../auth/schemas";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { redirectHere } from "../session/redirect-here";
import { runSignedInAction } from "./run-action";

/**
 * /account's "Change password": needs the current one; every other browser is signed out, this one stays. On
 * success the page is loaded afresh with `?password-changed=<time>`: this browser's new session cookie re-renders the
 * page, which would drop a success note kept only in the form's state.
 */
export async function changePassword(
  _previous: ActionResult<null> | undefined,
  form: FormData,
): Promise<ActionResult<null>> {
  const { currentPassword = "", newPassword = "" } = formInput(form, ["currentPassword", "newPassword"]);
  const result = await runSignedInAction(
    ChangePasswordSchema,
    { currentPassword, newPassword },
    async ({ data, actor, now }) => {
      await change(actor.user, data, now);
      return null;
    },
  );
  // The time makes each success a new address, so the form is mounted afresh (no earlier refusal left on it).
  if (result.ok) await redirectHere(`/account?password-changed=${Date.now()}`);
  return localizeFieldErrors(result);
}
