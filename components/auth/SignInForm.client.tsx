"use client";

import { useTranslations } from "next-intl";
import { useNextPath } from "./use-next-path";
import { useActionState, useState } from "react";
import { signIn } from "@/lib/actions/sign-in";
import { Field, FormAlert } from "@/components/ui/Field";
import { link, primaryButton } from "@/components/ui/styles";
import { Link } from "@/components/navigation/Link.client";

export function SignInForm() {
  const next = useNextPath();
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signIn, undefined);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="next" value={next} />
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
      <Field
        id="password"
        name="password"
        label={t("fields.password")}
        error={fields.password}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <p className="text-sm">
        <Link href="/forgot-password" className={link}>
          {t("signIn.forgot")}
        </Link>
      </p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("signIn.submit")}
      </button>
      <FormAlert message={state && !state.ok ? state.error.message : undefined} />
    </form>
  );
}
