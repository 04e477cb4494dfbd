"use server";

import { redirectHere } from "../session/redirect-here";
import { signInAccount } from "../auth/account-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { SignInSchema } from "../auth/schemas";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { runAction } from "./run-action";

/** The sign-in form: the same answer for an unknown email and a wrong password; rate limited. */
export async function signIn(
  _previous: ActionResult<string> | undefined,
  form: FormData,
): Promise<ActionResult<string>> {
  // An empty or missing field is "" so its own message ("enter your email") applies.
  const { email = "", password = "", next } = formInput(form, ["email", "password", "next"]);
  const result = await runAction(SignInSchema, { email, password, next }, async ({ data, now }) => {
    await signInAccount(data, now);
    return data.next;
  });
  if (result.ok) await redirectHere(result.data);
  return localizeFieldErrors(result);
}
