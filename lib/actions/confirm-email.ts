"use server";

import type { z } from "zod";
import { confirmEmailChange } from "../auth/recovery-flows";
import { ConfirmEmailSchema } from "../auth/schemas";
import { revalidatePage } from "./revalidate-page";
import { runAction } from "./run-action";

/** The confirmation page's button: the account's email becomes the address the link was sent to. */
export async function confirmEmail(input: z.input<typeof ConfirmEmailSchema>) {
  return runAction(ConfirmEmailSchema, input, async ({ data }) => {
    await confirmEmailChange(data.token);
    revalidatePage("/account");
  });
}
