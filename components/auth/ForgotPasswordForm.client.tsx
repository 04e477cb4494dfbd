"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { requestPasswordReset } from "@/lib/actions/request-password-reset";
import { Field, FormAlert } from "@/components/ui/Field";
import { primaryButton } from "@/components/ui/styles";
import { FormStatus } from "./FormStatus";

/** "Forgot password?": one field; the answer says the same whether or not an account uses the address. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(requestPasswordReset, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const [email, setEmail] = useState("");
  return (
    <form action={action} noValidate className="space-y-5">
      <Field
        id="email"
        name="email"
        label={t("fields.email")}
        error={fields.email}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("forgot.submit")}
      </button>
      <FormStatus>{state?.ok && t("forgot.sent", state.data)}</FormStatus>
      <FormAlert message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
