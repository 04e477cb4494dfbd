"use client";

import { useTranslations } from "next-intl";
import { useNextPath } from "./use-next-path";
import { useActionState, useState } from "react";
import { signUp } from "@/lib/actions/sign-up";
import { Field, FormAlert } from "@/components/ui/Field";
import { primaryButton } from "@/components/ui/styles";

export function SignUpForm() {
  const next = useNextPath();
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signUp, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  // Controlled, so a refused form keeps what was typed (React resets uncontrolled fields after an action).
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: e.target.value }),
  });
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="next" value={next} />
      <Field
        id="name"
        name="name"
        label={t("fields.name")}
        error={fields.name}
        autoComplete="name"
        required
        {...bind("name")}
      />
      <Field
        id="email"
        name="email"
        label={t("fields.email")}
        error={fields.email}
        type="email"
        autoComplete="email"
        required
        {...bind("email")}
      />
      <Field
        id="password"
        name="password"
        label={t("fields.password")}
        help={t("signUp.passwordHelp")}
        error={fields.password}
        type="password"
        autoComplete="new-password"
        required
        {...bind("password")}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("signUp.submit")}
      </button>
      <FormAlert message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
