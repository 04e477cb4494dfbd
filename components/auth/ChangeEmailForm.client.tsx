"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { changeEmail } from "@/lib/actions/change-email";
import { Field, FormAlert } from "@/components/ui/Field";
import { primaryButton } from "@/components/ui/styles";
import { FormStatus } from "./FormStatus";

/** /account: asks for a confirmation link at the new address; the email changes when it is followed. */
export function ChangeEmailForm({ current }: { current: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(changeEmail, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const [email, setEmail] = useState("");
  return (
    <form action={action} noValidate className="space-y-5" aria-labelledby="change-email-title">
      <h2 id="change-email-title" className="text-xl font-semibold">
        {t("account.changeEmailTitle")}
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("account.changeEmailHelp")}</p>
      <Field
        id="new-email"
        name="email"
        label={t("fields.newEmail")}
        error={fields.email}
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("account.changeEmailSubmit")}
      </button>
      <FormStatus>{state?.ok && t("account.emailSent", { email: state.data.email, current })}</FormStatus>
      <FormAlert message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
