"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { changePassword } from "@/lib/actions/change-password";
import { Field, FormAlert } from "@/components/ui/Field";
import { primaryButton } from "@/components/ui/styles";
import { FormStatus } from "./FormStatus";

/**
 * /account: the current password and a new one; other browsers are signed out, this one stays. A success reloads
 * the page (`changed`: the note is shown, the fields start empty); a refusal keeps what was typed.
 */
export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const t = useTranslations("auth");
  const [values, setValues] = useState({ currentPassword: "", newPassword: "" });
  const [state, action, pending] = useActionState(changePassword, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: e.target.value }),
  });
  return (
    <form action={action} noValidate className="space-y-5" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="text-xl font-semibold">
        {t("account.changePasswordTitle")}
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("account.changePasswordHelp")}</p>
      <Field
        id="current-password"
        name="currentPassword"
        label={t("fields.currentPassword")}
        error={fields.currentPassword}
        type="password"
        autoComplete="current-password"
        required
        {...bind("currentPassword")}
      />
      <Field
        id="new-password"
        name="newPassword"
        label={t("fields.newPassword")}
        help={t("signUp.passwordHelp")}
        error={fields.newPassword}
        type="password"
        autoComplete="new-password"
        required
        {...bind("newPassword")}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("account.changePasswordSubmit")}
      </button>
      <FormStatus>{changed && !state && t("account.passwordChanged")}</FormStatus>
      <FormAlert message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
